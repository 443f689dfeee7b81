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
        let sections = ReportSections(formatter: output.formatter)
        let computations = result.taxYears.map { text.computation($0).joined(separator: "\n") }
        let notes = sections.warnings(result.warnings.filter(Self.concernsTax))
        let sources = sections.sources(result.taxYears.flatMap(\.steps))
        output.result((computations + [notes, sources].compactMap { $0 }).joined(separator: "\n\n"))
    }

    /// The tax's own warnings, the unverified tax values, and the stopped calculations that leave a year's taxed
    /// income or its tax unknown (the pensions and the tax itself; the untaxed benefits do not).
    static func concernsTax(_ warning: Warning) -> Bool {
        let kind = warning.statement.kind
        if kind == SimulationMessages.parameterUnverified { return warning.parameters.contains { $0.id.rawValue.hasPrefix("tax.") } }
        if kind == SimulationMessages.calculationStopped {
            return [CalculatorName.tax, .kelaPension, .guaranteePension, .earningsRelatedPension]
                .contains { warning.statement.values["calculator"] == .term($0.termKey) }
        }
        return TaxMessages.all.contains(kind)
    }
}
