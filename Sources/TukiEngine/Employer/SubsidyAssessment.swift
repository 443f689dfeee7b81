/// The employer view of a scenario: the subsidy decisions at the job's start, then the job's months
/// with the wage, the employer's costs and the subsidies.
public struct SubsidyAssessment: Sendable {
    public let rules: RuleSet
    /// When set, the decision and every month use the rules in force on this date.
    public let pinnedDate: Day?

    public init(rules: RuleSet, pinnedDate: Day? = nil) {
        self.rules = rules
        self.pinnedDate = pinnedDate
    }

    /// Every parameter the employer view reads, checked against the rules before any run.
    public static var requirements: [CalculatorRequirement] {
        [CalculatorRequirement(calculator: .wageSubsidy, reads: WageSubsidyDecision.reads + WageSubsidyCalculator.reads),
         CalculatorRequirement(calculator: .adaptationSubsidy, reads: AdaptationSubsidyDecision.reads),
         EmployerCostCalculator().requirement]
    }

    /// `nil` when the scenario has no job with an `employer:` block.
    public func run(_ scenario: Scenario) -> SubsidyResult? {
        guard let job = scenario.job, let employer = job.employer else { return nil }
        let decisionDate = pinnedDate ?? job.start.firstDay
        var decision = MonthContext(scenario: scenario, month: job.start, variant: .withJob,
                                    parameters: rules.at(decisionDate), previousMonths: [])
        let wageSubsidy = employer.wageSubsidy.map { application in
            WageSubsidyDecision.decide(application, scenario: scenario, job: job, employer: employer, in: &decision)
        }
        let adaptation = employer.adaptationSubsidy.map { request in AdaptationSubsidyDecision.decide(request, in: &decision) }
        let calculators: [any Calculator] = [
            WageCalculator(wording: WageMessages.forEmployer), EmployerCostCalculator(), WageSubsidyCalculator(decision: wageSubsidy),
            AdaptationSubsidyCalculator(decision: adaptation), EmployerNetCostCalculator(),
        ]
        var months: [EmployerMonth] = []
        // The job's months, and any month before or after them whose extra pay (e.g. holiday compensation) the employer pays.
        for month in scenario.simulatedMonths where job.isActive(in: month) || job.extraPay.contains(where: { $0.month == month }) {
            let asOf = pinnedDate ?? month.firstDay
            var context = MonthContext(scenario: scenario, month: month, variant: .withJob, parameters: rules.at(asOf),
                                       previousMonths: months.map(\.figures))
            Simulation.compute(calculators, in: &context)
            months.append(EmployerMonth(month: month, asOf: asOf, figures: context.result))
        }
        return SubsidyResult(scenarioName: scenario.name, ruleSet: rules.stamp, pinnedDate: pinnedDate, decisionDate: decisionDate,
                             employer: employer, wageSubsidy: wageSubsidy, adaptationSubsidy: adaptation,
                             decision: decision.result, firstSimulatedMonth: scenario.start, lastSimulatedMonth: scenario.lastMonth,
                             months: months)
    }
}
