import ArgumentParser
import Foundation
import TukiEngine
import TukiText

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Run many scenarios at once: files, folders or a CSV with one scenario a row; with --overlay, compare a reform."
    )

    @Argument(help: "Scenario files (YAML or JSON), folders of them, or CSV files with one scenario a row (docs/batch.md).")
    var inputs: [String] = []

    @Option(name: .long, help: "Write the results to this file (moved into place when the run completes); default stdout.")
    var out: String?

    @Option(name: .long, help: "Output format: csv (semicolons and decimal commas in fi and sv), json or jsonl.")
    var format: BatchDocument.Format = .csv

    @Option(name: .long, help: "Scenarios run at once (default: every core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("as-of"), help: "Use the rules in force on this date (YYYY-MM-DD) for every month.")
    var asOf: AsOfDate?

    @Flag(name: .customLong("best-safe-hours"), help: "Also find each scenario's best safe weekly hours (0–40 h; 41 runs each).")
    var bestSafeHours = false

    @Option(name: .long, help: .hidden)
    var generate: Int?

    @OptionGroup var ruleOptions: RuleOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let output = Output(language: language.lang)
        guard (!inputs.isEmpty || generate != nil), jobs >= 1 else {
            output.problem(Self.helpMessage())
            throw ExitCode(Output.badInput)
        }
        let rules = try ruleOptions.loadWithOverlays(output: output)
        let reform = ruleOptions.overlay.isEmpty ? nil : rules.overlaid
        if let reform {
            let (changed, unread) = BatchRun.unreadChanges(from: rules.base, to: reform)
            if !changed.isEmpty && changed.count == unread.count {
                output.problem(output.formatter.say(BatchMessages.overlayUnread, ["parameters": .text(unread.map(\.rawValue).joined(separator: ", "))]))
            }
        }
        let run = BatchRun(rules: rules.base, reform: reform, pinnedDate: asOf?.day, findBestSafeHours: bestSafeHours)
        let table = BatchTable(formatter: output.formatter, withReform: reform != nil, withBestSafeHours: bestSafeHours)
        let document = BatchDocument(format: format, table: table, rules: rules.base.stamp, reformRules: reform?.stamp)
        let file: BatchOutputFile
        do { file = try BatchOutputFile(path: out) } catch {
            output.report([error])
            throw ExitCode(Output.badInput)
        }
        let (tally, summary) = stream(run, document, file, output)
        do { try file.finish() } catch {
            output.problem("\(out ?? ""): \(error.localizedDescription)")
            throw ExitCode(Output.badInput)
        }
        let text = BatchSummaryText(formatter: output.formatter)
            .render(tally, reform: summary, overlay: ruleOptions.overlay.joined(separator: ", "))
        if out == nil { output.problem(text) } else { output.result(text) }
        if !tally.passed { throw ExitCode(Output.failedExpectations) }
    }

    /// Reads, runs and writes in input order, a chunk at a time; problems go to stderr as they come.
    private func stream(_ run: BatchRun, _ document: BatchDocument, _ file: BatchOutputFile,
                        _ output: Output) -> (BatchTally, ReformSummary?) {
        var tally = BatchTally()
        var summary = run.reform == nil ? nil : ReformSummary()
        var progress = BatchProgress.isWanted ? BatchProgress(formatter: output.formatter, total: countItems()) : nil
        var items = Numbered(base: itemSource())
        file.write((out == nil ? "" : document.fileStart) + document.header())
        ParallelChunks(jobs: jobs).run(&items, { entry in
            let outcome = run.outcome(entry.0, entry.1)
            return (outcome, document.row(outcome))
        }) { outcome, row in
            file.write(row)
            tally.add(outcome)
            summary?.add(outcome)
            if case let .failed(error, _) = outcome.status { output.report([error]) }
            for mismatch in outcome.mismatches { output.problem(output.formatter.describe(mismatch, file: outcome.source)) }
            progress?.update(done: tally.total)
        }
        progress?.clear()
        file.write(document.footer(tally, summary))
        return (tally, summary)
    }

    private func itemSource() -> AnyIterator<BatchItem> {
        if let generate {
            var generated = ScenarioGenerator().items(count: generate)
            return AnyIterator { generated.next() }
        }
        var inputs = BatchInputs(paths: self.inputs)
        return AnyIterator { inputs.next() }
    }

    /// For progress only: a first pass that lists the entries without reading the scenarios.
    private func countItems() -> Int {
        if let generate { return generate }
        var count = 0
        var inputs = BatchInputs(paths: self.inputs)
        while inputs.next() != nil { count += 1 }
        return count
    }
}

extension BatchDocument.Format: ExpressibleByArgument {}
