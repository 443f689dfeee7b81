import ArgumentParser
import TukiEngine
import TukiText

struct RulesDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: "List the parameters whose value differs between two dates.")

    @Argument(help: "The earlier date (YYYY-MM-DD).")
    var from: AsOfDate
    @Argument(help: "The later date (YYYY-MM-DD).")
    var to: AsOfDate

    @OptionGroup var ruleOptions: RuleOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let output = Output(language: language.lang)
        let rules = try ruleOptions.load(output: output)
        output.result(RulesReport(formatter: output.formatter).diff(rules, from: from.day, to: to.day))
    }
}
