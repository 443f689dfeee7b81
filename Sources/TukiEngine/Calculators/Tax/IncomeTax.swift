/// Finnish income tax on earned income (wage and pensions) for one year, in the order of
/// the domain notes §4.7: net earned income → contributions → deductions → state, municipal,
/// church tax and medical care contribution → earned income credit and its spill-over → Yle tax.
/// Reads only the parameters the person's income needs, so an unknown figure for pensions
/// does not stop a wage earner's tax.
public struct IncomeTax: Sendable {
    let parameters: Parameters
    /// Whether the result carries its steps; cards and contribution figures do without.
    let recordsSteps: Bool

    public init(parameters: Parameters, recordsSteps: Bool = true) {
        self.parameters = parameters
        self.recordsSteps = recordsSteps
    }

    public func compute(_ income: AnnualIncome) throws(ParameterLookupError) -> IncomeTaxResult {
        var steps = StepLog(enabled: recordsSteps)
        steps.add(TaxMessages.income, [
            "year": .text(String(income.year)), "wage": .money(income.wage), "pension": .money(income.pension),
        ])
        let workExpense = try workExpenseDeduction(income, &steps)
        let netEarned = income.wage + income.pension - workExpense
        steps.add(TaxMessages.netEarnedIncome, ["amount": .money(netEarned)])

        let contributions = try employeeContributions(income, &steps)
        let pensionDeduction = try pensionIncomeDeduction(income, netEarned: netEarned, &steps)
        let earnedIncomeAllowance = try self.earnedIncomeAllowance(income, netEarned: netEarned, &steps)
        let base = Money.max(.zero, netEarned - contributions.deductible - pensionDeduction - earnedIncomeAllowance)
        let basicAllowance = try self.basicAllowance(base, &steps)
        let taxable = base - basicAllowance
        steps.add(TaxMessages.taxableIncome, ["amount": .money(taxable)])

        let scale = try parameters.scale("tax.state.earned_income_scale")
        let stateTax = scale.value.apply(to: taxable)
        steps.add(TaxMessages.stateTax, ["amount": .money(stateTax)], parameters: [scale.use])

        var (municipal, averageMunicipalRate) = try municipalTax(income, taxable, &steps)
        var medicalCare = try medicalCareContribution(income, taxable, netEarned: netEarned, &steps)
        var church = try churchTax(income, taxable, &steps)

        let credit = try earnedIncomeCredit(income, netEarned: netEarned, &steps)
        let stateAfterCredit = Money.max(.zero, stateTax - credit)
        let excess = Money.max(.zero, credit - stateTax)
        steps.add(TaxMessages.creditAgainstStateTax, [
            "credit": .money(credit), "stateTax": .money(stateTax), "remaining": .money(stateAfterCredit), "excess": .money(excess),
        ])
        if excess > .zero {
            let sum = municipal + medicalCare + church
            if sum > .zero {
                municipal = Self.reduced(municipal, by: excess, share: sum)
                medicalCare = Self.reduced(medicalCare, by: excess, share: sum)
                church = Self.reduced(church, by: excess, share: sum)
            }
            steps.add(TaxMessages.creditSpillOver, [
                "excess": .money(excess), "municipal": .money(municipal), "medicalCare": .money(medicalCare),
                "church": .money(church),
            ])
        }
        let yle = try yleTax(income, netEarned: netEarned, &steps)
        let withholdable = stateAfterCredit + municipal + medicalCare + church + contributions.dailyAllowance + yle
        steps.add(TaxMessages.totalTax, [
            "taxes": .money(withholdable), "contributions": .money(contributions.payroll),
            "net": .money(income.wage + income.pension - withholdable - contributions.payroll),
        ])
        return IncomeTaxResult(withholdable: withholdable, payrollContributions: contributions.payroll,
                               averageMunicipalRate: averageMunicipalRate, steps: steps.steps, unverified: steps.unverified)
    }

    /// The employee's pension and unemployment insurance contributions on the year's wage.
    /// The pension and unemployment contributions taken from pay, and the unverified values they rest on.
    public func payrollContributions(_ income: AnnualIncome) throws(ParameterLookupError) -> (amount: Money, unverified: [ParameterUse]) {
        var log = StepLog(enabled: false)
        let payroll = try employeeContributions(income, &log).payroll
        return (payroll, log.unverified)
    }

    /// What a tapered deduction or credit loses: `rate` of `income` between `start` and `secondStart`, and
    /// `secondRate` of the part above `secondStart`, each rounded to the cent.
    static func taper(_ income: Money, start: Money, rate: Rate, secondStart: Money, secondRate: Rate) -> Money {
        let firstBand = Money.min(Money.max(.zero, income - start), Money.max(.zero, secondStart - start))
        return firstBand.times(rate) + Money.max(.zero, income - secondStart).times(secondRate)
    }

    /// `component` less its share of `excess`, never below zero.
    static func reduced(_ component: Money, by excess: Money, share total: Money) -> Money {
        Money.max(.zero, component - excess.times(component.cents, over: total.cents))
    }

    struct Contributions {
        /// Pension, unemployment and daily allowance contributions: deducted from net earned income.
        let deductible: Money
        /// Pension and unemployment contributions, taken from pay by the employer.
        let payroll: Money
        let dailyAllowance: Money
    }

    private func employeeContributions(_ income: AnnualIncome, _ steps: inout StepLog) throws(ParameterLookupError) -> Contributions {
        guard income.wage > .zero else { return Contributions(deductible: .zero, payroll: .zero, dailyAllowance: .zero) }
        var pension = Money.zero
        if try ageIn("tax.contributions.tyel_employee_age_min", "tax.contributions.tyel_employee_age_max", income.age),
           try income.age <= TyELAgeLimit.lastInsuredAge(bornIn: income.birthYear, parameters).value {
            let rate = try parameters.rate((53...62).contains(income.age) ? "tax.contributions.tyel_employee_rate_age_53_62"
                                                                          : "tax.contributions.tyel_employee_rate")
            pension = income.wage.times(rate.value)
            steps.add(TaxMessages.pensionContribution, ["rate": .rate(rate.value), "amount": .money(pension)],
                         parameters: [rate.use])
        }
        var unemployment = Money.zero
        if try ageIn("tax.contributions.unemployment_employee_age_min", "tax.contributions.unemployment_employee_age_max", income.age) {
            let rate = try parameters.rate("tax.contributions.unemployment_employee_rate")
            unemployment = income.wage.times(rate.value)
            steps.add(TaxMessages.unemploymentContribution, ["rate": .rate(rate.value), "amount": .money(unemployment)],
                         parameters: [rate.use])
        }
        var dailyAllowance = Money.zero
        if try ageIn("tax.contributions.pvm_age_min", "tax.contributions.pvm_age_max", income.age) {
            let threshold = try parameters.amount("tax.contributions.pvm_threshold")
            if income.wage >= threshold.value {
                let rate = try parameters.rate("tax.contributions.pvm_rate")
                dailyAllowance = income.wage.times(rate.value)
                steps.add(TaxMessages.dailyAllowanceContribution, [
                    "rate": .rate(rate.value), "threshold": .money(threshold.value), "amount": .money(dailyAllowance),
                ], parameters: [rate.use, threshold.use])
            } else {
                steps.add(TaxMessages.dailyAllowanceBelowThreshold,
                             ["wage": .money(income.wage), "threshold": .money(threshold.value)], parameters: [threshold.use])
            }
        }
        return Contributions(deductible: pension + unemployment + dailyAllowance, payroll: pension + unemployment,
                             dailyAllowance: dailyAllowance)
    }

    private func ageIn(_ minimum: ParameterID, _ maximum: ParameterID, _ age: Int) throws(ParameterLookupError) -> Bool {
        let lowest = try parameters.count(minimum).value
        let highest = try parameters.count(maximum).value
        return lowest <= age && age <= highest
    }

    /// The municipal tax, and the average rate when the municipality's own rate is not in the rules.
    private func municipalTax(_ income: AnnualIncome, _ taxable: Money,
                              _ steps: inout StepLog) throws(ParameterLookupError) -> (Money, Resolved<Rate>?) {
        let table = try parameters.table("tax.municipal.rate")
        if let name = income.municipality, let (municipality, step) = MunicipalityName.key(name, in: table.value, parameters),
           case let .rate(rate)? = table.value.value(at: [municipality]) {
            if let (kind, values, use) = step { steps.add(kind, values, parameters: [use]) }
            let amount = taxable.times(rate)
            steps.add(TaxMessages.municipalTax, ["municipality": .text(municipality), "rate": .rate(rate),
                                                    "amount": .money(amount)], parameters: [table.use])
            return (amount, nil)
        }
        let average = try parameters.rate("tax.municipal.average_rate")
        let amount = taxable.times(average.value)
        steps.add(TaxMessages.municipalAverageRate, ["rate": .rate(average.value)], parameters: [average.use])
        steps.add(TaxMessages.municipalTaxAtAverage, ["rate": .rate(average.value), "amount": .money(amount)],
                  parameters: [average.use])
        return (amount, average)
    }

    /// Wage income pays the wage rate and pensions the benefit rate, each on its share of taxable income.
    private func medicalCareContribution(_ income: AnnualIncome, _ taxable: Money, netEarned: Money,
                                         _ steps: inout StepLog) throws(ParameterLookupError) -> Money {
        guard netEarned > .zero else { return .zero }
        var amount = Money.zero
        var uses: [ParameterUse] = []
        let netWage = netEarned - income.pension
        if netWage > .zero {
            let rate = try parameters.rate("tax.contributions.shm_wage_rate")
            amount += taxable.times(netWage.cents, over: netEarned.cents).times(rate.value)
            uses.append(rate.use)
        }
        if income.pension > .zero {
            let rate = try parameters.rate("tax.contributions.shm_benefit_rate")
            amount += taxable.times(income.pension.cents, over: netEarned.cents).times(rate.value)
            uses.append(rate.use)
        }
        steps.add(TaxMessages.medicalCareContribution, ["amount": .money(amount)], parameters: uses)
        return amount
    }

    private func churchTax(_ income: AnnualIncome, _ taxable: Money, _ steps: inout StepLog) throws(ParameterLookupError) -> Money {
        guard income.churchMember else { return .zero }
        let rate = try parameters.rate("tax.church.average_rate")
        let amount = taxable.times(rate.value)
        steps.add(TaxMessages.churchTax, ["rate": .rate(rate.value), "amount": .money(amount)], parameters: [rate.use])
        return amount
    }

    private func earnedIncomeCredit(_ income: AnnualIncome, netEarned: Money,
                                    _ steps: inout StepLog) throws(ParameterLookupError) -> Money {
        guard income.wage > .zero else { return .zero }
        let rate = try parameters.rate("tax.deductions.earned_income_credit_rate")
        let maximum = try parameters.amount("tax.deductions.earned_income_credit_max")
        var uses = [rate.use, maximum.use]
        var cap = maximum.value
        // The age increment goes to those who turned 65 before the tax year began.
        if income.age - 1 >= 65 {
            let increment = try parameters.amount("tax.deductions.earned_income_credit_age_increment")
            cap += increment.value
            uses.append(increment.use)
        }
        // Not in force in 2024: no increment then. Doubled for a sole guardian.
        if income.children > 0, let child = try parameters.amountIfInForce("tax.deductions.earned_income_credit_child_increment") {
            let total = child.value * Int64(income.children) * (income.soleGuardian ? 2 : 1)
            cap += total
            uses.append(child.use)
            steps.add(TaxMessages.earnedIncomeCreditChildren, [
                "children": .count(income.children), "increment": .money(child.value),
                "soleGuardian": .text(income.soleGuardian ? "yes" : "no"), "total": .money(total),
            ], parameters: [child.use])
        }
        let start = try parameters.amount("tax.deductions.earned_income_credit_phaseout_start")
        let phaseOut = try parameters.rate("tax.deductions.earned_income_credit_phaseout_rate")
        let secondStart = try parameters.amount("tax.deductions.earned_income_credit_phaseout_second_start")
        let secondRate = try parameters.rate("tax.deductions.earned_income_credit_phaseout_second_rate")
        uses += [start.use, phaseOut.use, secondStart.use, secondRate.use]
        let reduction = Self.taper(netEarned, start: start.value, rate: phaseOut.value, secondStart: secondStart.value,
                                   secondRate: secondRate.value)
        let amount = Money.max(.zero, Money.min(income.wage.times(rate.value), cap) - reduction)
        steps.add(TaxMessages.earnedIncomeCredit, [
            "rate": .rate(rate.value), "wage": .money(income.wage), "maximum": .money(cap), "reduction": .money(reduction),
            "amount": .money(amount),
        ], parameters: uses)
        return amount
    }

    private func yleTax(_ income: AnnualIncome, netEarned: Money, _ steps: inout StepLog) throws(ParameterLookupError) -> Money {
        let minimumAge = try parameters.count("tax.yle.age_min")
        guard income.age >= minimumAge.value else { return .zero }
        let rate = try parameters.rate("tax.yle.rate")
        let threshold = try parameters.amount("tax.yle.threshold")
        let maximum = try parameters.amount("tax.yle.max")
        let amount = Money.min(maximum.value, Money.max(.zero, netEarned - threshold.value).times(rate.value))
        steps.add(TaxMessages.yleTax, ["rate": .rate(rate.value), "threshold": .money(threshold.value),
                                          "maximum": .money(maximum.value), "amount": .money(amount)],
                  parameters: [rate.use, threshold.use, maximum.use])
        return amount
    }
}
