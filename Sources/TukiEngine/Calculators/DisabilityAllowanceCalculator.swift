/// Disability allowance (or, for a pensioner, the care allowance for pensioners): a fixed
/// amount by level that income does not change.
public struct DisabilityAllowanceCalculator: Calculator {
    public init() {}
    public var name: CalculatorName { .disabilityAllowance }
    public var reads: [CalculatorRequirement.Read] { [.init(Self.adult, .table), .init(Self.pensioner, .table)] }

    static let adult: ParameterID = "benefits.disability_allowance.adult_allowance"
    static let pensioner: ParameterID = "benefits.disability_allowance.pensioner_care_allowance"

    public func compute(_ context: inout MonthContext) throws(ParameterLookupError) {
        let benefits = context.scenario.benefits
        guard benefits.disabilityAllowance != .none else { return }
        let forPensioner = benefits.receivesDisabilityPension
        let level = benefits.disabilityAllowance.rawValue
        let benefit = TraceValue.term(forPensioner ? "term.benefit.pensionerCareAllowance" : "term.benefit.adultDisabilityAllowance")
        if let decided = benefits.disabilityAllowanceMonthly {
            context.record(PensionMessages.allowanceFromDecision,
                           ["benefit": benefit, "level": .term("term.allowance.\(level)"), "amount": .money(decided)])
            context.set(.disabilityAllowance, decided)
            return
        }
        let table: Resolved<Table>
        let amount: Money
        do {
            table = try context.parameters.table(forPensioner ? Self.pensioner : Self.adult)
            amount = try table.value.amount(at: [level], parameter: table.use, date: context.parameters.date)
        } catch {
            context.warn(PensionMessages.giveFromDecision("benefits.disabilityAllowance.monthly", .allowance))
            throw error
        }
        context.record(PensionMessages.allowanceAmount, [
            "benefit": benefit, "level": .term("term.allowance.\(level)"), "amount": .money(amount),
        ], parameters: [table.use])
        context.set(.disabilityAllowance, amount)
    }
}
