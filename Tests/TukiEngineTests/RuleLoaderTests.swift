import Foundation
import Testing
@testable import TukiEngine

@Suite struct RuleLoaderTests {
    @Test func theRepositoryRulesAreValid() throws {
        let rules = try RuleLoader.load(directory: TestPaths.rules)
        #expect(!rules.parameters.isEmpty)
        #expect(rules.digest.count == 64)
        #expect(rules.problems(with: CalculatorRegistry.requirements).isEmpty)
        for parameter in rules.parameters.values {
            #expect(parameter.source.law != nil || parameter.source.url != nil, "\(parameter.id) has no source")
        }
    }

    struct BrokenCase: Sendable, CustomStringConvertible {
        let file: String
        let kind: MessageKind
        let line: Int
        let field: String?
        var description: String { file }
    }

    static let brokenCases = [
        BrokenCase(file: "unknown-key.yaml", kind: InputMessages.unknownKey, line: 7, field: "test.broken.limit.sorce"),
        BrokenCase(file: "missing-source.yaml", kind: InputMessages.missingField, line: 4, field: "test.broken.limit.source"),
        BrokenCase(file: "missing-label-language.yaml", kind: InputMessages.missingField, line: 5, field: "test.broken.limit.label.sv"),
        BrokenCase(file: "unsorted-dates.yaml", kind: InputMessages.unsortedDates, line: 10, field: "test.broken.limit.values.2025-01-01"),
        BrokenCase(file: "duplicate-dates.yaml", kind: InputMessages.duplicateKey, line: 10, field: "parameters.limit.values.2025-01-01"),
        BrokenCase(file: "wrong-unit.yaml", kind: InputMessages.wrongUnit, line: 7, field: "test.broken.share.unit"),
        BrokenCase(file: "wrong-value-type.yaml", kind: InputMessages.expected, line: 9, field: "test.broken.limit.values.2026-01-01"),
        BrokenCase(file: "unknown-type.yaml", kind: InputMessages.unknownChoice, line: 6, field: "test.broken.limit.type"),
        BrokenCase(file: "scale-not-rising.yaml", kind: InputMessages.scaleNotRising, line: 13, field: "test.broken.scale.values.2026-01-01.2.from"),
        BrokenCase(file: "source-without-law-or-url.yaml", kind: InputMessages.sourceEmpty, line: 7, field: "test.broken.limit.source"),
        BrokenCase(file: "yaml-syntax.yaml", kind: InputMessages.yamlSyntax, line: 9, field: nil),
        BrokenCase(file: "ratio-as-percent.yaml", kind: InputMessages.outOfRange, line: 10, field: "test.broken.share.values.2026-01-01"),
        BrokenCase(file: "negative-amount.yaml", kind: InputMessages.negative, line: 9, field: "test.broken.limit.values.2026-01-01"),
        BrokenCase(file: "negative-count.yaml", kind: InputMessages.negative, line: 10, field: "test.broken.months.values.2026-01-01"),
        BrokenCase(file: "scale-rate-as-percent.yaml", kind: InputMessages.outOfRange, line: 12, field: "test.broken.scale.values.2026-01-01.1.rate"),
        BrokenCase(file: "table-depth.yaml", kind: InputMessages.tableKeys, line: 12, field: "test.broken.ceiling.values.2026-01-01.1"),
    ]

    @Test(arguments: brokenCases)
    func aBrokenRuleFileIsReportedWithFileLineAndField(broken: BrokenCase) throws {
        let rules = try TemporaryRules(files: [broken.file: try fixtureText("BrokenRules/\(broken.file)")])
        defer { rules.remove() }
        let errors = try #require(throws: InputErrors.self) { try rules.load() }.errors
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.statement.kind == broken.kind)
        #expect(error.file == rules.directory.path + "/" + broken.file)
        #expect(error.line == broken.line)
        #expect(error.field == broken.field)
    }

    @Test func everyProblemInAFolderIsReportedTogether() throws {
        let rules = try TemporaryRules(files: [
            "a.yaml": try fixtureText("BrokenRules/unknown-key.yaml"),
            "b.yaml": try fixtureText("BrokenRules/wrong-unit.yaml").replacingOccurrences(of: "test.broken", with: "test.other"),
        ])
        defer { rules.remove() }
        let errors = try #require(throws: InputErrors.self) { try rules.load() }.errors
        #expect(errors.map(\.statement.kind) == [InputMessages.unknownKey, InputMessages.wrongUnit])
    }

    @Test func aMissingRulesetHeaderIsAnError() throws {
        let rules = try TemporaryRules(files: [:])
        defer { rules.remove() }
        try FileManager.default.removeItem(at: rules.directory.appendingPathComponent("ruleset.yaml"))
        let errors = try #require(throws: InputErrors.self) { try rules.load() }.errors
        #expect(errors.map(\.statement.kind) == [InputMessages.ruleSetMissing])
    }

    @Test func aParameterDefinedTwiceIsAnError() throws {
        let text = try fixtureText("dated-limit.yaml")
        let rules = try TemporaryRules(files: ["a.yaml": text, "b.yaml": text])
        defer { rules.remove() }
        let errors = try #require(throws: InputErrors.self) { try rules.load() }.errors
        #expect(errors.allSatisfy { $0.statement.kind == InputMessages.duplicateParameter })
        #expect(errors.count == 3)
    }

    @Test func aCalculatorReadingAMissingParameterIsReported() throws {
        let rules = try TemporaryRules(files: ["dated.yaml": try fixtureText("dated-limit.yaml")])
        defer { rules.remove() }
        let ruleSet = try rules.load()
        let requirement = CalculatorRequirement(calculator: .wage, reads: [
            .init("test.dated.limit", .amount), .init("test.dated.share", .amount), .init("test.dated.nothing", .rate),
        ])
        #expect(ruleSet.problems(with: [requirement]).map(\.field) == ["test.dated.share", "test.dated.nothing"])
    }
}
