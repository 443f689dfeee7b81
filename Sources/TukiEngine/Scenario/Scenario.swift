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
    public let tax: TaxSettings
    public let expectations: [Expectation]

    public var simulatedMonths: [YearMonth] { (0..<months).map { start.adding(months: $0) } }
    public var lastMonth: YearMonth { start.adding(months: months - 1) }
    /// How many of the simulated months have the job.
    public var monthsWithJob: Int { job.map { job in simulatedMonths.filter(job.isActive).count } ?? 0 }

    /// The benefit lines the scenario says the person receives. A month whose figures lack one of them
    /// does not know that benefit's amount, so its totals are unknown too.
    public var receivedBenefitLines: [AmountLine] {
        var lines: [AmountLine] = []
        lines.reserveCapacity(5)
        if benefits.kelaDisabilityPension != nil { lines.append(.kelaDisabilityPension) }
        if benefits.receivesDisabilityPension { lines.append(.guaranteePension) }
        if benefits.earningsRelatedPension != nil { lines.append(.earningsRelatedPension) }
        if benefits.disabilityAllowance != .none { lines.append(.disabilityAllowance) }
        if housing?.allowance == .auto { lines.append(.housingAllowance) }
        return lines
    }
}

public struct Person: Sendable, Hashable {
    public let birthYear: Int
    public let municipality: String?
    public let churchMember: Bool
}

public struct Household: Sendable, Hashable {
    public let adults: Int
    public let children: Int
    /// The spouse's or partner's gross income, for income-tested benefits of the household.
    public let partnerMonthlyIncome: Money

    public var persons: Int { adults + children }
}

/// Benefits the person receives before the job.
public struct Benefits: Sendable, Hashable {
    public enum DisabilityAllowance: String, Sendable, Hashable, CaseIterable { case none, basic, increased, highest }

    /// Kela's disability pension or rehabilitation subsidy.
    public struct KelaPension: Sendable, Hashable {
        /// The amount on the person's decision, before tax; otherwise computed from the rules.
        public let monthly: Money?
        /// The earnings limit on the decision; otherwise the rules' limit.
        public let earningsLimit: Money?
        /// Granted because the person is permanently blind or unable to move without help
        /// (KEL 12 § 4 mom.): the earnings limit does not apply.
        public let blindOrUnableToMove: Bool

        public static let fromRules = KelaPension(monthly: nil, earningsLimit: nil, blindOrUnableToMove: false)
    }

    public struct EarningsRelatedPension: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable { case full, partial }
        public let monthly: Money
        public let kind: Kind
        /// The personal earnings limit on the pension decision, when known.
        public let earningsLimit: Money?
        /// Established earnings before the disability (vakiintunut keskiansio), EUR/month.
        public let establishedEarnings: Money?
    }

    public let kelaDisabilityPension: KelaPension?
    public let earningsRelatedPension: EarningsRelatedPension?
    public let disabilityAllowance: DisabilityAllowance
    /// The guarantee pension on the person's Kela decision (it rests with the Kela pension); when not given,
    /// computed from the rules.
    public let guaranteePensionMonthly: Money?
    /// The earnings limit a guarantee pension paid without a Kela pension rests on, from the person's decision;
    /// otherwise Kela's limit from the rules.
    public let guaranteeEarningsLimit: Money?
    /// The allowance on the person's decision (it does not depend on income); otherwise the rules' amount.
    public let disabilityAllowanceMonthly: Money?

    public init(kelaDisabilityPension: KelaPension?, earningsRelatedPension: EarningsRelatedPension?,
                disabilityAllowance: DisabilityAllowance, guaranteePensionMonthly: Money? = nil,
                guaranteeEarningsLimit: Money? = nil, disabilityAllowanceMonthly: Money? = nil) {
        self.kelaDisabilityPension = kelaDisabilityPension
        self.earningsRelatedPension = earningsRelatedPension
        self.disabilityAllowance = disabilityAllowance
        self.guaranteePensionMonthly = guaranteePensionMonthly
        self.guaranteeEarningsLimit = guaranteeEarningsLimit
        self.disabilityAllowanceMonthly = disabilityAllowanceMonthly
    }

    public static let none = Benefits(kelaDisabilityPension: nil, earningsRelatedPension: nil, disabilityAllowance: .none)

    /// Receives a disability pension that the guarantee pension can top up.
    public var receivesDisabilityPension: Bool {
        kelaDisabilityPension != nil || earningsRelatedPension?.kind == .full
    }
}

public struct Housing: Sendable, Hashable {
    public enum Allowance: String, Sendable, Hashable, CaseIterable { case auto, none }
    public let rent: Money
    public let water: Money
    public let heating: Money
    /// An owner-occupied home (own flat or house), whose costs the general allowance stopped covering in 2025.
    /// Right-of-occupancy and shared-ownership homes are not owner-occupied here.
    public let ownerOccupied: Bool
    /// The household's net assets as the general allowance's asset test counts them, when given.
    public let netAssets: Money?
    public let allowance: Allowance
    /// The municipality's group for the general housing allowance ("1"–"4"), when the rules lack it.
    public let municipalityGroup: String?
    /// The municipality's group for the pensioners' housing allowance ("I"–"III"), when the rules lack it.
    public let pensionersMunicipalityGroup: String?
}

/// What the scenario says about the person's tax cards.
public struct TaxSettings: Sendable, Hashable {
    /// Whether the person orders a revised tax card when the job starts.
    public let revisedCard: Bool
    /// The person's current card, when known; otherwise Tuki computes the card Vero would issue.
    public let currentCard: TaxCard?

    public static let standard = TaxSettings(revisedCard: true, currentCard: nil)
}

extension Benefits {
    /// The scenario fields holding figures from the person's decisions that change each January (pensions by their
    /// indexes, Kela's earnings limit and the disability benefits by the national pension index).
    var yearlyRevisedDecisionFields: [String] {
        var fields: [String] = []
        if kelaDisabilityPension?.monthly != nil { fields.append("benefits.kelaDisabilityPension.monthly") }
        if kelaDisabilityPension?.earningsLimit != nil { fields.append("benefits.kelaDisabilityPension.earningsLimit") }
        if guaranteePensionMonthly != nil { fields.append("benefits.guaranteePension.monthly") }
        if guaranteeEarningsLimit != nil { fields.append("benefits.guaranteePension.earningsLimit") }
        if earningsRelatedPension != nil { fields.append("benefits.earningsRelatedPension.monthly") }
        if earningsRelatedPension?.earningsLimit != nil { fields.append("benefits.earningsRelatedPension.earningsLimit") }
        if disabilityAllowanceMonthly != nil { fields.append("benefits.disabilityAllowance.monthly") }
        return fields
    }
}

extension Household {
    /// The only adult with children (a partner's income needs two adults): taken as their sole guardian (the earned
    /// income credit's child increment is doubled).
    var isSoleGuardian: Bool { adults == 1 && children > 0 }
}
