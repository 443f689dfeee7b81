/// Disability allowance (or, for a pensioner, the care allowance for pensioners): a fixed
/// amount by level that income does not change.
public struct DisabilityAllowanceCalculator: Calculator {
    public init() {}
    public var name: CalculatorName { .disabilityAllowance }
    public var reads: [CalculatorRequirement.Read] {
        [.init(Self.adult, .table), .init(Self.pensioner, .table), .init(Self.restingAct, .flag)]
    }

    static let adult: ParameterID = "benefits.disability_allowance.adult_allowance"
    static let pensioner: ParameterID = "benefits.disability_allowance.pensioner_care_allowance"
    /// Act 738/2009, whose rules on benefits during a rest were in force until the end of 2024.
    static let restingAct: ParameterID = "pension.kela.act_738_2009_in_force"

    public func compute(_ context: inout MonthContext) throws(ParameterLookupError) {
        let benefits = context.scenario.benefits
        guard benefits.disabilityAllowance != .none else { return }
        let forPensioner = benefits.receivesDisabilityPension
        let level = benefits.disabilityAllowance.rawValue
        let benefit = TraceValue.term(forPensioner ? "term.benefit.pensionerCareAllowance" : "term.benefit.adultDisabilityAllowance")
        if forPensioner { try warnIfPensionRests(&context) }
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

    /// The care allowance for pensioners needs a pension being paid. During a rest, someone who had it could get a
    /// benefit the size of the highest disability allowance instead (738/2009, a secondary source); after that act
    /// the rule was not found. The table keeps the care allowance, and the first month of each rest (and each January it goes on) says so.
    private func warnIfPensionRests(_ context: inout MonthContext) throws(ParameterLookupError) {
        guard context.isRestToBeToldOf("benefits.care_allowance.pension_resting") else { return }
        let act = try context.parameters.flag(Self.restingAct)
        context.warn(Warning(PensionMessages.warnCareAllowanceDuringRest, [
            "year": .text(String(context.month.year)), "actInForce": .text(act.value ? "yes" : "no"),
        ], severity: .caution, month: context.month, parameters: [act.use]))
    }
}
