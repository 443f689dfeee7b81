import ArgumentParser
import Foundation
import TukiEngine

/// Options every command that reads rules shares.
struct RuleOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of rule files (default: $TUKI_RULES, then ./Rules).")
    var rules: String?

    @Option(name: .long, help: "Overlay file replacing chosen parameters (repeatable).")
    var overlay: [String] = []

    /// An empty value counts as not given (`TUKI_RULES=` had the loader search the whole working folder).
    var rulesDirectory: String {
        [rules, ProcessInfo.processInfo.environment["TUKI_RULES"]].compactMap { $0 }.first { !$0.isEmpty } ?? "Rules"
    }

    /// Loads the rules and overlays, or prints every problem and exits with status 2.
    func load(output: Output) throws -> RuleSet { try loadWithOverlays(output: output).overlaid }

    /// The rules without and with the overlays (a reform), each checked; every problem printed, then exit status 2.
    func loadWithOverlays(output: Output) throws -> (base: RuleSet, overlaid: RuleSet) {
        do {
            let base = try RuleLoader.load(directory: rulesDirectory)
            var ruleSet = base
            for path in overlay {
                ruleSet = try ruleSet.applying(try RuleLoader.loadOverlay(path: path, for: ruleSet))
            }
            let problems = ruleSet.problems(with: CalculatorRegistry.requirements)
            if !problems.isEmpty { throw InputErrors(problems) }
            return (base, ruleSet)
        } catch let errors as InputErrors {
            output.report(errors.errors)
            throw ExitCode(Output.badInput)
        }
    }
}

struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Language of the output: fi, sv or en.")
    var lang: Language = .fi
}

extension Language: ExpressibleByArgument {}

/// Reads `--as-of 2026-03-01`.
struct AsOfDate: ExpressibleByArgument {
    let day: Day
    init?(argument: String) {
        guard let day = Day(iso: argument) else { return nil }
        self.day = day
    }
}

/// What `simulate` and `subsidy` share: the scenario file, the output format, the rules' date, rules and language.
struct ScenarioRunOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @Argument(help: "Scenario file (YAML or JSON).")
    var file: String

    @Option(name: .long, help: "Output format: text, json or csv (csv: simulate only; semicolons and decimal commas in fi and sv).")
    var format: Format = .text

    @Option(name: .customLong("as-of"), help: "Use the rules in force on this date (YYYY-MM-DD) for every month.")
    var asOf: AsOfDate?

    @OptionGroup var ruleOptions: RuleOptions
    @OptionGroup var language: LanguageOption

    /// The output in the chosen language, the scenario and the rules; exits with status 2 on bad input.
    func load() throws -> (Output, Scenario, RuleSet) {
        let output = Output(language: language.lang)
        let scenario = try ScenarioFile.load(file, output: output)
        return (output, scenario, try ruleOptions.load(output: output))
    }
}
