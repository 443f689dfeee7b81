/// The month's income before tax: the wage and every benefit computed so far.
public struct IncomeTotalCalculator: Calculator {
    public init() {}
    public var name: CalculatorName { .incomeTotal }
    public var reads: [CalculatorRequirement.Read] { [] }

    static let parts: [AmountLine] = [.grossWage, .kelaDisabilityPension, .guaranteePension, .earningsRelatedPension,
                                      .disabilityAllowance, .housingAllowance]

    /// Without the amount of a benefit the person receives, the total is unknown: no line rather than a
    /// total that silently counts that benefit as zero.
    public func compute(_ context: inout MonthContext) {
        let unknown = context.scenario.receivedBenefitLines.filter { context.figures[$0] == nil }
        guard unknown.isEmpty else {
            context.record(SimulationMessages.totalIncomeUnknown, ["lines": .terms(unknown.map(\.termKey)), "count": .count(unknown.count)])
            return
        }
        let total = Self.parts.compactMap { context.figures[$0] }.sum()
        context.record(PensionMessages.totalIncome, ["total": .money(total)])
        context.set(.totalIncome, total)
    }
}
