/// Runs a scenario through the calculators, month by month, baseline and with the job.
public struct Simulation: Sendable {
    public let rules: RuleSet
    public let calculators: [any Calculator]
    /// When set, every month uses the rules in force on this date instead of its own first day.
    public let pinnedDate: Day?

    public init(rules: RuleSet, calculators: [any Calculator] = StandardCalculators.all, pinnedDate: Day? = nil) {
        self.rules = rules
        self.calculators = calculators
        self.pinnedDate = pinnedDate
    }

    public func run(_ scenario: Scenario) -> SimulationResult {
        let notModelled = Self.inputsNotModelled(in: scenario)
        var baselineMonths: [MonthFigures] = []
        var jobMonths: [MonthFigures] = []
        var months: [MonthResult] = []
        for month in scenario.simulatedMonths {
            let asOf = pinnedDate ?? month.firstDay
            let parameters = rules.at(asOf)
            baselineMonths.append(figures(scenario, month, .baseline, parameters, baselineMonths, notModelled))
            jobMonths.append(figures(scenario, month, .withJob, parameters, jobMonths, notModelled))
            months.append(MonthResult(month: month, asOf: asOf, baseline: baselineMonths.last!, withJob: jobMonths.last!))
        }
        let taxYears = TaxYearPhase(rules: rules, pinnedDate: pinnedDate).apply(scenario, baseline: &baselineMonths, withJob: &jobMonths)
        months = months.indices.map { index in
            MonthResult(month: months[index].month, asOf: months[index].asOf, baseline: baselineMonths[index],
                        withJob: jobMonths[index])
        }
        return SimulationResult(scenarioName: scenario.name, ruleSet: rules.stamp, pinnedDate: pinnedDate, months: months,
                                taxYears: taxYears)
    }

    private func figures(_ scenario: Scenario, _ month: YearMonth, _ variant: Variant, _ parameters: Parameters,
                         _ previousMonths: [MonthFigures], _ notModelled: [ScenarioInput]) -> MonthFigures {
        var context = MonthContext(scenario: scenario, month: month, variant: variant, parameters: parameters,
                                   previousMonths: previousMonths)
        for calculator in calculators {
            do {
                try calculator.compute(&context)
            } catch {
                context.warn(Warning(SimulationMessages.calculationStopped,
                                     ["calculator": .term(calculator.name.termKey), "parameter": .text(error.id.rawValue),
                                      "reason": .term(error.reasonTerm)],
                                     severity: .problem, month: month))
            }
        }
        if month == scenario.start && variant == .baseline {
            for input in notModelled {
                context.warn(Warning(SimulationMessages.notModelled, ["input": .term(input.termKey)], severity: .caution))
            }
        }
        return MonthFigures(amounts: context.figures, trace: context.trace, warnings: context.warnings,
                            counters: context.counters)
    }

    /// Inputs the scenario gives that no calculator in this version uses, so no one takes silence for "no effect".
    static func inputsNotModelled(in scenario: Scenario) -> [ScenarioInput] {
        var inputs: [ScenarioInput] = []
        if scenario.job?.employer?.applyWageSubsidy == true { inputs.append(.employer) }
        return inputs
    }
}
