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
        /// Codes shown as they are (a municipality group "II"), after a "not given" that leaves the field out.
        case codes([String])
        /// Not given, yes or no: a condition the person filling in may not know.
        case yesNo

        var isCheckbox: Bool { if case .checkbox = self { true } else { false } }

        /// A select's options with their labels as shown; codes and yes/no after a "not given" that leaves the field out.
        func options(_ formatter: TextFormatter) -> [(value: String, label: String)] {
            let notGiven = ("", formatter.say(PageMessages.choiceNotGiven))
            switch self {
            case let .choice(options): return options.map { ($0.value, formatter.term($0.label)) }
            case let .codes(codes): return [notGiven] + codes.map { ($0, $0) }
            case .yesNo: return [notGiven, ("true", formatter.say(PageMessages.yes)), ("false", formatter.say(PageMessages.no))]
            case .text, .number, .month, .checkbox: return []
            }
        }
    }

    let name: String
    let label: MessageKind
    let input: Input
    /// The value that is the decoder's default: chosen, it is left out of the scenario, so choosing it never adds a
    /// section the coach left empty (the housing allowance "computed" without any housing costs).
    var omitted: String? = nil

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
            PageField(name: "housing.allowance", label: PageMessages.fieldHousingAllowance,
                      input: .choice([("auto", PageMessages.choiceAllowanceAuto.id), ("none", PageMessages.choiceAllowanceNone.id)]),
                      omitted: "auto"),
            // Kela's groups, for a municipality the rules do not place (the pensioners' groups are not in the rules).
            PageField(name: "housing.municipalityGroup", label: PageMessages.fieldMunicipalityGroup, input: .codes(["1", "2", "3", "4"])),
            PageField(name: "housing.pensionersMunicipalityGroup", label: PageMessages.fieldPensionersMunicipalityGroup,
                      input: .codes(["I", "II", "III"])),
        ]),
        (PageMessages.sectionBenefits, [
            PageField(name: "benefits.kelaDisabilityPension", label: PageMessages.fieldKelaPension, input: .checkbox),
            // Kela's amounts for the year may be missing from the rules; the decision's figure makes the month computable.
            PageField(name: "benefits.kelaDisabilityPension.monthly", label: PageMessages.fieldKelaPensionMonthly, input: .number),
            PageField(name: "benefits.kelaDisabilityPension.earningsLimit", label: PageMessages.fieldKelaEarningsLimit, input: .number),
            PageField(name: "benefits.guaranteePension.monthly", label: PageMessages.fieldGuaranteePensionMonthly, input: .number),
            PageField(name: "benefits.earningsRelatedPension.monthly", label: PageMessages.fieldEarningsRelatedPension, input: .number),
            PageField(name: "benefits.earningsRelatedPension.kind", label: PageMessages.fieldEarningsRelatedPensionKind,
                      input: .choice([("full", "term.pension.full"), ("partial", "term.pension.partial")]), omitted: "full"),
            PageField(name: "benefits.earningsRelatedPension.earningsLimit", label: PageMessages.fieldEarningsRelatedLimit, input: .number),
            PageField(name: "benefits.disabilityAllowance", label: PageMessages.fieldDisabilityAllowance,
                      input: .choice([("none", PageMessages.choiceNone.id)]
                                     + ["basic", "increased", "highest"].map { ($0, "term.allowance.\($0)") })),
            PageField(name: "benefits.disabilityAllowance.monthly", label: PageMessages.fieldDisabilityAllowanceMonthly, input: .number),
        ]),
        (PageMessages.sectionTaxCard, [
            PageField(name: "tax.currentCard.basePercent", label: PageMessages.fieldCardBasePercent, input: .number),
            PageField(name: "tax.currentCard.incomeLimit", label: PageMessages.fieldCardIncomeLimit, input: .number),
            PageField(name: "tax.currentCard.additionalPercent", label: PageMessages.fieldCardAdditionalPercent, input: .number),
            PageField(name: "tax.currentCard.pensionPercent", label: PageMessages.fieldCardPensionPercent, input: .number),
        ]),
        (PageMessages.sectionJob, [
            PageField(name: "job.pattern.daysPerWeek", label: PageMessages.fieldDaysPerWeek, input: .number),
            PageField(name: "job.pattern.hoursPerDay", label: PageMessages.fieldHoursPerDay, input: .number),
            PageField(name: "job.hourlyWage", label: PageMessages.fieldHourlyWage, input: .number),
            PageField(name: "job.start", label: PageMessages.fieldJobStart, input: .month),
            PageField(name: "job.end", label: PageMessages.fieldJobEnd, input: .month),
        ]),
        (PageMessages.sectionEmployer, [
            PageField(name: "job.employer.kind", label: PageMessages.fieldEmployerKind,
                      input: .choice([("", PageMessages.choiceNotGiven.id)] + Employer.Kind.allCases.map { ($0.rawValue, $0.termKey) })),
            PageField(name: "job.employer.wageSubsidy.type", label: PageMessages.fieldSubsidyType,
                      input: .choice([("", PageMessages.choiceNotGiven.id)]
                                     + WageSubsidyType.allCases.map { ($0.rawValue, $0.termKey) })),
            // The conditions the employer knows of; left "not given" they are shown as not known.
            PageField(name: "job.employer.wageSubsidy.unemployedJobseeker", label: PageMessages.fieldUnemployedJobseeker, input: .yesNo),
            PageField(name: "job.employer.wageSubsidy.medicalStatement", label: PageMessages.fieldMedicalStatement, input: .yesNo),
            PageField(name: "job.employer.wageSubsidy.disadvantagedWorker", label: PageMessages.fieldDisadvantagedWorker, input: .yesNo),
            PageField(name: "job.employer.wageSubsidy.unemployedMonths", label: PageMessages.fieldUnemployedMonths, input: .number),
            PageField(name: "job.employer.wageSubsidy.unemployedMonthsInLast28", label: PageMessages.fieldUnemployedMonthsInLast28,
                      input: .number),
            PageField(name: "job.employer.wageSubsidy.renewals", label: PageMessages.fieldRenewals, input: .number),
            PageField(name: "job.employer.wageSubsidy.nonBusinessTasks", label: PageMessages.fieldNonBusinessTasks, input: .yesNo),
            PageField(name: "job.employer.wageSubsidy.sectorMaxWeeklyHours", label: PageMessages.fieldSectorMaxWeeklyHours, input: .number),
            PageField(name: "job.employer.wageSubsidy.decisionBeforeStart", label: PageMessages.fieldDecisionBeforeStart, input: .yesNo),
            PageField(name: "job.employer.wageSubsidy.collectiveAgreementWage", label: PageMessages.fieldCollectiveAgreementWage, input: .yesNo),
            PageField(name: "job.employer.wageSubsidy.economicDismissals", label: PageMessages.fieldEconomicDismissals, input: .yesNo),
            PageField(name: "job.employer.adaptationSubsidy.causedByInjuryOrIllness", label: PageMessages.fieldAdaptationNeed, input: .yesNo),
            PageField(name: "job.employer.adaptationSubsidy.equipmentCost", label: PageMessages.fieldEquipmentCost, input: .number),
            PageField(name: "job.employer.adaptationSubsidy.coworkerHelpHours", label: PageMessages.fieldCoworkerHelpHours, input: .number),
        ]),
    ]

    static let all = sections.flatMap(\.fields)

    /// What an empty form starts with.
    static let defaults: [String: String] = ["months": "12", "household.adults": "1", "household.children": "0",
                                             "benefits.disabilityAllowance": "none", "housing.allowance": "auto",
                                             "benefits.earningsRelatedPension.kind": "full"]
}
