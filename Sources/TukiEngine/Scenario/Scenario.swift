/// A person and a job offer, simulated month by month with and without the job.
/// Every field is documented in docs/scenario-reference.md.
public struct Scenario: Sendable, Hashable {
    public let name: String
    /// The first simulated month.
    public let start: YearMonth
    public let months: Int
    public let person: Person
    public let household: Household
    public let benefits: Benefits
    public let housing: Housing?
    public let job: Job?
    public let expectations: [Expectation]

    public var simulatedMonths: [YearMonth] { (0..<months).map { start.adding(months: $0) } }
    public var lastMonth: YearMonth { start.adding(months: months - 1) }
}

public struct Person: Sendable, Hashable {
    public let birthYear: Int
    public let municipality: String?
    public let churchMember: Bool
}

public struct Household: Sendable, Hashable {
    public let adults: Int
    public let children: Int
}

/// Benefits the person receives before the job.
public struct Benefits: Sendable, Hashable {
    public enum DisabilityAllowance: String, Sendable, Hashable, CaseIterable { case none, basic, increased, highest }

    public struct EarningsRelatedPension: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable { case full, partial }
        public let monthly: Money
        public let kind: Kind
    }

    public let kelaDisabilityPension: Bool
    public let earningsRelatedPension: EarningsRelatedPension?
    public let disabilityAllowance: DisabilityAllowance

    public static let none = Benefits(kelaDisabilityPension: false, earningsRelatedPension: nil, disabilityAllowance: .none)
}

public struct Housing: Sendable, Hashable {
    public enum Allowance: String, Sendable, Hashable, CaseIterable { case auto, none }
    public let rent: Money
    public let water: Money
    public let heating: Money
    public let allowance: Allowance
}
