import TukiEngine
import TukiText

/// What the page shows under the form: the simulation, with a job the sweep over 0–40 hours a week, and with an
/// employer the employer's view (wage subsidy and costs).
struct PageResult: Sendable {
    let simulation: SimulationResult
    let sweep: SweepResult?
    let subsidy: SubsidyResult?
    let scenarioName: String

    static func compute(_ scenario: Scenario, rules: RuleSet) -> PageResult {
        let simulation = Simulation(rules: rules)
        let sweep = scenario.job.map { _ in
            Sweep(simulation: simulation).run(scenario, axis: SweepRange(fromHundredths: 0, toHundredths: 4_000).weeklyHours(step: 100))
        }
        return PageResult(simulation: simulation.run(scenario), sweep: sweep, subsidy: SubsidyAssessment(rules: rules).run(scenario),
                          scenarioName: scenario.name)
    }
}
