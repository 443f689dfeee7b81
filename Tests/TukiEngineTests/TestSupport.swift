import Foundation
@testable import TukiEngine

enum TestPaths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static var rules: String { repository.appendingPathComponent("Rules").path }
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }
    static func scenario(_ relative: String) -> String { repository.appendingPathComponent("Scenarios/\(relative)").path }
}

/// A temporary Rules/ folder made of the fixture ruleset header and the given files.
struct TemporaryRules {
    let directory: URL

    init(files: [String: String]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tuki-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TestPaths.fixture("valid-ruleset.yaml"),
                                         toPath: directory.appendingPathComponent("ruleset.yaml").path)
        for (name, content) in files {
            try content.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }

    func load() throws -> RuleSet { try RuleLoader.load(directory: directory.path) }
    func remove() { try? FileManager.default.removeItem(at: directory) }
}

func fixtureText(_ name: String) throws -> String {
    try String(contentsOfFile: TestPaths.fixture(name), encoding: .utf8)
}

func scenario(_ yaml: String, file: String = "test.yaml") throws -> Scenario {
    try ScenarioDecoder.decode(yaml, file: file)
}

func money(_ text: String) -> Money { Money(exactly: text)! }

/// Writes `text` to a new temporary file and returns its path.
func temporaryFile(_ text: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tuki-test-\(UUID().uuidString).yaml")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}

/// An overlay file marking one parameter's value from `date` unknown, as for a year whose figure was not found;
/// tests of what Tuki does then do not depend on which figures the rules happen to lack.
func unknownValueOverlay(_ id: ParameterID, from date: String) throws -> String {
    let parts = id.rawValue.split(separator: ".")
    return try temporaryFile("""
    namespace: \(parts.dropLast().joined(separator: "."))
    parameters:
      \(parts.last!):
        source: {law: Test fixture, note: Unknown for the test}
        values:
          \(date): {status: unknown, note: Test fixture.}
    """)
}

/// `rules` with one parameter's value from `date` marked unknown.
func rules(_ rules: RuleSet, withUnknown id: ParameterID, from date: String) throws -> RuleSet {
    try rules.applying(try RuleLoader.loadOverlay(path: try unknownValueOverlay(id, from: date), for: rules))
}

/// The repository rules plus the labelled test fixtures that fix 2026 figures to confirmed earlier ones, so tests
/// do not rest on the unverified or unknown 2026 values.
func rulesWithHypothetical2026Figures() throws -> RuleSet {
    var rules = try RuleLoader.load(directory: TestPaths.rules)
    for fixture in ["hypothetical-2026-pension-figures.yaml", "hypothetical-2026-guarantee.yaml",
                    "hypothetical-pension-deduction.yaml", "hypothetical-benefit-medical-care.yaml"] {
        rules = try rules.applying(try RuleLoader.loadOverlay(path: TestPaths.fixture(fixture), for: rules))
    }
    return rules
}
