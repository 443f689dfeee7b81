/// The guarantee pension: tops a disability pensioner's pensions up to a guaranteed level.
public struct GuaranteePensionCalculator: Calculator {
    public init() {}
    public var name: CalculatorName { .guaranteePension }
    public var reads: [CalculatorRequirement.Read] {
        [.init(Self.fullAmount, .amount), .init(Self.minimumPayable, .amount)] + EarningsLimitRest.reads
    }

    static let fullAmount: ParameterID = "pension.guarantee.full_amount"
    static let minimumPayable: ParameterID = "pension.guarantee.minimum_payable"
    /// Counts the months the guarantee pension tops up an earnings-related pension alone, to warn once.
    static let withoutKelaCounter = "pension.guarantee.without_kela"

    public func compute(_ context: inout MonthContext) throws(ParameterLookupError) {
        let benefits = context.scenario.benefits
        guard benefits.receivesDisabilityPension || benefits.earningsRelatedPension != nil else { return }
        guard benefits.receivesDisabilityPension else {
            context.record(PensionMessages.guaranteePartialOnly)
            return
        }
        if context.counters[KelaPensionCalculator.restingCounter] ?? 0 > 0 {
            context.record(PensionMessages.guaranteeResting)
            context.set(.guaranteePension, .zero)
            return
        }
        if benefits.kelaDisabilityPension == nil && context.counters[EarningsRelatedPensionCalculator.notFullCounter] ?? 0 > 0 {
            context.record(PensionMessages.guaranteeEarningsRelatedNotFull)
            context.set(.guaranteePension, .zero)
            return
        }
        // A Kela pension that could not be computed leaves the top-up unknown too.
        if benefits.kelaDisabilityPension != nil && context.figures[.kelaDisabilityPension] == nil { return }
        // The decision's amount was worked out from the same pensions, which the job leaves as they are until the
        // Kela pension rests (above).
        var amount: Money
        if let decided = benefits.guaranteePensionMonthly {
            context.record(PensionMessages.guaranteeFromDecision, ["amount": .money(decided)])
            amount = decided
        } else {
            do {
                amount = try topUp(benefits, &context)
            } catch {
                context.warn(PensionMessages.giveFromDecision("benefits.guaranteePension.monthly"))
                throw error
            }
        }
        let restGoesOn = (context.previousMonths.last?.counters[EarningsLimitRest.guarantee.counter] ?? 0) > 0
        if benefits.kelaDisabilityPension == nil && (amount > .zero || restGoesOn) {
            if context.isFirstBaselineMonth(of: Self.withoutKelaCounter) {
                context.warn(Warning(PensionMessages.warnGuaranteeWithoutKela, severity: .caution))
            }
            // Without a Kela pension to follow, the guarantee pension rests on Kela's earnings limit itself. A rest
            // under way is followed even in a month whose top-up is zero, so such a month does not end it; an
            // unknown limit leaves the month's amount unknown, not paid.
            do {
                if try EarningsLimitRest.guarantee.rests(&context, statedLimit: benefits.guaranteeEarningsLimit) {
                    amount = .zero
                }
            } catch {
                context.warn(PensionMessages.giveFromDecision("benefits.guaranteePension.earningsLimit"))
                throw error
            }
        }
        context.set(.guaranteePension, amount)
    }

    /// The full amount less the other pensions, unless that is under the minimum payable amount.
    private func topUp(_ benefits: Benefits, _ context: inout MonthContext) throws(ParameterLookupError) -> Money {
        let full = try context.parameters.amount(Self.fullAmount)
        let pensions = context.amount(.kelaDisabilityPension) + (benefits.earningsRelatedPension?.monthly ?? .zero)
        guard pensions < full.value else {
            context.record(PensionMessages.guaranteeNone, ["full": .money(full.value), "pensions": .money(pensions)],
                           parameters: [full.use])
            return .zero
        }
        let minimum = try context.parameters.amount(Self.minimumPayable)
        let shortfall = full.value - pensions
        let paid = shortfall < minimum.value ? Money.zero : shortfall
        context.record(PensionMessages.guaranteeTopUp,
                       ["full": .money(full.value), "pensions": .money(pensions), "amount": .money(paid)],
                       parameters: [full.use, minimum.use])
        return paid
    }
}
