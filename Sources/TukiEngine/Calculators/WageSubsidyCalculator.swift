/// A month's wage subsidy under the decision: the decision's share of the eligible wage, at most its cap.
public struct WageSubsidyCalculator: Calculator {
    let decision: WageSubsidyDecision?

    public init(decision: WageSubsidyDecision?) { self.decision = decision }
    public var name: CalculatorName { .wageSubsidy }
    public var reads: [CalculatorRequirement.Read] { Self.reads }

    static let extraPayCounted: ParameterID = "employment.wage_subsidy.extra_pay_counted"
    static let reads: [CalculatorRequirement.Read] = [.init(extraPayCounted, .table)]

    public func compute(_ context: inout MonthContext) throws(ParameterLookupError) {
        guard let decision, let terms = decision.terms, let job = context.activeJob else { return }
        guard decision.eligibility.outcome != .notEligible else {
            context.record(WageSubsidyMessages.notEligible)
            context.set(.wageSubsidy, .zero)
            return
        }
        guard terms.covers(context.month) else {
            context.record(WageSubsidyMessages.outsidePeriod, ["first": .month(terms.first), "last": .month(terms.last)])
            context.set(.wageSubsidy, .zero)
            return
        }
        let eligibleWage = try self.eligibleWage(job, &context)
        context.set(.eligibleWage, eligibleWage)
        let uncapped = eligibleWage.times(terms.rate.value)
        let uses = [terms.rate.use, terms.cap.use]
        if uncapped > terms.cap.value {
            context.record(WageSubsidyMessages.capped,
                           ["eligibleWage": .money(eligibleWage), "rate": .rate(terms.rate.value),
                            "uncapped": .money(uncapped), "cap": .money(terms.cap.value)], parameters: uses)
            context.set(.wageSubsidy, terms.cap.value)
        } else {
            context.record(WageSubsidyMessages.amount,
                           ["eligibleWage": .money(eligibleWage), "rate": .rate(terms.rate.value),
                            "amount": .money(uncapped), "cap": .money(terms.cap.value)], parameters: uses)
            context.set(.wageSubsidy, uncapped)
        }
    }

    /// The regular wage, plus the extra pay the rules count (holiday bonus and compensation are not).
    private func eligibleWage(_ job: Job, _ context: inout MonthContext) throws(ParameterLookupError) -> Money {
        var eligible = context.amount(.regularWage)
        let payments = job.extraPay.filter { $0.month == context.month }
        guard !payments.isEmpty else { return eligible }
        let rule = try context.parameters.table(Self.extraPayCounted)
        for payment in payments {
            guard case let .rate(share)? = rule.value.value(at: [payment.kind.rawValue]) else {
                throw ParameterLookupError(id: Self.extraPayCounted, date: context.parameters.date, reason: .noValue)
            }
            let counted = payment.amount.times(share)
            eligible += counted
            let kind: TraceValue = .term(payment.kind.termKey)
            context.record(counted == .zero
                ? TraceStep(WageSubsidyMessages.extraNotCounted, ["kind": kind, "amount": .money(payment.amount)], parameters: [rule.use])
                : TraceStep(WageSubsidyMessages.extraCounted, ["kind": kind, "amount": .money(counted)], parameters: [rule.use]))
        }
        return eligible
    }
}
