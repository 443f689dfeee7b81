/// Runs one batch entry: reads the scenario, simulates it under the current rules (and the reform's, when
/// given), checks its expected figures (the worker's and the employer's) and, when asked, finds the best safe hours.
/// The rules are loaded and resolved once, before the run, and shared by every worker. A row shows figures
/// and warnings, never steps, so the simulations keep none.
public struct BatchRun: Sendable {
    public let current: Simulation
    public let reform: Simulation?
    public let findBestSafeHours: Bool

    /// The hours tried for the best safe hours: 0 to 40 a week, one hour apart (as `tuki sweep`).
    static let sweepHours = (0...40).map { Hours.whole(Int64($0)) }

    public init(rules: RuleSet, reform: RuleSet? = nil, pinnedDate: Day? = nil, findBestSafeHours: Bool = false) {
        current = Simulation(rules: rules, pinnedDate: pinnedDate, tracing: false)
        self.reform = reform.map { Simulation(rules: $0, pinnedDate: pinnedDate, tracing: false) }
        self.findBestSafeHours = findBestSafeHours
    }

    /// Every parameter a row's figures can read: the worker's months and year's tax (the employer view only checks
    /// a scenario's expected employer figures, which a reform's row does not show).
    public static var reads: Set<ParameterID> {
        Set((StandardCalculators.all.map(\.requirement) + [IncomeTax.requirement]).flatMap(\.reads).map(\.id))
    }

    /// The parameters whose values differ between the current rules and the reform's that no row reads: when that
    /// is all an overlay changes, every row is unchanged whatever the overlay says.
    public static func unreadChanges(from current: RuleSet, to reform: RuleSet) -> (changed: [ParameterID], unread: [ParameterID]) {
        let changed = reform.sortedParameters.filter { current.parameter($0.id)?.values != $0.values }.map(\.id)
        return (changed, changed.filter { !reads.contains($0) })
    }

    public func outcome(_ index: Int, _ item: BatchItem) -> BatchOutcome {
        switch item.load() {
        case nil: return BatchOutcome(index: index, source: item.source, status: .skipped)
        case let .failure(error)?: return BatchOutcome(index: index, source: item.source, status: .failed(error, name: item.declaredName))
        case let .success(scenario)?:
            let result = current.run(scenario)
            var mismatches = result.mismatches(against: scenario.expectations)
            let employerExpectations = scenario.expectations.filter(\.line.isEmployerFigure)
            if !employerExpectations.isEmpty {
                let employer = SubsidyAssessment(rules: current.rules, pinnedDate: current.pinnedDate).run(scenario)
                mismatches += employer?.mismatches(against: employerExpectations)
                    ?? employerExpectations.compactMap { $0.mismatch(nil) }
            }
            return BatchOutcome(index: index, source: item.source, status: .ran(
                current: figures(result, scenario, current),
                reform: reform.map { figures($0.run(scenario), scenario, $0) },
                mismatches: mismatches, checked: scenario.expectations.count))
        }
    }

    private func figures(_ result: SimulationResult, _ scenario: Scenario, _ simulation: Simulation) -> BatchFigures {
        let safe = findBestSafeHours && scenario.job != nil
            ? Sweep(simulation: simulation).run(scenario, axis: .weeklyHours(Self.sweepHours)).bestSafe?.weeklyHours : nil
        return BatchFigures(result, bestSafeHours: safe)
    }
}
