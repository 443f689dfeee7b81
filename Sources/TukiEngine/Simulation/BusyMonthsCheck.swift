/// Hourly pay counted in average months hides the months with more working days, where the wage is higher than
/// the average month's: a benefit can stop, or an earnings limit be crossed, in those months only. The scenario is
/// run again in the real calendar's months, and each month where that happens only there gets a warning, so a
/// coach is not told that hours are safe when July's 23 working days are not.
struct BusyMonthsCheck {
    /// The same simulation reduced to the wage and the pensions, which are all the check reads, without trace steps.
    let simulation: Simulation

    /// Warnings that mean an earnings limit was crossed, even if the benefit is still paid that month.
    static let limitWarnings: Set<MessageKind> = [PensionMessages.warnKelaOverLimit, PensionMessages.warnEarningsRelatedOverLimit,
                                                  PensionMessages.warnEarningsRelatedOverLimitFull,
                                                  PensionMessages.warnEarningsRelatedPartial, PensionMessages.warnEarningsRelatedResting,
                                                  PensionMessages.warnGuaranteeOverLimit]

    /// What computing the pensions (the benefits with an earnings limit) needs. The housing allowance is left out: Kela
    /// grants it on the income estimated for the year ahead, which a busy month does not change.
    static let calculators: Set<CalculatorName> = [.wage, .kelaPension, .guaranteePension, .earningsRelatedPension]

    init(_ simulation: Simulation) {
        self.simulation = Simulation(rules: simulation.rules,
                                     calculators: simulation.calculators.filter { Self.calculators.contains($0.name) },
                                     pinnedDate: simulation.pinnedDate, tracing: false, checksBusyMonths: false)
    }

    /// Only a pension has an earnings limit (the guarantee pension comes with one of the others).
    static func applies(to scenario: Scenario) -> Bool {
        scenario.benefits.kelaDisabilityPension != nil || scenario.benefits.earningsRelatedPension != nil
    }

    /// Adds to each month with the job the warnings the real calendar's months give and the average month's do not.
    func mark(_ withJob: inout [MonthFigures], baseline: [MonthFigures], _ scenario: Scenario, job: Job) {
        let calendarMonths = simulation.months(scenario.with(job: job.with(calendar: .actual)), .withJob, baseline: baseline)
        for (index, (month, calendar)) in zip(scenario.simulatedMonths, calendarMonths).enumerated() {
            let averaged = withJob[index]
            let stopped = AmountLine.pensions.filter { line in
                (baseline[index].amount(line) ?? .zero) > .zero && calendar.amount(line) == .zero && averaged.amount(line) != .zero
            }
            if !stopped.isEmpty {
                withJob[index] = averaged.adding(warnings: [Warning(SimulationMessages.busyMonthStops, [
                    "lines": .terms(stopped.map(\.termKey)), "count": .count(stopped.count),
                ], severity: .problem, month: month)])
            } else if Self.crossesLimit(calendar) && !Self.crossesLimit(averaged) {
                withJob[index] = averaged.adding(warnings: [Warning(SimulationMessages.busyMonthLimit, severity: .caution, month: month)])
            }
        }
    }

    /// What the job's busiest month outside the simulation does, run on its own in the real calendar.
    func outside(_ busier: BusierMonth, _ scenario: Scenario, job: Job) -> BusierMonth.Outcome {
        let alone = scenario.with(start: busier.month, months: 1)
        let baseline = simulation.months(alone, .baseline)
        guard let before = baseline.first,
              let calendar = simulation.months(alone.with(job: job.with(calendar: .actual)), .withJob, baseline: baseline).first
        else { return .unknown }
        let received = AmountLine.pensions.filter { scenario.receivedBenefitLines.contains($0) }
        if received.contains(where: { before.amount($0) == nil || calendar.amount($0) == nil }) { return .unknown }
        let stopped = received.filter { (before.amount($0) ?? .zero) > .zero && calendar.amount($0) == .zero }
        if !stopped.isEmpty { return .stops(stopped) }
        return Self.crossesLimit(calendar) ? .crossesLimit : .safe
    }

    static func crossesLimit(_ figures: MonthFigures) -> Bool {
        figures.warnings.contains { limitWarnings.contains($0.statement.kind) }
    }
}
