import ArgumentParser

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, show, validate and compare the rule files.",
        subcommands: [RulesListCommand.self, RulesShowCommand.self, RulesValidateCommand.self, RulesDiffCommand.self]
    )
}
