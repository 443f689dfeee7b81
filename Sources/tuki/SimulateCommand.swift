import ArgumentParser
import Foundation
import TukiEngine
import TukiText

struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate a scenario month by month, without and with the job."
    )

    @OptionGroup var options: ScenarioRunOptions

    func run() throws {
        let (output, scenario, rules) = try options.load()
        let result = Simulation(rules: rules, pinnedDate: options.asOf?.day).run(scenario)
        switch options.format {
        case .text: output.result(SimulationReport(formatter: output.formatter).render(result))
        case .json: output.result(ResultJSON(formatter: output.formatter).render(result).serialized(pretty: true))
        case .csv: output.result(ResultCSV(formatter: output.formatter).render(result))
        }
        let employerFigures = scenario.expectations.filter(\.line.isEmployerFigure).count
        if employerFigures > 0 {
            output.problem(output.formatter.format(Statement(SubsidyReportMessages.expectationsElsewhere,
                                                             ["count": .count(employerFigures), "command": .text("tuki subsidy")])))
        }
        try output.check(result.mismatches(against: scenario.expectations), file: options.file)
    }
}

enum ScenarioFile {
    static func load(_ path: String, output: Output) throws -> Scenario {
        do throws(InputError) {
            return try ScenarioDecoder.decode(try RuleLoader.readText(atPath: path, displayPath: path).text, file: path)
        } catch {
            output.report([error])
            throw ExitCode(Output.badInput)
        }
    }
}
