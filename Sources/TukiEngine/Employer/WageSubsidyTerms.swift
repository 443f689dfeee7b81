/// What a wage subsidy decision fixes: the share of the wage, the monthly cap and the months it covers.
public struct WageSubsidyTerms: Sendable, Hashable {
    public let type: WageSubsidyType
    public let rate: Resolved<Rate>
    public let cap: Resolved<Money>
    public let first: YearMonth
    /// The last month covered (inclusive).
    public let last: YearMonth

    public var months: Int { first.months(until: last) + 1 }
    public func covers(_ month: YearMonth) -> Bool { month >= first && month <= last }
}

extension Resolved: Equatable where Value: Equatable {
    public static func == (lhs: Resolved, rhs: Resolved) -> Bool { lhs.value == rhs.value && lhs.use == rhs.use }
}

extension Resolved: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(use)
    }
}

extension WageSubsidyType {
    private var ruleKey: String {
        switch self {
        case .skillsGap: "skills_gap"
        case .reducedCapacity: "reduced_capacity"
        case .association: "association"
        case .age55: "age55"
        }
    }

    var rateID: ParameterID { ParameterID("employment.wage_subsidy.\(ruleKey)_rate") }
    var capID: ParameterID { ParameterID("employment.wage_subsidy.\(ruleKey)_cap") }
}

/// Reads the rate, cap and duration for a type from the rules at the decision date, explaining each step.
struct WageSubsidyTermsRule {
    let job: Job
    let application: WageSubsidyApplication
    let type: WageSubsidyType
    /// False when a condition rules the subsidy out: the terms are still worked out (rate, cap, duration), but no
    /// period or renewal is put to the employer as if it would be paid.
    let grantable: Bool

    private static let namespace = "employment.wage_subsidy"
    static let skillsGapShort = ParameterID("\(namespace).skills_gap_short_months")
    static let skillsGapLong = ParameterID("\(namespace).skills_gap_long_months")
    static let skillsGapThreshold = ParameterID("\(namespace).skills_gap_long_unemployment_months")
    static let reducedCapacityFirst = ParameterID("\(namespace).reduced_capacity_first_months")
    static let reducedCapacityRenewal = ParameterID("\(namespace).reduced_capacity_renewal_months")
    static let associationMonths = ParameterID("\(namespace).association_max_months")
    static let age55Months = ParameterID("\(namespace).age55_months")
    static let maxDaysPerWeek = ParameterID("\(namespace).max_paid_days_per_week")

    static var reads: [CalculatorRequirement.Read] {
        WageSubsidyType.allCases.flatMap { [CalculatorRequirement.Read($0.rateID, .rate), .init($0.capID, .amount)] }
            + [skillsGapShort, skillsGapLong, skillsGapThreshold, reducedCapacityFirst, reducedCapacityRenewal,
               associationMonths, age55Months, maxDaysPerWeek].map { .init($0, .count) }
    }

    func decide(in context: inout MonthContext) throws(ParameterLookupError) -> WageSubsidyTerms {
        let parameters = context.parameters
        let rate = try parameters.rate(type.rateID)
        let cap = try parameters.amount(type.capID)
        context.record(WageSubsidyMessages.rateAndCap,
                       ["type": .term(type.termKey), "rate": .rate(rate.value), "cap": .money(cap.value)],
                       parameters: [rate.use, cap.use])
        var months = try duration(in: &context)
        if let end = job.end, let jobMonths = job.monthCount, jobMonths < months {
            months = jobMonths
            context.record(WageSubsidyMessages.durationJobEnds, ["end": .month(end), "months": .count(months)])
        }
        let last = job.start.adding(months: months - 1)
        if grantable {
            context.record(WageSubsidyMessages.period,
                           ["first": .month(job.start), "last": .month(last), "months": .count(months)])
        }
        try warnAboutPaidDays(in: &context)
        return WageSubsidyTerms(type: type, rate: rate, cap: cap, first: job.start, last: last)
    }

    private func duration(in context: inout MonthContext) throws(ParameterLookupError) -> Int {
        let parameters = context.parameters
        switch type {
        case .skillsGap:
            let short = try parameters.count(Self.skillsGapShort)
            let long = try parameters.count(Self.skillsGapLong)
            let threshold = try parameters.count(Self.skillsGapThreshold)
            let uses = [short.use, long.use, threshold.use]
            guard let unemployed = application.unemployedMonths else {
                let values: StatementValues = ["months": .count(short.value), "longMonths": .count(long.value),
                                               "threshold": .count(threshold.value)]
                context.record(WageSubsidyMessages.durationSkillsGapUnknown, values, parameters: uses)
                // Said among the notes too: the summary's period is the shorter one, which a longer unemployment doubles.
                context.warn(Warning(WageSubsidyMessages.warnDurationUnknown, values, severity: .caution, month: context.month,
                                     parameters: uses))
                return short.value
            }
            let isLong = unemployed >= threshold.value
            let months = isLong ? long.value : short.value
            context.record(isLong ? WageSubsidyMessages.durationSkillsGapLong : WageSubsidyMessages.durationSkillsGapShort,
                           ["unemployedMonths": .count(unemployed), "threshold": .count(threshold.value),
                            "months": .count(months)], parameters: uses)
            return months
        case .reducedCapacity:
            let first = try parameters.count(Self.reducedCapacityFirst)
            let renewal = try parameters.count(Self.reducedCapacityRenewal)
            let months = first.value + application.renewals * renewal.value
            context.record(WageSubsidyMessages.durationReducedCapacity,
                           ["first": .count(first.value), "renewals": .count(application.renewals),
                            "renewalMonths": .count(renewal.value), "months": .count(months)],
                           parameters: [first.use, renewal.use])
            if grantable, application.renewals == 0, job.monthCount.map({ $0 > months }) ?? true {
                context.warn(Warning(WageSubsidyMessages.warnRenewable,
                                     ["renewalMonths": .count(renewal.value), "last": .month(job.start.adding(months: months - 1))],
                                     severity: .info, parameters: [renewal.use]))
            }
            return months
        case .association, .age55:
            let months = try parameters.count(type == .association ? Self.associationMonths : Self.age55Months)
            context.record(WageSubsidyMessages.durationFixed, ["type": .term(type.termKey), "months": .count(months.value)],
                           parameters: [months.use])
            // A secondary source requires the employment itself to last that long; the primary one only caps the subsidy.
            if type == .age55, let jobMonths = job.monthCount, jobMonths < months.value {
                context.warn(Warning(WageSubsidyMessages.warnAge55ShortEmployment,
                                     ["jobMonths": .count(jobMonths), "months": .count(months.value)],
                                     severity: .caution, parameters: [months.use]))
            }
            return months.value
        }
    }

    /// The subsidy is paid for at most so many days a week; a longer pattern is computed in full, so say so.
    private func warnAboutPaidDays(in context: inout MonthContext) throws(ParameterLookupError) {
        guard case let .daysAndHours(days, _) = job.pattern.shape else { return }
        let maximum = try context.parameters.count(Self.maxDaysPerWeek)
        guard days > maximum.value else { return }
        context.warn(Warning(WageSubsidyMessages.warnDaysPerWeek, ["days": .count(days), "maximum": .count(maximum.value)],
                             severity: .caution, parameters: [maximum.use]))
    }
}
