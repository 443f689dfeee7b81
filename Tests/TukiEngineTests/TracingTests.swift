import Foundation
import Testing
@testable import TukiEngine

/// A run without trace steps (a batch, a sweep, an answer with trace=false) must give the same figures and
/// warnings as one with them: the steps are only the explanation.
@Suite struct TracingTests {
    static let scenarioFiles: [String] = {
        ["Scenarios/regression", "Scenarios/examples"].flatMap { relative in
            let folder = TestPaths.repository.appendingPathComponent(relative).path
            return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
        }
    }()

    static let rules = Result { try rulesWithHypothetical2026Figures() }

    private func expectSameFiguresAndWarnings(_ scenario: Scenario, _ rules: RuleSet) {
        let traced = Simulation(rules: rules).run(scenario)
        let untraced = Simulation(rules: rules, tracing: false).run(scenario)
        #expect(traced.months.count == untraced.months.count)
        for (full, bare) in zip(traced.months, untraced.months) {
            #expect(full.baseline.amounts == bare.baseline.amounts, "\(scenario.name) \(full.month) baseline")
            #expect(full.withJob.amounts == bare.withJob.amounts, "\(scenario.name) \(full.month) with the job")
            #expect(full.baseline.warnings == bare.baseline.warnings, "\(scenario.name) \(full.month) baseline warnings")
            #expect(full.withJob.warnings == bare.withJob.warnings, "\(scenario.name) \(full.month) warnings")
            #expect(!full.withJob.trace.isEmpty)
            #expect(bare.baseline.trace.isEmpty && bare.withJob.trace.isEmpty)
        }
        #expect(traced.taxYears.map(\.finalTax) == untraced.taxYears.map(\.finalTax))
        #expect(traced.taxYears.map(\.withheld) == untraced.taxYears.map(\.withheld))
        #expect(traced.taxYears.map(\.card) == untraced.taxYears.map(\.card))
        #expect(untraced.taxYears.allSatisfy { $0.steps.isEmpty })
    }

    @Test(arguments: scenarioFiles)
    func aScenarioFileGivesTheSameFiguresAndWarningsWithoutSteps(path: String) throws {
        let decoded = try ScenarioDecoder.decode(try String(contentsOfFile: path, encoding: .utf8), file: path)
        expectSameFiguresAndWarnings(decoded, try Self.rules.get())
    }

    @Test(arguments: [YearMonth(year: 2024, month: 1)!, YearMonth(year: 2025, month: 6)!, YearMonth(year: 2026, month: 1)!])
    func generatedScenariosGiveTheSameFiguresAndWarningsWithoutSteps(start: YearMonth) throws {
        let rules = try Self.rules.get()
        let generator = ScenarioGenerator(seed: 7, start: start)
        for index in 0..<150 { expectSameFiguresAndWarnings(generator.scenario(index), rules) }
    }

    @Test func aTaxRestingOnAnUnverifiedValueWarnsWithOrWithoutSteps() throws {
        let decoded = try ScenarioDecoder.decode(try String(contentsOfFile: TestPaths.scenario("regression/tax-full-time-2026.yaml"),
                                                            encoding: .utf8), file: "tax-full-time-2026.yaml")
        let rules = try RuleLoader.load(directory: TestPaths.rules)
        for tracing in [true, false] {
            let result = Simulation(rules: rules, tracing: tracing).run(decoded)
            let cited = result.warnings.filter { $0.statement.kind == SimulationMessages.parameterUnverified }
                .compactMap { warning -> String? in
                    if case let .text(id)? = warning.statement.values["parameter"] { id } else { nil }
                }
            #expect(cited.contains("tax.contributions.tyel_employee_rate"))
            #expect(result.warnings.filter { $0.statement.kind == SimulationMessages.parameterUnverified }
                .allSatisfy { $0.month == YearMonth(year: 2026, month: 1) })
        }
    }
}
