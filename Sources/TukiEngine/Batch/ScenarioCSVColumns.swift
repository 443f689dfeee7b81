/// The columns of a scenario CSV (one scenario a row), each the scenario field it fills.
/// Documented in docs/batch.md; the template is Scenarios/batch-template.csv.
public struct ScenarioCSVColumn: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case text
        /// Amounts and hours: a decimal comma is read as a point in semicolon-separated files.
        case number
    }

    public let name: String
    /// The scenario field, as in docs/scenario-reference.md ("person.birthYear").
    public let path: String
    public let kind: Kind

    init(_ name: String, _ path: String, _ kind: Kind = .text) {
        self.name = name
        self.path = path
        self.kind = kind
    }
}

extension ScenarioCSVColumn {
    public static let all: [ScenarioCSVColumn] = [
        .init("name", "name"),
        .init("start", "start"),
        .init("months", "months"),
        .init("birthYear", "person.birthYear"),
        .init("municipality", "person.municipality"),
        .init("churchMember", "person.churchMember"),
        .init("adults", "household.adults"),
        .init("children", "household.children"),
        .init("partnerMonthlyIncome", "household.partnerMonthlyIncome", .number),
        .init("kelaPension", "benefits.kelaDisabilityPension"),
        .init("kelaPensionMonthly", "benefits.kelaDisabilityPension.monthly", .number),
        .init("kelaEarningsLimit", "benefits.kelaDisabilityPension.earningsLimit", .number),
        .init("earningsRelatedPension", "benefits.earningsRelatedPension.monthly", .number),
        .init("earningsRelatedKind", "benefits.earningsRelatedPension.kind"),
        .init("earningsRelatedLimit", "benefits.earningsRelatedPension.earningsLimit", .number),
        .init("establishedEarnings", "benefits.earningsRelatedPension.establishedEarnings", .number),
        .init("guaranteePensionMonthly", "benefits.guaranteePension.monthly", .number),
        .init("disabilityAllowance", "benefits.disabilityAllowance.level"),
        .init("disabilityAllowanceMonthly", "benefits.disabilityAllowance.monthly", .number),
        .init("rent", "housing.rent", .number),
        .init("water", "housing.water", .number),
        .init("heating", "housing.heating", .number),
        .init("ownerOccupied", "housing.ownerOccupied"),
        .init("netAssets", "housing.netAssets", .number),
        .init("housingAllowance", "housing.allowance"),
        .init("municipalityGroup", "housing.municipalityGroup"),
        .init("jobStart", "job.start"),
        .init("jobEnd", "job.end"),
        .init("daysPerWeek", "job.pattern.daysPerWeek"),
        .init("hoursPerDay", "job.pattern.hoursPerDay", .number),
        .init("hoursPerWeek", "job.pattern.hoursPerWeek", .number),
        .init("hourlyWage", "job.hourlyWage", .number),
        .init("monthlySalary", "job.monthlySalary", .number),
        .init("calendar", "job.calendar"),
        .init("revisedTaxCard", "tax.revisedCard"),
    ]

    public static let required = ["name", "start", "birthYear"]
}
