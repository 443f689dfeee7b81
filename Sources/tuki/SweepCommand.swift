import ArgumentParser
import Foundation
import TukiEngine
import TukiText

struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Net income over a range of weekly hours or hourly wages, the traps and the best safe hours."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @Argument(help: "Scenario file (YAML or JSON) with a job.")
    var file: String

    @Option(name: .long, help: "Weekly hours to try, as FROM...TO (default 0...40).")
    var hours: SweepRange?

    @Option(name: .long, help: "Hourly wages to try instead of hours, as FROM...TO in euros.")
    var wage: SweepRange?

    @Option(name: .long, help: "Step between points: hours (default 1) or euros (default 0.50).")
    var step: String?

    @Option(name: .long, help: "Write the chart as SVG to this file.")
    var chart: String?

    @Option(name: .long, help: "Output format: text, json or csv.")
    var format: Format = .text

    @OptionGroup var ruleOptions: RuleOptions
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if hours != nil && wage != nil { throw ValidationError("Give either --hours or --wage, not both.") }
    }

    func run() throws {
        let output = Output(language: language.lang)
        let scenario = try ScenarioFile.load(file, output: output)
        guard scenario.job != nil else {
            output.problem("\(file): " + output.formatter.format(Statement(ServiceMessages.noJob)))
            throw ExitCode(Output.badInput)
        }
        let simulation = Simulation(rules: try ruleOptions.load(output: output))
        let axis = try self.axis()
        let result = Sweep(simulation: simulation).run(scenario, axis: axis)
        // The chart first: a path that cannot be written stops the command before it prints anything.
        if let chart {
            let svg = SweepChart(formatter: output.formatter).svg(result, scenarioName: scenario.name)
            do {
                try AtomicFile.write(svg, to: chart)
            } catch {
                output.report([error])
                throw ExitCode(Output.badInput)
            }
        }
        let report = SweepReport(formatter: output.formatter)
        switch format {
        case .text: output.result(report.text(result, scenarioName: scenario.name))
        case .json: output.result(report.json(result, ruleSet: simulation.rules.stamp).serialized(pretty: true))
        case .csv: output.result(report.csv(result))
        }
    }

    private func axis() throws -> Sweep.Axis {
        if let wage {
            let stepCents = try step.map { text -> Int64 in
                guard let cents = Money(exactly: text)?.cents, cents > 0 else { throw ValidationError("--step must be a positive amount.") }
                return cents
            } ?? 50
            return wage.hourlyWages(step: stepCents)
        }
        let stepHundredths = try step.map { text -> Int64 in
            guard let value = Hours(exactly: text)?.hundredths, value > 0 else { throw ValidationError("--step must be a positive number of hours.") }
            return value
        } ?? 100
        let range = hours ?? SweepRange(fromHundredths: 0, toHundredths: 4_000)
        guard range.fitsInAWeek else { throw ValidationError("--hours must stay within a week's 168 hours.") }
        return range.weeklyHours(step: stepHundredths)
    }
}

extension SweepRange: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
