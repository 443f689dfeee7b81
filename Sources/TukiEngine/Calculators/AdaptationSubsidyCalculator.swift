/// A month's workplace adaptation subsidy: tools and changes in their month, a co-worker's help every month.
public struct AdaptationSubsidyCalculator: Calculator {
    let decision: AdaptationSubsidyDecision?

    public init(decision: AdaptationSubsidyDecision?) { self.decision = decision }
    public var name: CalculatorName { .adaptationSubsidy }
    public var reads: [CalculatorRequirement.Read] { [] }

    public func compute(_ context: inout MonthContext) {
        guard let decision, let terms = decision.terms, let job = context.activeJob else { return }
        let request = decision.request
        var payments: [TraceStep] = []
        var total = Money.zero
        if let cost = request.equipmentCost, context.month == (request.equipmentMonth ?? job.start) {
            let paid = Money.min(cost, terms.equipmentCap.value)
            total += paid
            payments.append(TraceStep(AdaptationSubsidyMessages.equipment,
                                      ["cost": .money(cost), "cap": .money(terms.equipmentCap.value), "amount": .money(paid)],
                                      parameters: [terms.equipmentCap.use]))
        }
        if let hours = request.coworkerHelpHours, hours > .zero {
            if job.start.months(until: context.month) < terms.maxMonths.value {
                let paidHours = Swift.min(hours, .whole(Int64(terms.maxHours.value)))
                let amount = terms.hourly.value.times(paidHours.hundredths, over: 100)
                total += amount
                payments.append(TraceStep(AdaptationSubsidyMessages.coworkerHelp,
                                          ["hours": .hours(hours), "paidHours": .hours(paidHours),
                                           "hourly": .money(terms.hourly.value), "amount": .money(amount)],
                                          parameters: [terms.hourly.use, terms.maxHours.use, terms.maxMonths.use]))
            } else {
                context.record(AdaptationSubsidyMessages.coworkerHelpEnded, ["months": .count(terms.maxMonths.value)],
                               parameters: [terms.maxMonths.use])
            }
        }
        guard !payments.isEmpty else { return }
        guard decision.eligibility.outcome != .notEligible else {
            context.record(AdaptationSubsidyMessages.notEligible)
            context.set(.adaptationSubsidy, .zero)
            return
        }
        payments.forEach { context.record($0) }
        context.set(.adaptationSubsidy, total)
    }
}
