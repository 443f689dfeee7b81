/// The month's income before tax: the wage and every benefit computed so far.
public struct IncomeTotalCalculator: Calculator {
    public init() {}
    public var name: CalculatorName { .incomeTotal }
    public var reads: [CalculatorRequirement.Read] { [] }

    static let parts: [AmountLine] = [.grossWage, .kelaDisabilityPension, .guaranteePension, .earningsRelatedPension,
                                      .disabilityAllowance, .housingAllowance]

    public func compute(_ context: inout MonthContext) {
        let total = Self.parts.compactMap { context.figures[$0] }.sum()
        context.record(TraceStep(PensionMessages.totalIncome, ["total": .money(total)]))
        context.set(.totalIncome, total)
    }
}
