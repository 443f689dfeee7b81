/// The employer's wage cost, its contributions and the net cost after subsidy.
public enum EmployerCostMessages {
    public static let contribution = MessageKind("employer.contribution", ["contribution", "rate", "wage", "amount"])
    /// A rate the scenario gives instead of the rules' average.
    public static let contributionOwn = MessageKind("employer.contribution_own", ["contribution", "rate", "wage", "amount"])
    public static let unemploymentLowerAssumed = MessageKind("employer.unemployment_lower_assumed")
    public static let unemploymentLower = MessageKind("employer.unemployment_lower", ["payroll", "limit"])
    public static let unemploymentUpper = MessageKind("employer.unemployment_upper", ["payroll", "limit"])
    /// The contribution is not charged on the wages of a worker of this age.
    public static let contributionNotDue = MessageKind("employer.contribution_not_due", ["contribution", "age", "minimum", "maximum"])
    /// A public employer's pension contribution (JuEL) is not TyEL's; the TyEL average stands in.
    public static let warnPublicSectorPension = MessageKind("warning.employer_public_sector_pension", ["kind"])
    /// The worker reaches the first or the last age of a contribution in the year; only the birth year is known.
    public static let warnPartYearAge = MessageKind("warning.employer_part_year_age", ["contribution", "year", "age"])
    public static let wageCost = MessageKind("employer.wage_cost", ["wage", "contributions", "cost"])
    public static let netCost = MessageKind("employer.net_cost", ["cost", "subsidy", "net"])

    public static let all = [contribution, contributionOwn, unemploymentLowerAssumed, unemploymentLower, unemploymentUpper,
                             contributionNotDue, warnPublicSectorPension, warnPartYearAge, wageCost, netCost]
    public static var terms: [String] { EmployerContribution.allCases.map(\.termKey) }
}
