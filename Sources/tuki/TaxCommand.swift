import ArgumentParser
import TukiEngine
import TukiText

struct TaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tax",
        abstract: "Show each year's income tax step by step, the tax cards and the year-end balance."
    )

    @Argument(help: "Scenario file (YAML or JSON).")
    var file: String

    @OptionGroup var ruleOptions: RuleOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let output = Output(language: language.lang)
        let scenario = try ScenarioFile.load(file, output: output)
        let result = Simulation(rules: try ruleOptions.load(output: output)).run(scenario)
        let text = TaxYearText(formatter: output.formatter)
        let computations = result.taxYears.map { text.computation($0).joined(separator: "\n") }
        // A year without a computation says why: the tax warnings and the figures the rules lack.
        let why = result.warnings.filter { [TaxMessages.warnIncomeUnknown, SimulationMessages.calculationStopped].contains($0.statement.kind) }
        let reasons = ReportSections(formatter: output.formatter).warningItems(why).map { "- " + $0 }.joined(separator: "\n")
        output.result((computations + (reasons.isEmpty ? [] : [reasons])).joined(separator: "\n\n"))
    }
}
