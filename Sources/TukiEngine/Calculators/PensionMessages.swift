/// Trace steps and warnings of the pension and disability-benefit calculators.
public enum PensionMessages {
    public static let kelaFullAmount = MessageKind("pension.kela.full_amount", ["household", "amount"])
    public static let kelaReduced = MessageKind("pension.kela.reduced",
                                                ["earningsRelated", "threshold", "reduction", "full", "amount"])
    public static let kelaFromDecision = MessageKind("pension.kela.from_decision", ["amount"])
    public static let kelaBelowMinimum = MessageKind("pension.kela.below_minimum", ["amount", "minimum"])
    public static let kelaWithinLimit = MessageKind("pension.kela.within_limit", ["earnings", "limit"])
    public static let kelaOverLimit = MessageKind("pension.kela.over_limit", ["earnings", "limit", "minimumRest"])
    /// A rest in its minimum period: the pension is not paid whatever the month's earnings.
    public static let kelaRestContinues = MessageKind("pension.kela.rest_continues", ["month", "minimumRest"])
    /// A rest past its minimum period goes on while earnings stay over the limit.
    public static let kelaStillOverLimit = MessageKind("pension.kela.still_over_limit", ["earnings", "limit", "month"])
    public static let kelaRestEnds = MessageKind("pension.kela.rest_ends", ["earnings", "limit", "months"])
    public static let kelaLimitNotApplied = MessageKind("pension.kela.limit_not_applied")
    /// Other pensions above the upper income limit leave no Kela pension to pay.
    public static let kelaOverUpperLimit = MessageKind("pension.kela.over_upper_limit", ["earningsRelated", "limit"])
    /// Past the old-age pension age all year, Kela pays the pension as an old-age pension, which earnings do not stop.
    public static let oldAgeNoEarningsLimit = MessageKind("pension.old_age_no_limit", ["pension", "age", "year"])

    public static let guaranteeTopUp = MessageKind("pension.guarantee.top_up", ["full", "pensions", "amount"])
    /// The guarantee pension as on the person's decision: the other pensions are as they were without the job.
    public static let guaranteeFromDecision = MessageKind("pension.guarantee.from_decision", ["amount"])
    public static let guaranteeNone = MessageKind("pension.guarantee.none", ["full", "pensions"])
    public static let guaranteePartialOnly = MessageKind("pension.guarantee.partial_only")
    public static let guaranteeResting = MessageKind("pension.guarantee.resting")
    /// Without a Kela pension: the full earnings-related pension is shown resting or converted to a partial one.
    public static let guaranteeEarningsRelatedNotFull = MessageKind("pension.guarantee.earnings_related_not_full")

    public static let earningsRelatedPaid = MessageKind("pension.earnings_related.paid", ["kind", "amount"])
    public static let earningsRelatedLimitFromDecision = MessageKind("pension.earnings_related.limit_from_decision", ["limit"])
    public static let earningsRelatedLimitComputed = MessageKind("pension.earnings_related.limit_computed",
                                                                 ["rate", "established", "minimum", "limit"])
    public static let earningsRelatedLimitMinimumOnly = MessageKind("pension.earnings_related.limit_minimum_only", ["minimum"])
    /// The year's euro minimum is unknown, but the earnings are under the share of established earnings anyway.
    public static let earningsRelatedLimitShareOnly = MessageKind("pension.earnings_related.limit_share_only",
                                                                  ["rate", "established", "limit"])
    public static let earningsRelatedWithinLimit = MessageKind("pension.earnings_related.within_limit", ["earnings", "limit"])
    public static let earningsRelatedOverLimit = MessageKind("pension.earnings_related.over_limit", ["earnings", "limit", "months"])
    public static let earningsRelatedResting = MessageKind("pension.earnings_related.resting", ["months"])
    /// A rest in its minimum period: the pension is not paid whatever the month's earnings.
    public static let earningsRelatedRestContinues = MessageKind("pension.earnings_related.rest_continues", ["month", "minimumRest"])
    /// A rest past its minimum period goes on while earnings stay over the threshold.
    public static let earningsRelatedStillResting = MessageKind("pension.earnings_related.still_resting", ["earnings", "limit", "month"])
    public static let earningsRelatedRestEnds = MessageKind("pension.earnings_related.rest_ends", ["earnings", "limit", "months"])
    /// Past the latest lowest retirement age, the pension is an old-age pension that earnings do not affect.
    public static let earningsRelatedOldAge = MessageKind("pension.earnings_related.old_age", ["years", "months", "year", "kind"])
    /// The pension may turn into an old-age pension this year; the birth month and cohort's exact age are not used.
    public static let warnEarningsRelatedOldAgeYear = MessageKind("warning.earnings_related_old_age_year", ["years", "months", "year"])
    /// Full pension: the pension rests only over both the euro minimum and the resting share of established earnings.
    public static let earningsRelatedRestingThreshold = MessageKind("pension.earnings_related.resting_threshold",
                                                                    ["rate", "established", "minimum", "threshold"])
    /// The year's euro minimum is unknown, but the earnings are under the share part of the resting threshold anyway.
    public static let earningsRelatedRestingThresholdShareOnly = MessageKind("pension.earnings_related.resting_threshold_share_only",
                                                                            ["rate", "established", "threshold"])
    /// Full pension without established earnings: the resting threshold cannot be worked out.
    public static let earningsRelatedRestingThresholdUnknown = MessageKind("pension.earnings_related.resting_threshold_unknown",
                                                                           ["limit"])
    /// The pension provider's decision, shown as Tuki assumes it: a full pension converted to a partial one.
    public static let earningsRelatedConvertedToPartial = MessageKind("pension.earnings_related.converted_to_partial",
                                                                      ["months", "threshold", "full", "share", "amount"])

    public static let allowanceAmount = MessageKind("benefits.disability_allowance.amount", ["benefit", "level", "amount"])
    public static let allowanceFromDecision = MessageKind("benefits.disability_allowance.from_decision", ["benefit", "level", "amount"])
    public static let totalIncome = MessageKind("income.total", ["total"])

    /// Warnings with what the person can do.
    public static let warnKelaOverLimit = MessageKind("warning.kela_over_limit", ["earnings", "limit", "minimumRest", "maximumRest"])
    public static let warnEarningsRelatedOverLimit = MessageKind("warning.earnings_related_over_limit",
                                                                 ["earnings", "limit", "months", "monthsAllowed"])
    public static let warnEarningsRelatedResting = MessageKind("warning.earnings_related_resting", ["months"])
    /// Full pension over its limit but not over the resting threshold, within the allowed months.
    public static let warnEarningsRelatedOverLimitFull = MessageKind("warning.earnings_related_over_limit_full",
                                                                     ["earnings", "limit", "threshold", "months", "monthsAllowed"])
    public static let warnEarningsRelatedPartial = MessageKind("warning.earnings_related_partial",
                                                               ["earnings", "limit", "threshold", "amount"])
    public static let warnKelaRestMaximum = MessageKind("warning.kela_rest_maximum", ["maximumRest"])
    /// The person reaches the old-age pension age this year; the birth month is not known.
    public static let warnOldAgeThisYear = MessageKind("warning.old_age_this_year", ["pension", "age", "year"])
    /// The care allowance for pensioners during a pension's rest.
    public static let warnCareAllowanceDuringRest = MessageKind("warning.care_allowance_during_rest", ["year", "actInForce"])
    public static let warnKelaUnderMinimumAge = MessageKind("warning.kela_under_minimum_age", ["minimumAge", "birthYear", "year"])
    /// A figure the rules lack can be taken from the person's own decision: says which decision and scenario field.
    public static let warnGiveFromDecision = MessageKind("warning.give_from_decision", ["decision", "field"])
    /// The decision a missing figure can be read from.
    enum Decision: String { case pension, allowance }
    /// A rule figure is missing that the person's decision gives: the scenario field to give it in.
    static func giveFromDecision(_ field: String, _ decision: Decision = .pension) -> Warning {
        Warning(warnGiveFromDecision, ["decision": .term("term.decision.\(decision.rawValue)"), "field": .text(field)],
                severity: .info)
    }
    /// A guarantee pension topping up an earnings-related pension alone: the person may well have a Kela pension too.
    public static let warnGuaranteeWithoutKela = MessageKind("warning.guarantee_without_kela")
    /// Without a Kela pension the guarantee pension rests on Kela's earnings limit itself: its steps and warnings.
    public static let warnGuaranteeOverLimit = MessageKind("warning.guarantee_over_limit", ["earnings", "limit", "minimumRest", "maximumRest"])
    public static let warnGuaranteeRestMaximum = MessageKind("warning.guarantee_rest_maximum", ["maximumRest"])
    public static let guaranteeWithinLimit = MessageKind("pension.guarantee.within_limit", ["earnings", "limit"])
    public static let guaranteeOverLimit = MessageKind("pension.guarantee.over_limit", ["earnings", "limit", "minimumRest"])
    public static let guaranteeRestContinues = MessageKind("pension.guarantee.rest_continues", ["month", "minimumRest"])
    public static let guaranteeStillOverLimit = MessageKind("pension.guarantee.still_over_limit", ["earnings", "limit", "month"])
    public static let guaranteeRestEnds = MessageKind("pension.guarantee.rest_ends", ["earnings", "limit", "months"])
    public static let warnEarningsRelatedLimitUnknown = MessageKind("warning.earnings_related_limit_unknown", ["minimum"])

    public static let all = [
        kelaFullAmount, kelaReduced, kelaFromDecision, kelaBelowMinimum, kelaWithinLimit, kelaOverLimit, kelaLimitNotApplied,
        kelaOverUpperLimit, oldAgeNoEarningsLimit, warnOldAgeThisYear, warnCareAllowanceDuringRest, kelaRestContinues, kelaStillOverLimit, kelaRestEnds,
        guaranteeTopUp, guaranteeFromDecision, guaranteeNone, guaranteePartialOnly, guaranteeResting, guaranteeEarningsRelatedNotFull,
        earningsRelatedPaid, earningsRelatedLimitFromDecision, earningsRelatedLimitComputed, earningsRelatedLimitMinimumOnly, earningsRelatedLimitShareOnly,
        earningsRelatedWithinLimit, earningsRelatedOverLimit, earningsRelatedResting, earningsRelatedRestContinues,
        earningsRelatedStillResting, earningsRelatedRestEnds, earningsRelatedOldAge, warnEarningsRelatedOldAgeYear,
        earningsRelatedRestingThreshold, earningsRelatedRestingThresholdShareOnly, earningsRelatedRestingThresholdUnknown, earningsRelatedConvertedToPartial,
        allowanceAmount, allowanceFromDecision, totalIncome,
        warnKelaOverLimit, warnKelaRestMaximum, warnKelaUnderMinimumAge, warnEarningsRelatedOverLimit, warnEarningsRelatedOverLimitFull,
        warnEarningsRelatedPartial, warnEarningsRelatedResting, warnEarningsRelatedLimitUnknown,
        warnGiveFromDecision, warnGuaranteeWithoutKela, warnGuaranteeOverLimit, warnGuaranteeRestMaximum, guaranteeWithinLimit,
        guaranteeOverLimit, guaranteeRestContinues, guaranteeStillOverLimit, guaranteeRestEnds,
    ]

    /// Catalog terms these messages name.
    public static let terms = ["term.household.alone", "term.household.couple", "term.decision.pension", "term.decision.allowance",
                               "term.pension.full", "term.pension.partial",
                               "term.allowance.basic", "term.allowance.increased", "term.allowance.highest",
                               "term.benefit.adultDisabilityAllowance", "term.benefit.pensionerCareAllowance"]
}

extension Household {
    /// The Kela household type: living with a spouse or partner, or not.
    var pensionHouseholdKey: String { adults >= 2 ? "couple" : "alone" }
}

extension Table {
    /// An amount entry, or a lookup error naming the parameter when the key or type is missing.
    func amount(at keys: [String], parameter: ParameterUse, date: Day) throws(ParameterLookupError) -> Money {
        guard case let .amount(amount)? = value(at: keys) else {
            throw ParameterLookupError(id: parameter.id, date: date, reason: .noValue)
        }
        return amount
    }
}
