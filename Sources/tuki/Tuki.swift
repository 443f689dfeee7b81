import ArgumentParser
import Foundation

@main
struct Tuki: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tuki",
        abstract: "Benefits, taxes and a part-time job in Finland, month by month.",
        subcommands: [SimulateCommand.self, SweepCommand.self, TaxCommand.self, SubsidyCommand.self, BatchCommand.self,
                      RulesCommand.self, ServeCommand.self]
    )

    /// As ArgumentParser's, except that a wrong command line (an unknown option or value, a missing argument)
    /// exits 2 like any other bad input, as the README says, instead of ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
