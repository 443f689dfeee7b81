/// The earnings-related disability pension: paid as stated on the decision, tested against the
/// person's earnings limit in months with the job.
public struct EarningsRelatedPensionCalculator: Calculator {
    public init() {}
    public var name: CalculatorName { .earningsRelatedPension }
    public var reads: [CalculatorRequirement.Read] {
        [.init(Self.rateFull, .rate), .init(Self.ratePartial, .rate), .init(Self.minimum, .amount),
         .init(Self.monthsOverBeforeResting, .count)]
    }

    static let rateFull: ParameterID = "pension.earnings_related.earnings_limit_rate_full"
    static let ratePartial: ParameterID = "pension.earnings_related.earnings_limit_rate_partial"
    static let minimum: ParameterID = "pension.earnings_related.earnings_limit_minimum"
    static let monthsOverBeforeResting: ParameterID = "pension.earnings_related.months_over_before_resting"
    static let overCounter = "pension.earnings_related.months_over"

    public func compute(_ context: inout MonthContext) throws(ParameterLookupError) {
        guard let pension = context.scenario.benefits.earningsRelatedPension else { return }
        context.record(TraceStep(PensionMessages.earningsRelatedPaid,
                                 ["kind": .term("term.pension.\(pension.kind.rawValue)"), "amount": .money(pension.monthly)]))
        guard context.activeJob != nil else {
            context.set(.earningsRelatedPension, pension.monthly)
            return
        }
        let (limit, uses) = try self.limit(pension, &context)
        let earnings = context.amount(.grossWage)
        guard earnings > limit else {
            _ = context.count(Self.overCounter, continuing: false)
            context.record(TraceStep(PensionMessages.earningsRelatedWithinLimit,
                                     ["earnings": .money(earnings), "limit": .money(limit)], parameters: uses))
            context.set(.earningsRelatedPension, pension.monthly)
            return
        }
        let monthsOver = context.count(Self.overCounter, continuing: true)
        let allowed = try context.parameters.count(Self.monthsOverBeforeResting)
        context.record(TraceStep(PensionMessages.earningsRelatedOverLimit,
                                 ["earnings": .money(earnings), "limit": .money(limit), "months": .count(monthsOver)],
                                 parameters: uses))
        if monthsOver >= allowed.value {
            context.record(TraceStep(PensionMessages.earningsRelatedResting, ["months": .count(monthsOver)], parameters: [allowed.use]))
            context.warn(Warning(PensionMessages.warnEarningsRelatedResting, ["months": .count(monthsOver)],
                                 severity: .problem, month: context.month, parameters: uses + [allowed.use]))
            context.set(.earningsRelatedPension, .zero)
        } else {
            context.warn(Warning(PensionMessages.warnEarningsRelatedOverLimit, [
                "earnings": .money(earnings), "limit": .money(limit), "months": .count(monthsOver),
                "monthsAllowed": .count(allowed.value),
            ], severity: .caution, month: context.month, parameters: uses + [allowed.use]))
            context.set(.earningsRelatedPension, pension.monthly)
        }
    }

    /// The decision's limit; else the share of established earnings, at least the euro minimum;
    /// else only the minimum, which is always safe to earn.
    private func limit(_ pension: Benefits.EarningsRelatedPension,
                       _ context: inout MonthContext) throws(ParameterLookupError) -> (Money, [ParameterUse]) {
        if let stated = pension.earningsLimit {
            context.record(TraceStep(PensionMessages.earningsRelatedLimitFromDecision, ["limit": .money(stated)]))
            return (stated, [])
        }
        let minimum = try context.parameters.amount(Self.minimum)
        guard let established = pension.establishedEarnings else {
            context.record(TraceStep(PensionMessages.earningsRelatedLimitMinimumOnly, ["minimum": .money(minimum.value)],
                                     parameters: [minimum.use]))
            context.warn(Warning(PensionMessages.warnEarningsRelatedLimitUnknown, ["minimum": .money(minimum.value)],
                                 severity: .caution, parameters: [minimum.use]))
            return (minimum.value, [minimum.use])
        }
        let rate = try context.parameters.rate(pension.kind == .full ? Self.rateFull : Self.ratePartial)
        let limit = Money.max(established.times(rate.value), minimum.value)
        context.record(TraceStep(PensionMessages.earningsRelatedLimitComputed, [
            "rate": .rate(rate.value), "established": .money(established), "minimum": .money(minimum.value), "limit": .money(limit),
        ], parameters: [rate.use, minimum.use]))
        return (limit, [rate.use, minimum.use])
    }
}
