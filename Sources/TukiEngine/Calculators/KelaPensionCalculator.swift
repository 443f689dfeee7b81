/// Kela's disability pension (or rehabilitation subsidy): the amount after other pensions,
/// and whether a month's earnings keep it within the earnings limit.
public struct KelaPensionCalculator: Calculator {
    public init() {}
    public var name: CalculatorName { .kelaPension }
    public var reads: [CalculatorRequirement.Read] {
        [.init(Self.fullAmount, .table), .init(Self.threshold, .amount), .init(Self.reductionRate, .rate),
         .init(Self.minimumPayable, .amount), .init(Self.earningsLimit, .amount),
         .init(Self.minimumRest, .count), .init(Self.maximumRest, .count)]
    }

    static let fullAmount: ParameterID = "pension.kela.full_amount"
    static let threshold: ParameterID = "pension.kela.full_pension_threshold"
    static let reductionRate: ParameterID = "pension.kela.reduction_rate"
    static let minimumPayable: ParameterID = "pension.kela.minimum_payable"
    static let earningsLimit: ParameterID = "pension.kela.earnings_limit"
    static let minimumRest: ParameterID = "pension.kela.resting_min_months"
    static let maximumRest: ParameterID = "pension.kela.resting_max_months"
    /// Set to 1 in a month the pension rests because of earnings; the guarantee pension follows it.
    static let restingCounter = "pension.kela.resting"

    public func compute(_ context: inout MonthContext) throws(ParameterLookupError) {
        guard let pension = context.scenario.benefits.kelaDisabilityPension else { return }
        do {
            try compute(pension, &context)
        } catch {
            let field = error.id == Self.earningsLimit ? "benefits.kelaDisabilityPension.earningsLimit"
                                                       : "benefits.kelaDisabilityPension.monthly"
            context.warn(Warning(PensionMessages.warnGiveFromDecision, ["field": .text(field)], severity: .info))
            throw error
        }
    }

    private func compute(_ pension: Benefits.KelaPension, _ context: inout MonthContext) throws(ParameterLookupError) {
        var amount = try entitlement(pension, &context)
        let earnings = context.amount(.grossWage)
        if context.activeJob != nil {
            if pension.blindOrUnableToMove {
                context.record(TraceStep(PensionMessages.kelaLimitNotApplied))
            } else if amount > .zero {
                let (limit, uses) = try self.limit(pension, context.parameters)
                if earnings <= limit {
                    context.record(TraceStep(PensionMessages.kelaWithinLimit,
                                             ["earnings": .money(earnings), "limit": .money(limit)], parameters: uses))
                } else {
                    context.record(TraceStep(PensionMessages.kelaOverLimit,
                                             ["earnings": .money(earnings), "limit": .money(limit)], parameters: uses))
                    let minimumRest = try context.parameters.count(Self.minimumRest)
                    let maximumRest = try context.parameters.count(Self.maximumRest)
                    context.warn(Warning(PensionMessages.warnKelaOverLimit, [
                        "earnings": .money(earnings), "limit": .money(limit),
                        "minimumRest": .count(minimumRest.value), "maximumRest": .count(maximumRest.value),
                    ], severity: .problem, month: context.month, parameters: uses + [minimumRest.use, maximumRest.use]))
                    _ = context.count(Self.restingCounter, continuing: true)
                    amount = .zero
                }
            }
        }
        context.set(.kelaDisabilityPension, amount)
    }

    /// The pension before the earnings test: from the decision, or full amount less half the other pensions over the threshold.
    private func entitlement(_ pension: Benefits.KelaPension, _ context: inout MonthContext) throws(ParameterLookupError) -> Money {
        if let monthly = pension.monthly {
            context.record(TraceStep(PensionMessages.kelaFromDecision, ["amount": .money(monthly)]))
            return monthly
        }
        let parameters = context.parameters
        let household = context.scenario.household.pensionHouseholdKey
        let table = try parameters.table(Self.fullAmount)
        let full = try table.value.amount(at: [household], parameter: table.use, date: parameters.date)
        let otherPensions = context.scenario.benefits.earningsRelatedPension?.monthly ?? .zero
        let threshold = try parameters.amount(Self.threshold)
        var amount = full
        if otherPensions > threshold.value {
            let rate = try parameters.rate(Self.reductionRate)
            let reduction = (otherPensions - threshold.value).times(rate.value)
            amount = Money.max(.zero, full - reduction)
            context.record(TraceStep(PensionMessages.kelaReduced, [
                "earningsRelated": .money(otherPensions), "threshold": .money(threshold.value),
                "reduction": .money(reduction), "full": .money(full), "amount": .money(amount),
            ], parameters: [table.use, threshold.use, rate.use]))
        } else {
            context.record(TraceStep(PensionMessages.kelaFullAmount,
                                     ["household": .term("term.household.\(household)"), "amount": .money(full)],
                                     parameters: [table.use, threshold.use]))
        }
        let minimum = try parameters.amount(Self.minimumPayable)
        if amount < minimum.value {
            context.record(TraceStep(PensionMessages.kelaBelowMinimum, ["amount": .money(amount), "minimum": .money(minimum.value)],
                                     parameters: [minimum.use]))
            return .zero
        }
        return amount
    }

    private func limit(_ pension: Benefits.KelaPension, _ parameters: Parameters) throws(ParameterLookupError) -> (Money, [ParameterUse]) {
        if let stated = pension.earningsLimit { return (stated, []) }
        let limit = try parameters.amount(Self.earningsLimit)
        return (limit.value, [limit.use])
    }
}
