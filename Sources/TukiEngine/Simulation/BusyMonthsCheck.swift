/// Hourly pay counted in average months hides the months with more working days, where the wage is higher than
/// the average month's: a benefit can stop, or an earnings limit be crossed, in those months only. The scenario is
/// run again in the real calendar's months, and each month where that happens only there gets a warning, so a
/// coach is not told that hours are safe when July's 23 working days are not.
struct BusyMonthsCheck {
    /// The same simulation without trace steps, and without this check, which the calendar run needs no more.
    let simulation: Simulation

    /// Warnings that mean an earnings limit was crossed, even if the benefit is still paid that month.
    static let limitWarnings: Set<MessageKind> = [PensionMessages.warnKelaOverLimit, PensionMessages.warnEarningsRelatedOverLimit,
                                                  PensionMessages.warnEarningsRelatedOverLimitFull,
                                                  PensionMessages.warnEarningsRelatedPartial, PensionMessages.warnEarningsRelatedResting]

    init(_ simulation: Simulation) {
        self.simulation = Simulation(rules: simulation.rules, calculators: simulation.calculators,
                                     pinnedDate: simulation.pinnedDate, tracing: false, checksBusyMonths: false)
    }

    /// Adds to each month with the job the warnings the real calendar's months give and the average month's do not.
    func mark(_ withJob: inout [MonthFigures], _ scenario: Scenario, job: Job) {
        let calendarMonths = simulation.run(scenario.with(job: job.with(calendar: .actual))).months
        for (index, calendar) in calendarMonths.enumerated() where index < withJob.count {
            let averaged = withJob[index]
            var added = Sweep.benefits.filter { line in
                (calendar.baseline.amount(line) ?? .zero) > .zero && calendar.withJob.amount(line) == .zero
                    && averaged.amount(line) != .zero
            }.map { line in
                Warning(SimulationMessages.busyMonthStops, ["line": .term(line.termKey)], severity: .problem, month: calendar.month)
            }
            if added.isEmpty && Self.crossesLimit(calendar.withJob) && !Self.crossesLimit(averaged) {
                added.append(Warning(SimulationMessages.busyMonthLimit, severity: .caution, month: calendar.month))
            }
            if !added.isEmpty { withJob[index] = averaged.adding(warnings: added) }
        }
    }

    static func crossesLimit(_ figures: MonthFigures) -> Bool {
        figures.warnings.contains { limitWarnings.contains($0.statement.kind) }
    }
}
