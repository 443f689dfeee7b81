import ArgumentParser
import TukiText

struct RulesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List every parameter with its label.")

    @OptionGroup var ruleOptions: RuleOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let output = Output(language: language.lang)
        let rules = try ruleOptions.load(output: output)
        output.result(RulesReport(formatter: output.formatter).list(rules))
    }
}
