/// The deductions from earned income (work expenses, pension income, the 2024 earned income allowance and the
/// basic allowance), each recording its step.
extension IncomeTax {
    func workExpenseDeduction(_ income: AnnualIncome, _ steps: inout StepLog) throws(ParameterLookupError) -> Money {
        guard income.wage > .zero else { return .zero }
        let deduction = try parameters.amount("tax.deductions.work_expense_deduction")
        let amount = Money.min(deduction.value, income.wage)
        steps.add(TaxMessages.workExpenseDeduction, ["amount": .money(amount)], parameters: [deduction.use])
        return amount
    }

    func pensionIncomeDeduction(_ income: AnnualIncome, netEarned: Money,
                                _ steps: inout StepLog) throws(ParameterLookupError) -> Money {
        guard income.pension > .zero else { return .zero }
        let full = try parameters.amount("tax.deductions.pension_income_deduction_full")
        let taper = try parameters.rate("tax.deductions.pension_income_deduction_taper")
        let secondStart = try parameters.amount("tax.deductions.pension_income_deduction_second_start")
        let secondTaper = try parameters.rate("tax.deductions.pension_income_deduction_second_taper")
        // TVL 101 §: the first rate on net earned income from the full amount up to the second start, the second above it.
        let reduction = Self.taper(netEarned, start: full.value, rate: taper.value, secondStart: secondStart.value,
                                   secondRate: secondTaper.value)
        let amount = Money.min(income.pension, Money.max(.zero, full.value - reduction))
        steps.add(TaxMessages.pensionIncomeDeduction, ["amount": .money(amount)],
                  parameters: [full.use, taper.use, secondStart.use, secondTaper.use])
        return amount
    }

    /// The earned income allowance (TVL 105 a §, abolished from 2025): accrued from the wage by the scale, at most
    /// the maximum, less a share of net earned income (pensions included) over the phase-out start.
    func earnedIncomeAllowance(_ income: AnnualIncome, netEarned: Money,
                               _ steps: inout StepLog) throws(ParameterLookupError) -> Money {
        guard income.wage > .zero, let maximum = try parameters.amountIfInForce("tax.deductions.earned_income_allowance_max") else {
            return .zero
        }
        let scale = try parameters.scale("tax.deductions.earned_income_allowance_scale")
        let start = try parameters.amount("tax.deductions.earned_income_allowance_phaseout_start")
        let rate = try parameters.rate("tax.deductions.earned_income_allowance_phaseout_rate")
        let accrued = scale.value.apply(to: income.wage)
        let reduction = Money.max(.zero, netEarned - start.value).times(rate.value)
        let amount = Money.max(.zero, Money.min(accrued, maximum.value) - reduction)
        steps.add(TaxMessages.earnedIncomeAllowance, [
            "wage": .money(income.wage), "accrued": .money(accrued), "maximum": .money(maximum.value),
            "reduction": .money(reduction), "amount": .money(amount),
        ], parameters: [scale.use, maximum.use, start.use, rate.use])
        return amount
    }

    func basicAllowance(_ base: Money, _ steps: inout StepLog) throws(ParameterLookupError) -> Money {
        let maximum = try parameters.amount("tax.deductions.basic_allowance_max")
        let taper = try parameters.rate("tax.deductions.basic_allowance_taper")
        let amount = base <= maximum.value ? base
            : Money.max(.zero, maximum.value - (base - maximum.value).times(taper.value))
        steps.add(TaxMessages.basicAllowance,
                     ["base": .money(base), "maximum": .money(maximum.value), "amount": .money(amount)],
                     parameters: [maximum.use, taper.use])
        return amount
    }
}
