/// The job's employer: who it is, its own contribution rates, and the subsidies it applies for.
public struct Employer: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case company, association, foundation, religiousCommunity, municipality, state, privateHousehold

        public var termKey: String { "term.employer.\(rawValue)" }
        /// May get the 100 % subsidy for work outside business activity.
        public var isNonProfit: Bool { [.association, .foundation, .religiousCommunity].contains(self) }
    }

    public let kind: Kind
    /// Yearly payroll, which decides the employer's unemployment insurance tier.
    public let annualPayroll: Money?
    /// The employer's own rates; a contribution not listed uses the rules' average.
    public let ownRates: [EmployerContribution: Rate]
    public let wageSubsidy: WageSubsidyApplication?
    public let adaptationSubsidy: AdaptationSubsidyRequest?

    public var appliesForWageSubsidy: Bool { wageSubsidy != nil }
    public var appliesForSubsidies: Bool { wageSubsidy != nil || adaptationSubsidy != nil }
}

/// The employer's statutory and customary contributions on wages.
public enum EmployerContribution: String, Sendable, Hashable, CaseIterable {
    case pension, healthInsurance, unemploymentInsurance, accidentInsurance, groupLifeInsurance

    public var termKey: String { "term.contribution.\(rawValue)" }
}

/// The wage subsidy types since 1.7.2023.
public enum WageSubsidyType: String, Sendable, Hashable, CaseIterable {
    /// 50 %: gaps in vocational skills (a GBER "disadvantaged worker").
    case skillsGap
    /// 70 %: reduced working capacity shown by a medical statement.
    case reducedCapacity
    /// 100 %: an association, foundation or religious community, work outside business activity.
    case association
    /// 70 %: the employment subsidy for people aged 55 or over (JTYPL ch. 7 a).
    case age55

    public var termKey: String { "term.subsidy_type.\(rawValue)" }
}

/// What the employer knows about the conditions of wage subsidy. `nil` is "not given", never "no".
public struct WageSubsidyApplication: Sendable, Hashable {
    public var type: WageSubsidyType?
    public var unemployedJobseeker: Bool?
    public var medicalStatement: Bool?
    public var disadvantagedWorker: Bool?
    public var economicDismissals: Bool?
    public var decisionBeforeStart: Bool?
    public var collectiveAgreementWage: Bool?
    public var nonBusinessTasks: Bool?
    /// The sector's regular maximum weekly working time (for the 100 % type's ceiling).
    public var sectorMaxWeeklyHours: Hours?
    /// Length of the current unemployment before the subsidy (decides the skills-gap duration).
    public var unemployedMonths: Int?
    /// Months unemployed within the 28 months before the decision (55+ type).
    public var unemployedMonthsInLast28: Int?
    public var earlierSubsidy: EarlierSubsidy?
    /// Renewal periods planned after the first (reduced-capacity type), each with a new medical statement.
    public var renewals: Int = 0

    /// `applyWageSubsidy: true` with nothing else known.
    public static let nothingKnown = WageSubsidyApplication()
}

/// Whether the same employer had wage subsidy for the same person before.
public enum EarlierSubsidy: Sendable, Hashable {
    case none
    /// The last month of the earlier subsidy.
    case ended(YearMonth)
}

/// The workplace adaptation subsidy the employer applies for.
public struct AdaptationSubsidyRequest: Sendable, Hashable {
    /// The worker's injury or illness requires the tools, changes or help.
    public var causedByInjuryOrIllness: Bool?
    /// Tools, furniture and workplace changes, in total.
    public var equipmentCost: Money?
    /// The month of the purchase; the job's first month when not given.
    public var equipmentMonth: YearMonth?
    /// Hours a month another employee helps.
    public var coworkerHelpHours: Hours?
}
