/// Runs a scenario through the calculators, month by month, baseline and with the job.
public struct Simulation: Sendable {
    public let rules: RuleSet
    public let calculators: [any Calculator]
    /// When set, every month uses the rules in force on this date instead of its own first day.
    public let pinnedDate: Day?
    /// Whether the results keep their trace steps. Without them (a batch, an answer without its trace) the
    /// figures and warnings are the same, unverified values included, and the steps' values are never built.
    public let tracing: Bool
    /// Whether hourly pay counted in average months is also run in the real calendar's months, to warn where a
    /// month with more working days stops a benefit or crosses an earnings limit (`BusyMonthsCheck`).
    public let checksBusyMonths: Bool

    public init(rules: RuleSet, calculators: [any Calculator] = StandardCalculators.all, pinnedDate: Day? = nil,
                tracing: Bool = true, checksBusyMonths: Bool = true) {
        self.rules = rules
        self.calculators = calculators
        self.pinnedDate = pinnedDate
        self.tracing = tracing
        self.checksBusyMonths = checksBusyMonths
    }

    public func run(_ scenario: Scenario) -> SimulationResult {
        var baselineMonths = months(scenario, .baseline)
        var jobMonths = months(scenario, .withJob, baseline: baselineMonths)
        let taxYears = TaxYearPhase(rules: rules, pinnedDate: pinnedDate, tracing: tracing).apply(scenario, baseline: &baselineMonths, withJob: &jobMonths)
        if checksBusyMonths, let job = scenario.job, job.averagesHourlyPay, BusyMonthsCheck.applies(to: scenario) {
            BusyMonthsCheck(self).mark(&jobMonths, baseline: baselineMonths, scenario, job: job)
            if let busier = BusierMonth(scenario, job: job), let index = scenario.simulatedMonths.firstIndex(where: job.isActive),
               let warning = BusyMonthsCheck(self).outside(busier, scenario, job: job).warning(busier, shownIn: scenario.simulatedMonths[index]) {
                jobMonths[index] = jobMonths[index].adding(warnings: [warning])
            }
        }
        let months = scenario.simulatedMonths.enumerated().map { index, month in
            MonthResult(month: month, asOf: pinnedDate ?? month.firstDay, baseline: baselineMonths[index], withJob: jobMonths[index])
        }
        return SimulationResult(scenarioName: scenario.name, ruleSet: rules.stamp, pinnedDate: pinnedDate, months: months,
                                taxYears: taxYears, receivedBenefits: scenario.receivedBenefitLines)
    }

    /// One variant's months before tax, each computed with the rules in force on its first day (or the pinned date).
    /// The variant with the job can see the baseline's same month (e.g. the income a housing allowance was set on).
    func months(_ scenario: Scenario, _ variant: Variant, baseline: [MonthFigures]? = nil) -> [MonthFigures] {
        var computed: [MonthFigures] = []
        for (index, month) in scenario.simulatedMonths.enumerated() {
            computed.append(figures(scenario, month, variant, rules.at(pinnedDate ?? month.firstDay), computed, baseline?[index]))
        }
        return computed
    }

    private func figures(_ scenario: Scenario, _ month: YearMonth, _ variant: Variant, _ parameters: Parameters,
                         _ previousMonths: [MonthFigures], _ baseline: MonthFigures?) -> MonthFigures {
        var context = MonthContext(scenario: scenario, month: month, variant: variant, parameters: parameters,
                                   previousMonths: previousMonths, baseline: baseline, tracing: tracing)
        Self.compute(calculators, in: &context)
        if month == scenario.start && variant == .baseline {
            if scenario.job?.employer?.appliesForSubsidies == true {
                context.warn(Warning(SimulationMessages.employerView, severity: .info))
            }
            Self.datesOutsideSimulation(scenario).forEach { context.warn($0) }
        }
        let carried = scenario.benefits.yearlyRevisedDecisionFields
        if variant == .baseline, month.month == 1, month != scenario.start, !carried.isEmpty {
            context.warn(Warning(SimulationMessages.decisionFiguresCarried, ["year": .text(String(month.year)),
                                                                           "fields": .text(carried.joined(separator: ", ")),
                                                                           "count": .count(carried.count)],
                                 severity: .caution, month: month))
        }
        return context.result
    }

    /// A job or extra pay the simulated months do not reach, most likely a mistyped year: left unsaid, the figures
    /// with the job would look as if the job changed nothing.
    static func datesOutsideSimulation(_ scenario: Scenario) -> [Warning] {
        guard let job = scenario.job else { return [] }
        let first = scenario.start, last = scenario.lastMonth
        let period: StatementValues = ["first": .month(first), "last": .month(last)]
        var warnings: [Warning] = []
        if scenario.monthsWithJob == 0 {
            warnings.append(Warning(SimulationMessages.jobOutsideSimulation,
                                    period.merging(["start": .month(job.start), "ends": .text(job.end == nil ? "no" : "yes"),
                                                   "end": .month(job.end ?? job.start)]) { $1 },
                                    severity: .problem))
        }
        for pay in job.extraPay where !(first.year...last.year).contains(pay.month.year) {
            warnings.append(Warning(SimulationMessages.extraPayOutsideSimulation,
                                    period.merging(["kind": .term(pay.kind.termKey), "month": .month(pay.month)]) { $1 },
                                    severity: .problem))
        }
        return warnings
    }

    /// Runs the calculators in order; one that cannot get a parameter stops with a warning naming it.
    static func compute(_ calculators: [any Calculator], in context: inout MonthContext) {
        for calculator in calculators {
            do {
                try calculator.compute(&context)
            } catch {
                context.warn(SimulationMessages.stopped(calculator.name, error, month: context.month, context.parameters))
            }
        }
    }
}
