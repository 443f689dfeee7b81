import ArgumentParser
import TukiEngine
import TukiText

struct RulesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a parameter's values over time, its source and who reads it.")

    @Argument(help: "Parameter id, e.g. tax.state.earned_income_scale.")
    var id: String

    @Option(name: .customLong("as-of"), help: "Mark the value in force on this date (YYYY-MM-DD).")
    var asOf: AsOfDate?

    @OptionGroup var ruleOptions: RuleOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let output = Output(language: language.lang)
        let rules = try ruleOptions.load(output: output)
        guard let parameter = rules.parameter(ParameterID(id)) else {
            output.problem(output.formatter.format(Statement(InputMessages.unknownParameter, ["parameter": .text(id)])))
            throw ExitCode(Output.badInput)
        }
        output.result(RulesReport(formatter: output.formatter).show(parameter, readers: CalculatorRegistry.readers(of: parameter.id),
                                                                   asOf: asOf?.day))
    }
}
