/// After the months are computed: taxes per calendar year, withholding and net income per month.
///
/// A year is completed from the simulated months: months before the simulation are the first
/// month's baseline (the situation before the job), or for a job already going on then the first month with it,
/// months after it the variant's last month without its one-off
/// pay, or, after the job has ended, the baseline's last month; with the job, each with the extra pay the scenario
/// gives for it.
struct TaxYearPhase {
    let rules: RuleSet
    let pinnedDate: Day?
    /// Whether the tax's steps are kept (see `Simulation.tracing`).
    let tracing: Bool

    func apply(_ scenario: Scenario, baseline: inout [MonthFigures], withJob: inout [MonthFigures]) -> [TaxYearResult] {
        let months = scenario.simulatedMonths
        var results: [TaxYearResult] = []
        for year in Set(months.map(\.year)).sorted() {
            let parameters = rules.at(pinnedDate ?? Day(year: year, month: 1, day: 1)!)
            let calendar = (1...12).map { YearMonth(year: year, month: $0)! }
            func fill(_ figures: [MonthFigures], job: Job? = nil) -> [MonthFigures] {
                calendar.map { month in
                    if let index = months.firstIndex(of: month) { return figures[index] }
                    let extra = job?.extraPay.filter { $0.month == month }.map(\.amount).sum() ?? .zero
                    // Before the calculation: without the job, or a job already going on as its first month.
                    if month < scenario.start {
                        return job?.isActive(in: month) == true ? figures[0].withoutExtraPay.withExtraPay(extra) : baseline[0]
                    }
                    // After the calculation: the job's usual month, or without the job once it has ended, with any
                    // extra pay the scenario gives for that month.
                    let repeated = job?.end.map { month > $0 } == true ? baseline[baseline.count - 1] : figures[figures.count - 1].withoutExtraPay
                    return repeated.withExtraPay(extra)
                }
            }
            let baselineYear = fill(baseline)
            let jobYear = fill(withJob, job: scenario.job)
            var context = YearContext(scenario: scenario, year: year, calendar: calendar, parameters: parameters,
                                      baselineYear: baselineYear, tracing: tracing, startingCard: nil)
            context.startingCard = context.computeStartingCard()
            if let result = context.run(.baseline, baselineYear, into: &baseline, simulated: months) { results.append(result) }
            if let result = context.run(.withJob, jobYear, into: &withJob, simulated: months) { results.append(result) }
            context.withholdBeforeTheJob(baseline: baseline, into: &withJob, simulated: months)
        }
        return results
    }
}

/// The tax of one calendar year, for either variant.
private struct YearContext {
    let scenario: Scenario
    let year: Int
    let calendar: [YearMonth]
    let parameters: Parameters
    let baselineYear: [MonthFigures]
    let tracing: Bool
    /// The card the year starts with, the same for both variants; nil when the year's income is not known.
    var startingCard: Result<TaxCard, ParameterLookupError>?

    var age: Int { year - scenario.person.birthYear }

    func estimate(_ figures: [MonthFigures]) -> AnnualIncome? {
        let taxedBenefits = scenario.receivedBenefitLines.filter(AmountLine.pensions.contains)
        for month in figures where taxedBenefits.contains(where: { month.amounts[$0] == nil }) { return nil }
        let wages = wageOnly(figures)
        return wages.with(wage: wages.wage, pension: figures.map(\.amounts.pensionsTotal).sum())
    }

    /// The year's wage without its pensions: enough for the contributions taken from pay, which rest on the wage
    /// alone, when a pension's amount is not known.
    func wageOnly(_ figures: [MonthFigures]) -> AnnualIncome {
        AnnualIncome(year: year, wage: figures.compactMap { $0.amounts[.grossWage] }.sum(), pension: .zero, age: age,
                     children: scenario.household.children, soleGuardian: scenario.household.isSoleGuardian,
                     municipality: scenario.person.municipality, churchMember: scenario.person.churchMember)
    }

    func run(_ variant: Variant, _ figures: [MonthFigures], into simulated: inout [MonthFigures],
             simulated months: [YearMonth]) -> TaxYearResult? {
        guard let estimate = estimate(figures) else {
            let month = calendar.first { months.contains($0) }!
            let index = months.firstIndex(of: month)!
            simulated[index] = simulated[index].adding(warnings: [Warning(TaxMessages.warnIncomeUnknown,
                                                                          ["year": .text(String(year))], severity: .problem, month: month)])
            contributionsWithoutCard(figures, wageOnly(figures), into: &simulated, simulated: months, known: false)
            return nil
        }
        var warnings: [Warning] = []
        let final: IncomeTaxResult?
        do {
            final = try IncomeTax(parameters: parameters, recordsSteps: tracing).compute(estimate)
            let firstMonth = calendar.first { months.contains($0) }
            if let average = final?.averageMunicipalRate {
                let statement: (MessageKind, StatementValues) = scenario.person.municipality.map {
                    (TaxMessages.warnMunicipalAverage, ["municipality": .text($0), "rate": .rate(average.value)])
                } ?? (TaxMessages.warnMunicipalityMissing, ["rate": .rate(average.value)])
                warnings.append(Warning(statement.0, statement.1, severity: .caution, month: firstMonth, parameters: [average.use]))
            }
            warnings += (final?.unverified ?? []).map { SimulationMessages.unverified($0, month: firstMonth, parameters) }
        } catch {
            final = nil
            warnings.append(stopped(error, month: calendar.first { months.contains($0) }!))
        }
        let firstCard: TaxCard
        do {
            guard let startingCard else { return nil }
            firstCard = try startingCard.get()
        } catch {
            let month = calendar.first { months.contains($0) }!
            if let index = months.firstIndex(of: month) {
                simulated[index] = simulated[index].adding(warnings: warnings.isEmpty ? [stopped(error, month: month)] : warnings)
            }
            contributionsWithoutCard(figures, estimate, into: &simulated, simulated: months, known: final != nil)
            return nil
        }
        var annualPayroll: Money?
        do {
            let payroll = try IncomeTax(parameters: parameters, recordsSteps: false).payrollContributions(estimate)
            annualPayroll = payroll.amount
            if let before = try? IncomeTax(parameters: parameters, recordsSteps: false).payrollContributions(estimate.beforeBirthday).amount,
               before != payroll.amount {
                warnings.append(Warning(TaxMessages.warnContributionsChangeAtBirthday, [
                    "year": .text(String(year)), "age": .count(age), "used": .money(payroll.amount), "before": .money(before),
                ], severity: .caution, month: calendar.first { months.contains($0) }))
            }
            // With the year's tax known, its own warnings already name these values.
            if final == nil {
                let firstMonth = calendar.first { months.contains($0) }
                warnings += payroll.unverified.map { SimulationMessages.unverified($0, month: firstMonth, parameters) }
            }
        } catch {
            annualPayroll = nil
            if final != nil { warnings.append(stopped(error, month: calendar.first { months.contains($0) }!)) }
        }
        if scenario.tax.currentCard == nil {
            warnings.append(Warning(TaxMessages.warnCardMethod, severity: .info, month: calendar.first { months.contains($0) }))
        }
        // Months after the simulation repeat its last month, which may be in the middle of a rest or a short job.
        if variant == .withJob, let last = months.last(where: { $0.year == year }), last.month < 12 {
            warnings.append(Warning(TaxMessages.warnYearCompleted, ["year": .text(String(year)), "last": .month(last)],
                                    severity: .info, month: calendar.first { months.contains($0) }))
        }
        var revised: (card: TaxCard, from: YearMonth)?
        var card = firstCard
        var wagePaid = Money.zero
        var pensionPaid = Money.zero
        var withheld = Money.zero
        var withheldKeepingCard = Money.zero
        var limitWarned = false
        for (index, month) in calendar.enumerated() {
            let wage = figures[index].amounts[.grossWage] ?? .zero
            let pension = figures[index].amounts.pensionsTotal
            if variant == .withJob, revised == nil, scenario.tax.revisedCard, final != nil, wage > .zero, wagePaid == .zero,
               let newCard = try? TaxCardCalculation(parameters: parameters).card(for: estimate, pensionPaid: pensionPaid, taxWithheld: withheld) {
                revised = (newCard, month)
                card = newCard
            }
            let wageParts = card.wageParts(wage, paidBefore: wagePaid)
            let fromWage = card.wageWithholding(wage, paidBefore: wagePaid)
            let fromPension = pension.times(card.pensionRate)
            withheldKeepingCard += firstCard.wageWithholding(wage, paidBefore: wagePaid) + pension.times(firstCard.pensionRate)
            if !limitWarned, wage > .zero, wagePaid + wage > card.incomeLimit {
                limitWarned = true
                warnings.append(Warning(TaxMessages.warnIncomeLimitExceeded, [
                    "incomeLimit": .money(card.incomeLimit), "additionalRate": .rate(card.additionalRate),
                ], severity: .caution, month: month, parameters: card.citedRules))
            }
            wagePaid += wage
            pensionPaid += pension
            withheld += fromWage + fromPension
            guard let simulatedIndex = months.firstIndex(of: month) else { continue }
            simulated[simulatedIndex] = monthWithTax(simulated[simulatedIndex], month: month, wage: wageParts, pension: pension,
                                                     card: card, fromWage: fromWage, fromPension: fromPension,
                                                     payroll: annualPayroll.map { share(of: $0, wage: wage, estimate) },
                                                     warnings: warnings.filter { $0.month == month })
        }
        let comparable = scenario.tax.currentCard != nil
        if final != nil, let revised, !comparable || withheldKeepingCard != withheld, let index = months.firstIndex(of: revised.from) {
            // A new wage needs a card; with the person's current card given, only when it would withhold differently.
            simulated[index] = simulated[index].adding(warnings: [Warning(TaxMessages.warnRevisedCard, [
                "baseRate": .rate(revised.card.baseRate), "incomeLimit": .money(revised.card.incomeLimit),
                "additionalRate": .rate(revised.card.additionalRate),
            ], severity: .info, month: revised.from, parameters: revised.card.citedRules)])
        }
        if let final {
            let residual = final.withholdable - withheld
            let lastMonth = months.last { $0.year == year }!
            let kind = residual > .zero ? TaxMessages.warnResidualTax : residual < .zero ? TaxMessages.warnRefund : nil
            if let kind, variant == .withJob, let index = months.firstIndex(of: lastMonth) {
                simulated[index] = simulated[index].adding(warnings: [Warning(kind, [
                    "year": .text(String(year)), "amount": .money(residual > .zero ? residual : -residual),
                ], severity: residual > .zero ? .caution : .info, month: lastMonth)])
            }
        }
        return TaxYearResult(year: year, variant: variant, estimate: estimate, finalTax: final?.withholdable,
                             card: firstCard, cardGiven: scenario.tax.currentCard != nil, revisedCard: revised, withheld: withheld,
                             withheldKeepingCard: comparable ? withheldKeepingCard : nil, steps: final?.steps ?? [])
    }

    /// Without a tax card (a figure it needs is missing) nothing can be withheld, but the contributions taken from pay
    /// rest on the wage alone: each month gets its share when the year's are known.
    private func contributionsWithoutCard(_ figures: [MonthFigures], _ estimate: AnnualIncome, into simulated: inout [MonthFigures],
                                          simulated months: [YearMonth], known final: Bool) {
        guard let payroll = try? IncomeTax(parameters: parameters, recordsSteps: false).payrollContributions(estimate) else { return }
        let firstMonth = calendar.first { months.contains($0) }
        for (index, month) in calendar.enumerated() {
            guard let simulatedIndex = months.firstIndex(of: month) else { continue }
            let amount = share(of: payroll.amount, wage: figures[index].amounts[.grossWage] ?? .zero, estimate)
            let unverified = final || month != firstMonth ? [] : payroll.unverified.map { SimulationMessages.unverified($0, month: month, parameters) }
            simulated[simulatedIndex] = simulated[simulatedIndex].adding(amounts: [.payrollContributions: amount], warnings: unverified)
        }
    }

    /// Before the job starts, a with-job month is the situation before the job, withheld on the same starting card:
    /// its tax, contributions and net income are the baseline month's, known even when the with-job year's are not.
    func withholdBeforeTheJob(baseline: [MonthFigures], into simulated: inout [MonthFigures], simulated months: [YearMonth]) {
        guard let job = scenario.job else { return }
        for (index, month) in months.enumerated() where month.year == year {
            guard !job.isActive(in: month), !months[..<index].contains(where: job.isActive) else { break }
            guard simulated[index].amounts[.withheldTax] == nil, baseline[index].amounts[.withheldTax] != nil else { continue }
            var amounts = LineAmounts()
            for line in [AmountLine.withheldTax, .payrollContributions, .netIncome] { amounts[line] = baseline[index].amounts[line] }
            simulated[index] = simulated[index].adding(amounts: amounts)
        }
    }

    /// The person's current card when given, else the card for the situation before the job.
    func computeStartingCard() -> Result<TaxCard, ParameterLookupError>? {
        if let given = scenario.tax.currentCard { return .success(given) }
        guard let baselineEstimate = estimate(baselineYear) else { return nil }
        do {
            return .success(try TaxCardCalculation(parameters: parameters).card(for: baselineEstimate))
        } catch {
            return .failure(error)
        }
    }

    private func stopped(_ error: ParameterLookupError, month: YearMonth) -> Warning {
        SimulationMessages.stopped(.tax, error, month: month, parameters)
    }

    /// The month's part of the year's contributions, in proportion to its wage.
    private func share(of annual: Money, wage: Money, _ estimate: AnnualIncome) -> Money {
        guard wage > .zero, estimate.wage > .zero else { return .zero }
        return annual.times(wage.cents, over: estimate.wage.cents)
    }

    /// Writes the month's withholding; the contributions when they are known, and the net income when they and the
    /// month's total income are.
    /// An unverified rule value behind the card's additional rate warns in each month the rate is applied.
    private func monthWithTax(_ figures: MonthFigures, month: YearMonth, wage: (withinLimit: Money, overLimit: Money),
                              pension: Money, card: TaxCard, fromWage: Money, fromPension: Money, payroll: Money?,
                              warnings: [Warning]) -> MonthFigures {
        var steps = StepLog(enabled: tracing)
        if wage.overLimit > .zero && wage.withinLimit == .zero {
            steps.add(TaxMessages.withheldWageAdditional, ["wage": .money(wage.overLimit), "rate": .rate(card.additionalRate),
                                                            "amount": .money(fromWage)], parameters: card.citedRules)
        } else if wage.overLimit > .zero {
            steps.add(TaxMessages.withheldWageOverLimit, [
                "withinLimit": .money(wage.withinLimit), "baseRate": .rate(card.baseRate), "overLimit": .money(wage.overLimit),
                "additionalRate": .rate(card.additionalRate), "amount": .money(fromWage),
            ], parameters: card.citedRules)
        } else if wage.withinLimit > .zero {
            steps.add(TaxMessages.withheldWage, ["wage": .money(wage.withinLimit), "rate": .rate(card.baseRate), "amount": .money(fromWage)])
        }
        if pension > .zero {
            steps.add(TaxMessages.withheldPension, ["pension": .money(pension), "rate": .rate(card.pensionRate), "amount": .money(fromPension)])
        }
        let warnings = warnings + steps.unverified.map { SimulationMessages.unverified($0, month: month, parameters) }
        let withheld = fromWage + fromPension
        guard let payroll else { return figures.adding(amounts: [.withheldTax: withheld], trace: steps.steps, warnings: warnings) }
        if payroll > .zero { steps.add(TaxMessages.payrollContributions, ["amount": .money(payroll)]) }
        guard let total = figures.amounts[.totalIncome] else {
            return figures.adding(amounts: [.withheldTax: withheld, .payrollContributions: payroll], trace: steps.steps, warnings: warnings)
        }
        let net = total - withheld - payroll
        steps.add(TaxMessages.netIncome, ["total": .money(total), "withheld": .money(withheld),
                                          "contributions": .money(payroll), "net": .money(net)])
        return figures.adding(amounts: [.withheldTax: withheld, .payrollContributions: payroll, .netIncome: net],
                              trace: steps.steps, warnings: warnings)
    }
}
