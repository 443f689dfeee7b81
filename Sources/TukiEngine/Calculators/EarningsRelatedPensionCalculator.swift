/// The earnings-related disability pension: paid as stated on the decision, tested against the
/// person's earnings limit in months with the job.
public struct EarningsRelatedPensionCalculator: Calculator {
    public init() {}
    public var name: CalculatorName { .earningsRelatedPension }
    public var reads: [CalculatorRequirement.Read] {
        [.init(Self.rateFull, .rate), .init(Self.ratePartial, .rate), .init(Self.minimum, .amount),
         .init(Self.restingRate, .rate), .init(Self.partialShare, .rate), .init(Self.monthsOverBeforeResting, .count),
         .init(Self.minimumRest, .count), .init(Self.lowestRetirementAge, .table),
         .init(Self.lastCohort, .count)]
    }

    static let rateFull: ParameterID = "pension.earnings_related.earnings_limit_rate_full"
    static let ratePartial: ParameterID = "pension.earnings_related.earnings_limit_rate_partial"
    static let minimum: ParameterID = "pension.earnings_related.earnings_limit_minimum"
    static let restingRate: ParameterID = "pension.earnings_related.resting_threshold_rate"
    static let partialShare: ParameterID = "pension.earnings_related.partial_pension_share"
    static let monthsOverBeforeResting: ParameterID = "pension.earnings_related.months_over_before_resting"
    static let minimumRest: ParameterID = "pension.earnings_related.resting_min_months"
    static let lowestRetirementAge: ParameterID = "pension.earnings_related.lowest_retirement_age"
    static let lastCohort: ParameterID = "pension.earnings_related.lowest_retirement_age_last_cohort"
    /// The month of the current rest (1 in the first month the pension rests), 0 while it is paid.
    static let restCounter = "pension.earnings_related.rest_month"
    /// Consecutive months over the person's earnings limit (40 % for a full pension, 60 % for a partial one).
    static let overCounter = "pension.earnings_related.months_over"
    /// Consecutive months over the resting threshold: both the euro minimum and 60 % of established earnings.
    static let overRestingCounter = "pension.earnings_related.months_over_resting"
    /// Set in a month a full pension is shown resting or converted to a partial one: the guarantee pension
    /// of a person without a Kela pension then has no full disability pension to top up.
    static let notFullCounter = "pension.earnings_related.not_full"

    /// The legal basis of the shares and of resting; the conversion itself is the pension provider's decision.
    static let conversionSource = Source(
        law: "TyEL 395/2006 47 § 2 mom.; 738/2009 4 § (1051/2014)",
        url: "https://www.mela.fi/fi/elakevakuutus/tyoelakkeet/tyokyvyttomyyselake/ansiotyo-elakkeella-ollessa",
        note: "A full pension with earnings between 40 % and 60 % \"voidaan muuttaa myös osatyökyvyttömyyseläkkeeksi\" "
            + "(Mela 2019). The TyEL rule for the conversion (when, from which month) was not read: the provider decides.")

    public func compute(_ context: inout MonthContext) throws(ParameterLookupError) {
        guard let pension = context.scenario.benefits.earningsRelatedPension else { return }
        context.record(PensionMessages.earningsRelatedPaid,
                       ["kind": .term("term.pension.\(pension.kind.rawValue)"), "amount": .money(pension.monthly)])
        let restMonth = context.variant == .withJob ? context.previousMonths.last?.counters[Self.restCounter] ?? 0 : 0
        guard context.activeJob != nil || context.amount(.grossWage) > .zero || restMonth > 0,
              try !isOldAgePension(&context) else {
            context.set(.earningsRelatedPension, pension.monthly)
            return
        }
        if restMonth > 0, try continuesMinimumRest(pension, after: restMonth, &context) { return }
        let (limit, uses) = try self.limit(pension, &context)
        let earnings = context.amount(.grossWage)
        guard earnings > limit else {
            _ = context.count(Self.overCounter, continuing: false)
            _ = context.count(Self.overRestingCounter, continuing: false)
            if restMonth > 0 {
                context.record(PensionMessages.earningsRelatedRestEnds,
                               ["earnings": .money(earnings), "limit": .money(limit), "months": .count(restMonth)], parameters: uses)
            } else {
                context.record(PensionMessages.earningsRelatedWithinLimit,
                               ["earnings": .money(earnings), "limit": .money(limit)], parameters: uses)
            }
            context.set(.earningsRelatedPension, pension.monthly)
            return
        }
        let monthsOver = context.count(Self.overCounter, continuing: true)
        let allowed = try context.parameters.count(Self.monthsOverBeforeResting)
        // Every branch below rests on this practice figure (unverified): it warns wherever it is used.
        context.cite([allowed.use])
        context.record(PensionMessages.earningsRelatedOverLimit,
                       ["earnings": .money(earnings), "limit": .money(limit), "months": .count(monthsOver)],
                       parameters: uses)
        // A partial pension rests over its own limit. A full pension rests only over the resting threshold;
        // without established earnings that threshold is unknown, and the lower outcome (resting) is shown.
        var (threshold, thresholdUses) = (limit, uses)
        if pension.kind == .full, let computed = try restingThreshold(pension, limit: limit, &context) {
            (threshold, thresholdUses) = computed
        }
        let monthsOverResting = context.count(Self.overRestingCounter, continuing: earnings > threshold)
        if restMonth > 0 && earnings > threshold {
            // Past its minimum, a rest goes on while earnings stay over the threshold.
            let month = context.count(Self.restCounter, continuing: true)
            context.record(PensionMessages.earningsRelatedStillResting,
                           ["earnings": .money(earnings), "limit": .money(threshold), "month": .count(month)], parameters: thresholdUses)
            if pension.kind == .full { _ = context.count(Self.notFullCounter, continuing: true) }
            context.set(.earningsRelatedPension, .zero)
        } else if monthsOverResting >= allowed.value {
            _ = context.count(Self.restCounter, continuing: true)
            context.record(PensionMessages.earningsRelatedResting, ["months": .count(monthsOverResting)],
                           parameters: thresholdUses + [allowed.use])
            context.warn(Warning(PensionMessages.warnEarningsRelatedResting, ["months": .count(monthsOverResting)],
                                 severity: .problem, month: context.month, parameters: thresholdUses + [allowed.use]))
            if pension.kind == .full { _ = context.count(Self.notFullCounter, continuing: true) }
            context.set(.earningsRelatedPension, .zero)
        } else if pension.kind == .full && monthsOver >= allowed.value {
            // Over the full pension's limit for the allowed months but not (long enough) over the resting threshold.
            let share = try context.parameters.rate(Self.partialShare)
            let partial = pension.monthly.times(share.value)
            context.record(PensionMessages.earningsRelatedConvertedToPartial, [
                "months": .count(monthsOver), "threshold": .money(threshold), "full": .money(pension.monthly),
                "share": .rate(share.value), "amount": .money(partial),
            ], parameters: thresholdUses + [share.use, allowed.use], source: Self.conversionSource)
            context.warn(Warning(PensionMessages.warnEarningsRelatedPartial, [
                "earnings": .money(earnings), "limit": .money(limit), "threshold": .money(threshold), "amount": .money(partial),
            ], severity: .problem, month: context.month, parameters: thresholdUses + [share.use, allowed.use]))
            _ = context.count(Self.notFullCounter, continuing: true)
            context.set(.earningsRelatedPension, partial)
        } else if pension.kind == .full && earnings <= threshold {
            context.warn(Warning(PensionMessages.warnEarningsRelatedOverLimitFull, [
                "earnings": .money(earnings), "limit": .money(limit), "threshold": .money(threshold),
                "months": .count(monthsOver), "monthsAllowed": .count(allowed.value),
            ], severity: .caution, month: context.month, parameters: thresholdUses + [allowed.use]))
            context.set(.earningsRelatedPension, pension.monthly)
        } else {
            context.warn(Warning(PensionMessages.warnEarningsRelatedOverLimit, [
                "earnings": .money(earnings), "limit": .money(threshold), "months": .count(monthsOverResting),
                "monthsAllowed": .count(allowed.value),
            ], severity: .caution, month: context.month, parameters: thresholdUses + [allowed.use]))
            context.set(.earningsRelatedPension, pension.monthly)
        }
    }

    /// The pension turns into an old-age pension from the month after the person reaches the lowest retirement age of
    /// her birth cohort; earnings do not affect an old-age pension. Only the birth year is known: from the month it
    /// has happened even for someone born in December, earnings are not tested; from the month it can have happened
    /// (born in January), a warning says so once a year and the limit is still tested. A cohort the table does not
    /// cover (born 1965 or later) is not converted.
    private func isOldAgePension(_ context: inout MonthContext) throws(ParameterLookupError) -> Bool {
        let birthYear = context.scenario.person.birthYear
        let lastCohort = try context.parameters.count(Self.lastCohort)
        guard birthYear <= lastCohort.value else { return false }
        let table = try context.parameters.table(Self.lowestRetirementAge)
        guard let ageMonths = table.value.count(bornIn: birthYear) else { return false }
        let months = context.month.year * 12 + context.month.month - 1
        let earliest = birthYear * 12 + ageMonths + 1
        let latest = birthYear * 12 + 11 + ageMonths + 1
        let values: StatementValues = ["years": .count(ageMonths / 12), "months": .count(ageMonths % 12),
                                       "year": .text(String(context.month.year))]
        if months >= latest {
            let kind = TraceValue.text(context.scenario.benefits.earningsRelatedPension?.kind.rawValue ?? "full")
            let converted = values.merging(["kind": kind]) { $1 }
            context.record(PensionMessages.earningsRelatedOldAge, converted, parameters: [table.use])
            return true
        }
        if months >= earliest, context.isFirstTimeThisYear("pension.earnings_related.old_age_year") {
            context.warn(Warning(PensionMessages.warnEarningsRelatedOldAgeYear, values, severity: .caution, month: context.month,
                                 parameters: [table.use]))
        }
        return false
    }

    /// A rest lasts at least the minimum months, whatever the earnings (as Kela's, HE 72/2009): true while it does.
    private func continuesMinimumRest(_ pension: Benefits.EarningsRelatedPension, after restMonth: Int,
                                      _ context: inout MonthContext) throws(ParameterLookupError) -> Bool {
        let minimumRest = try context.parameters.count(Self.minimumRest)
        guard restMonth < minimumRest.value else { return false }
        // The rest's months count as over the limit, so a full pension whose earnings stay between its limit and the
        // resting threshold after the rest goes on to the partial pension instead of a month paid in full.
        let month = context.count(Self.restCounter, continuing: true)
        _ = context.count(Self.overCounter, continuing: true)
        _ = context.count(Self.overRestingCounter, continuing: true)
        context.record(PensionMessages.earningsRelatedRestContinues, ["month": .count(month), "minimumRest": .count(minimumRest.value)],
                       parameters: [minimumRest.use])
        if pension.kind == .full { _ = context.count(Self.notFullCounter, continuing: true) }
        context.set(.earningsRelatedPension, .zero)
        return true
    }

    /// A full pension's resting threshold: both the euro minimum and the resting share of established
    /// earnings must be exceeded. Nil when established earnings are not given.
    private func restingThreshold(_ pension: Benefits.EarningsRelatedPension, limit: Money,
                                  _ context: inout MonthContext) throws(ParameterLookupError) -> (Money, [ParameterUse])? {
        guard let established = pension.establishedEarnings else {
            context.record(PensionMessages.earningsRelatedRestingThresholdUnknown, ["limit": .money(limit)])
            return nil
        }
        let rate = try context.parameters.rate(Self.restingRate)
        if let share = try shareWhenMinimumUnknown(rate, of: established, &context,
                                                   step: PensionMessages.earningsRelatedRestingThresholdShareOnly, name: "threshold") {
            return share
        }
        let minimum = try context.parameters.amount(Self.minimum)
        let threshold = Money.max(established.times(rate.value), minimum.value)
        context.record(PensionMessages.earningsRelatedRestingThreshold, [
            "rate": .rate(rate.value), "established": .money(established), "minimum": .money(minimum.value),
            "threshold": .money(threshold),
        ], parameters: [rate.use, minimum.use])
        return (threshold, [rate.use, minimum.use])
    }

    /// A limit or threshold is at least a share of established earnings: with the year's euro minimum unknown, a wage
    /// at or under that share is within it whatever the minimum is, which `step` says (the share named `name`). Nil
    /// when the minimum is known or the wage is over the share; reading the minimum then gives its figure or error.
    private func shareWhenMinimumUnknown(_ rate: Resolved<Rate>, of established: Money, _ context: inout MonthContext,
                                         step: MessageKind, name: String) throws(ParameterLookupError) -> (Money, [ParameterUse])? {
        guard try context.parameters.amountIfKnown(Self.minimum) == nil else { return nil }
        let share = established.times(rate.value)
        guard context.amount(.grossWage) <= share else { return nil }
        context.record(step, ["rate": .rate(rate.value), "established": .money(established), name: .money(share)], parameters: [rate.use])
        return (share, [rate.use])
    }

    /// The decision's limit; else the share of established earnings, at least the euro minimum;
    /// else only the minimum, which is always safe to earn.
    private func limit(_ pension: Benefits.EarningsRelatedPension,
                       _ context: inout MonthContext) throws(ParameterLookupError) -> (Money, [ParameterUse]) {
        if let stated = pension.earningsLimit {
            context.record(PensionMessages.earningsRelatedLimitFromDecision, ["limit": .money(stated)])
            return (stated, [])
        }
        if let established = pension.establishedEarnings,
           let share = try shareWhenMinimumUnknown(try context.parameters.rate(pension.kind == .full ? Self.rateFull : Self.ratePartial),
                                                   of: established, &context, step: PensionMessages.earningsRelatedLimitShareOnly,
                                                   name: "limit") {
            return share
        }
        let minimum = try context.parameters.amount(Self.minimum)
        guard let established = pension.establishedEarnings else {
            context.record(PensionMessages.earningsRelatedLimitMinimumOnly, ["minimum": .money(minimum.value)],
                           parameters: [minimum.use])
            context.warn(Warning(PensionMessages.warnEarningsRelatedLimitUnknown, ["minimum": .money(minimum.value)],
                                 severity: .caution, parameters: [minimum.use]))
            return (minimum.value, [minimum.use])
        }
        let rate = try context.parameters.rate(pension.kind == .full ? Self.rateFull : Self.ratePartial)
        let limit = Money.max(established.times(rate.value), minimum.value)
        context.record(PensionMessages.earningsRelatedLimitComputed, [
            "rate": .rate(rate.value), "established": .money(established), "minimum": .money(minimum.value), "limit": .money(limit),
        ], parameters: [rate.use, minimum.use])
        return (limit, [rate.use, minimum.use])
    }
}
