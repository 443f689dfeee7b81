/// Kela's disability pension (or rehabilitation subsidy): the amount after other pensions,
/// and whether a month's earnings keep it within the earnings limit.
public struct KelaPensionCalculator: Calculator {
    public init() {}
    public var name: CalculatorName { .kelaPension }
    public var reads: [CalculatorRequirement.Read] {
        [.init(Self.fullAmount, .table), .init(Self.threshold, .amount), .init(Self.reductionRate, .rate),
         .init(Self.minimumPayable, .amount), .init(Self.minimumAge, .count), .init(Self.upperIncomeLimit, .table)]
            + EarningsLimitRest.reads
    }

    static let fullAmount: ParameterID = "pension.kela.full_amount"
    static let threshold: ParameterID = "pension.kela.full_pension_threshold"
    static let reductionRate: ParameterID = "pension.kela.reduction_rate"
    static let minimumPayable: ParameterID = "pension.kela.minimum_payable"
    static let minimumAge: ParameterID = "pension.kela.minimum_age"
    static let upperIncomeLimit: ParameterID = "pension.kela.upper_income_limit"
    /// The guarantee pension follows the Kela pension's rest.
    static let restingCounter = EarningsLimitRest.kela.counter

    public func compute(_ context: inout MonthContext) throws(ParameterLookupError) {
        guard let pension = context.scenario.benefits.kelaDisabilityPension else { return }
        do {
            try compute(pension, &context)
        } catch {
            let field = error.id == EarningsLimitRest.earningsLimit ? "benefits.kelaDisabilityPension.earningsLimit"
                                                       : "benefits.kelaDisabilityPension.monthly"
            context.warn(PensionMessages.giveFromDecision(field))
            throw error
        }
    }

    private func compute(_ pension: Benefits.KelaPension, _ context: inout MonthContext) throws(ParameterLookupError) {
        try warnIfUnderMinimumAge(&context)
        var amount = try entitlement(pension, &context)
        if pension.blindOrUnableToMove {
            if context.activeJob != nil { context.record(PensionMessages.kelaLimitNotApplied) }
        } else if amount > .zero, try EarningsLimitRest.kela.rests(&context, statedLimit: pension.earningsLimit) {
            amount = .zero
        }
        context.set(.kelaDisabilityPension, amount)
    }

    /// The pension before the earnings test: from the decision, or full amount less half the other pensions over the threshold.
    private func entitlement(_ pension: Benefits.KelaPension, _ context: inout MonthContext) throws(ParameterLookupError) -> Money {
        if let monthly = pension.monthly {
            context.record(PensionMessages.kelaFromDecision, ["amount": .money(monthly)])
            return monthly
        }
        let parameters = context.parameters
        let household = context.scenario.household.pensionHouseholdKey
        let table = try parameters.table(Self.fullAmount)
        let full = try table.value.amount(at: [household], parameter: table.use, date: parameters.date)
        let otherPensions = context.scenario.benefits.earningsRelatedPension?.monthly ?? .zero
        // Kela's published limit, where the reduced amount falls below the minimum payable (the cent the reduction's
        // rounding leaves at the limit is not paid); read first, so that above it no other figure is needed.
        if otherPensions > .zero {
            let upperTable = try parameters.table(Self.upperIncomeLimit)
            let upperLimit = try upperTable.value.amount(at: [household], parameter: upperTable.use, date: parameters.date)
            if otherPensions > upperLimit {
                context.record(PensionMessages.kelaOverUpperLimit, ["earningsRelated": .money(otherPensions), "limit": .money(upperLimit)],
                               parameters: [upperTable.use])
                return .zero
            }
        }
        // Without other pensions the threshold cannot reduce the pension and is not read, so a year whose
        // threshold is unknown still gives a figure.
        let threshold = try otherPensions > .zero ? parameters.amount(Self.threshold) : nil
        var amount = full
        if let threshold, otherPensions > threshold.value {
            let rate = try parameters.rate(Self.reductionRate)
            let reduction = (otherPensions - threshold.value).times(rate.value)
            amount = Money.max(.zero, full - reduction)
            context.record(PensionMessages.kelaReduced, [
                "earningsRelated": .money(otherPensions), "threshold": .money(threshold.value),
                "reduction": .money(reduction), "full": .money(full), "amount": .money(amount),
            ], parameters: [table.use, threshold.use, rate.use])
        } else {
            context.record(PensionMessages.kelaFullAmount,
                           ["household": .term("term.household.\(household)"), "amount": .money(full)],
                           parameters: [table.use] + (threshold.map { [$0.use] } ?? []))
        }
        // The full amount is never under the minimum payable, so a year whose minimum is unknown still gives it.
        guard amount < full else { return amount }
        let minimum = try parameters.amount(Self.minimumPayable)
        if amount < minimum.value {
            context.record(PensionMessages.kelaBelowMinimum, ["amount": .money(amount), "minimum": .money(minimum.value)],
                           parameters: [minimum.use])
            return .zero
        }
        return amount
    }

    /// Kela pays the pension from a minimum age (18 from 2025, 16 before). Only the birth year is known, so the
    /// warning is for a person under that age all year; the figures still follow the scenario, which says it is paid.
    private func warnIfUnderMinimumAge(_ context: inout MonthContext) throws(ParameterLookupError) {
        let minimumAge = try context.parameters.count(Self.minimumAge)
        let birthYear = context.scenario.person.birthYear
        guard context.month.year - birthYear < minimumAge.value,
              context.isFirstBaselineMonth(of: "pension.kela.under_minimum_age") else { return }
        context.warn(Warning(PensionMessages.warnKelaUnderMinimumAge, [
            "minimumAge": .count(minimumAge.value), "birthYear": .text(String(birthYear)), "year": .text(String(context.month.year)),
        ], severity: .problem, month: context.month, parameters: [minimumAge.use]))
    }
}
