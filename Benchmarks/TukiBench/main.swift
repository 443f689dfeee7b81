import Foundation
import TukiEngine
import TukiText

// Release-mode benchmark of `tuki batch`'s pipeline: `swift run -c release tuki-bench [N ...]`.
// Generates N varied 12-month scenarios, runs them on every core through the same code as `tuki batch`
// (parallel chunks, rows rendered as CSV and written to /dev/null) and reports scenario-years per
// second and the process's peak memory; then times one 12-month simulate with its full trace.

/// The process's peak resident memory (VmHWM) in MiB, from /proc/self/status.
func peakMemoryMiB() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kiB = Double(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
    return kiB / 1024
}

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let rulesFolder = ProcessInfo.processInfo.environment["TUKI_RULES"] ?? "Rules"
let rules: RuleSet
do {
    rules = try RuleLoader.load(directory: rulesFolder)
} catch {
    let problems = error.errors.map(TextFormatter(language: .en).describe)
    FileHandle.standardError.write(Data((problems + ["Run tuki-bench from the project folder, or set TUKI_RULES to the rules folder."])
        .joined(separator: "\n").appending("\n").utf8))
    exit(2)
}
let jobs = ProcessInfo.processInfo.activeProcessorCount
let counts = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let run = BatchRun(rules: rules)
let table = BatchTable(formatter: TextFormatter(language: .fi), withReform: false, withBestSafeHours: false)
let document = BatchDocument(format: .csv, table: table, rules: rules.stamp, reformRules: nil)
let sink = FileHandle(forWritingAtPath: "/dev/null")!

print("tuki-bench: \(jobs) cores, rules \(rules.version) (\(rules.digest.prefix(12)))")
for count in counts.isEmpty ? [10_000, 1_000_000] : counts {
    var items = Numbered(base: ScenarioGenerator().items(count: count))
    var tally = BatchTally()
    var buffer = ""
    let elapsed = seconds {
        ParallelChunks(jobs: jobs).run(&items, { entry in
            let outcome = run.outcome(entry.0, entry.1)
            return (outcome, document.row(outcome))
        }) { outcome, row in
            buffer += row
            tally.add(outcome)
            if buffer.utf8.count > 65_536 { sink.write(Data(buffer.utf8)); buffer.removeAll(keepingCapacity: true) }
        }
    }
    let rate = Double(count) / elapsed
    print(String(format: "N = %9d: %8.2f s, %9.0f scenario-years/s, peak memory %6.1f MiB (ran %d, failed %d)",
                 count, elapsed, rate, peakMemoryMiB() ?? -1, tally.ran, tally.failed))
}

let example = try ScenarioDecoder.decode(try RuleLoader.readText(atPath: "Scenarios/examples/saara-3-days-5-hours.yaml",
                                                                  displayPath: "example").text, file: "example")
let simulation = Simulation(rules: rules)
let formatter = TextFormatter(language: .fi)
var runs: [Double] = [], withJSON: [Double] = []
for _ in 0..<200 {
    var result: SimulationResult?
    runs.append(seconds { result = simulation.run(example) })
    withJSON.append(seconds { _ = ResultJSON(formatter: formatter).render(result!).serialized() })
}
let median = { (values: [Double]) in values.sorted()[values.count / 2] * 1000 }
print(String(format: "one 12-month simulate with full trace (Saara example): %.3f ms median; rendering its trace as JSON: %.3f ms more",
             median(runs), median(withJSON)))
