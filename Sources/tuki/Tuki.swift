import ArgumentParser

@main
struct Tuki: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tuki",
        abstract: "Benefits, taxes and a part-time job in Finland, month by month.",
        subcommands: [SimulateCommand.self, SweepCommand.self, TaxCommand.self, SubsidyCommand.self, BatchCommand.self,
                      RulesCommand.self, ServeCommand.self]
    )
}
