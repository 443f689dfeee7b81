/// The wage subsidy decision (type, amount, period) and its months.
public enum WageSubsidyMessages {
    public static let rateAndCap = MessageKind("subsidy.terms.rate_and_cap", ["type", "rate", "cap"])
    public static let durationSkillsGapShort = MessageKind("subsidy.duration.skills_gap_short",
                                                           ["unemployedMonths", "threshold", "months"])
    public static let durationSkillsGapLong = MessageKind("subsidy.duration.skills_gap_long",
                                                          ["unemployedMonths", "threshold", "months"])
    /// The length of unemployment is not given, so only the shorter duration is sure.
    public static let durationSkillsGapUnknown = MessageKind("subsidy.duration.skills_gap_unknown",
                                                             ["months", "longMonths", "threshold"])
    public static let durationReducedCapacity = MessageKind("subsidy.duration.reduced_capacity",
                                                            ["first", "renewals", "renewalMonths", "months"])
    public static let durationFixed = MessageKind("subsidy.duration.fixed", ["type", "months"])
    public static let durationJobEnds = MessageKind("subsidy.duration.job_ends", ["end", "months"])
    public static let period = MessageKind("subsidy.period", ["first", "last", "months"])

    public static let extraCounted = MessageKind("subsidy.month.extra_counted", ["kind", "amount"])
    public static let extraNotCounted = MessageKind("subsidy.month.extra_not_counted", ["kind", "amount"])
    public static let amount = MessageKind("subsidy.month.amount", ["eligibleWage", "rate", "amount", "cap"])
    public static let capped = MessageKind("subsidy.month.capped", ["eligibleWage", "rate", "uncapped", "cap"])
    public static let outsidePeriod = MessageKind("subsidy.month.outside_period", ["first", "last"])
    public static let notEligible = MessageKind("subsidy.month.not_eligible")

    public static let warnTypeMissing = MessageKind("warning.subsidy_type_missing")
    public static let warnDurationUnknown = MessageKind("warning.subsidy_duration_unknown", ["months", "longMonths", "threshold"])
    public static let warnConditionsOpen = MessageKind("warning.subsidy_conditions_open", ["subsidy", "count"])
    public static let warnRenewable = MessageKind("warning.subsidy_renewable", ["renewalMonths", "last"])
    /// A 55+ subsidy for an employment shorter than the subsidy period: the sources disagree on whether that is allowed.
    public static let warnAge55ShortEmployment = MessageKind("warning.subsidy_age55_short_employment", ["jobMonths", "months"])
    public static let warnDaysPerWeek = MessageKind("warning.subsidy_days_per_week", ["days", "maximum"])
    public static let warnAssociationContributions = MessageKind("warning.subsidy_association_contributions")
    /// Always given: an estimate, not a decision, with the conditions it cannot check and the costs it leaves out.
    public static let warnEstimate = MessageKind("warning.subsidy_estimate", ["discretionary"])

    public static let all = [
        rateAndCap, durationSkillsGapShort, durationSkillsGapLong, durationSkillsGapUnknown, durationReducedCapacity,
        durationFixed, durationJobEnds, period, extraCounted, extraNotCounted, amount, capped, outsidePeriod, notEligible,
        warnTypeMissing, warnDurationUnknown, warnConditionsOpen, warnRenewable, warnAge55ShortEmployment, warnDaysPerWeek, warnAssociationContributions, warnEstimate,
    ]

    public static let subsidyTerms = ["term.subsidy.wage", "term.subsidy.adaptation"]
    public static var terms: [String] { WageSubsidyType.allCases.map(\.termKey) + subsidyTerms }
}
