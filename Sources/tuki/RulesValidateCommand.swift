import ArgumentParser
import TukiEngine
import TukiText

struct RulesValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check every rule file; exit 2 with file:line messages if any is broken.")

    @Argument(help: "Folder of rule files (default: --rules, $TUKI_RULES, then ./Rules).")
    var directory: String?

    @OptionGroup var ruleOptions: RuleOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let output = Output(language: language.lang)
        var options = ruleOptions
        if let directory { options.rules = directory }
        let rules = try options.load(output: output)
        output.result(RulesReport(formatter: output.formatter).validated(rules))
    }
}
