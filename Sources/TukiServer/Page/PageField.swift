import TukiEngine
import TukiText

/// One input of the coach's form. Its name is the scenario field it fills ("job.pattern.hoursPerDay"),
/// so the decoder's error for that field lands next to it.
struct PageField: Sendable {
    enum Input: Sendable {
        case text, number, month
        case checkbox
        /// Value and the catalog key of its label; an empty value leaves the field out of the scenario.
        case choice([(value: String, label: String)])
    }

    let name: String
    let label: MessageKind
    let input: Input

    /// The form by section, in order.
    static let sections: [(title: MessageKind, fields: [PageField])] = [
        (PageMessages.sectionPeriod, [
            PageField(name: "name", label: PageMessages.fieldName, input: .text),
            PageField(name: "start", label: PageMessages.fieldStart, input: .month),
            PageField(name: "months", label: PageMessages.fieldMonths, input: .number),
        ]),
        (PageMessages.sectionPerson, [
            PageField(name: "person.birthYear", label: PageMessages.fieldBirthYear, input: .number),
            PageField(name: "person.municipality", label: PageMessages.fieldMunicipality, input: .text),
            PageField(name: "person.churchMember", label: PageMessages.fieldChurchMember, input: .checkbox),
        ]),
        (PageMessages.sectionHousehold, [
            PageField(name: "household.adults", label: PageMessages.fieldAdults, input: .number),
            PageField(name: "household.children", label: PageMessages.fieldChildren, input: .number),
            PageField(name: "household.partnerMonthlyIncome", label: PageMessages.fieldPartnerIncome, input: .number),
        ]),
        (PageMessages.sectionHousing, [
            PageField(name: "housing.rent", label: PageMessages.fieldRent, input: .number),
            PageField(name: "housing.water", label: PageMessages.fieldWater, input: .number),
            PageField(name: "housing.heating", label: PageMessages.fieldHeating, input: .number),
            PageField(name: "housing.ownerOccupied", label: PageMessages.fieldOwnerOccupied, input: .checkbox),
            PageField(name: "housing.netAssets", label: PageMessages.fieldNetAssets, input: .number),
        ]),
        (PageMessages.sectionBenefits, [
            PageField(name: "benefits.kelaDisabilityPension", label: PageMessages.fieldKelaPension, input: .checkbox),
            // Kela's amounts for the year may be missing from the rules; the decision's figure makes the month computable.
            PageField(name: "benefits.kelaDisabilityPension.monthly", label: PageMessages.fieldKelaPensionMonthly, input: .number),
            PageField(name: "benefits.kelaDisabilityPension.earningsLimit", label: PageMessages.fieldKelaEarningsLimit, input: .number),
            PageField(name: "benefits.guaranteePension.monthly", label: PageMessages.fieldGuaranteePensionMonthly, input: .number),
            PageField(name: "benefits.earningsRelatedPension.monthly", label: PageMessages.fieldEarningsRelatedPension, input: .number),
            PageField(name: "benefits.disabilityAllowance", label: PageMessages.fieldDisabilityAllowance,
                      input: .choice([("none", PageMessages.choiceNone.id)]
                                     + ["basic", "increased", "highest"].map { ($0, "term.allowance.\($0)") })),
            PageField(name: "benefits.disabilityAllowance.monthly", label: PageMessages.fieldDisabilityAllowanceMonthly, input: .number),
        ]),
        (PageMessages.sectionJob, [
            PageField(name: "job.pattern.daysPerWeek", label: PageMessages.fieldDaysPerWeek, input: .number),
            PageField(name: "job.pattern.hoursPerDay", label: PageMessages.fieldHoursPerDay, input: .number),
            PageField(name: "job.hourlyWage", label: PageMessages.fieldHourlyWage, input: .number),
        ]),
        (PageMessages.sectionEmployer, [
            PageField(name: "job.employer.kind", label: PageMessages.fieldEmployerKind,
                      input: .choice([("", PageMessages.choiceNotGiven.id)] + Employer.Kind.allCases.map { ($0.rawValue, $0.termKey) })),
            PageField(name: "job.employer.wageSubsidy.type", label: PageMessages.fieldSubsidyType,
                      input: .choice([("", PageMessages.choiceNotGiven.id)]
                                     + WageSubsidyType.allCases.map { ($0.rawValue, $0.termKey) })),
        ]),
    ]

    static let all = sections.flatMap(\.fields)

    /// What an empty form starts with.
    static let defaults: [String: String] = ["months": "12", "household.adults": "1", "household.children": "0",
                                             "benefits.disabilityAllowance": "none"]
}
