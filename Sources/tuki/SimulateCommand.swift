import ArgumentParser
import Foundation
import TukiEngine
import TukiText

struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate a scenario month by month, without and with the job."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @Argument(help: "Scenario file (YAML or JSON).")
    var file: String

    @Option(name: .long, help: "Output format: text, json or csv (semicolons and decimal commas in fi and sv).")
    var format: Format = .text

    @Option(name: .customLong("as-of"), help: "Use the rules in force on this date (YYYY-MM-DD) for every month.")
    var asOf: AsOfDate?

    @OptionGroup var ruleOptions: RuleOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let output = Output(language: language.lang)
        let scenario = try ScenarioFile.load(file, output: output)
        let rules = try ruleOptions.load(output: output)
        let result = Simulation(rules: rules, pinnedDate: asOf?.day).run(scenario)
        switch format {
        case .text: output.result(SimulationReport(formatter: output.formatter).render(result))
        case .json: output.result(ResultJSON(formatter: output.formatter).render(result).serialized(pretty: true))
        case .csv: output.result(ResultCSV(formatter: output.formatter).render(result))
        }
        let mismatches = result.mismatches(against: scenario.expectations)
        if !mismatches.isEmpty {
            for mismatch in mismatches { output.problem(output.formatter.describe(mismatch, file: file)) }
            throw ExitCode(Output.failedExpectations)
        }
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
