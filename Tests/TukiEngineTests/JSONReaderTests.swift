import Foundation
import Testing
@testable import TukiEngine

@Suite struct JSONReaderTests {
    private func read(_ text: String) throws -> InputNode? {
        try JSONReader.read(text, file: "t.json").get()
    }

    private func notJSON(_ text: String) throws -> Bool {
        if case .failure = try JSONReader.read(text, file: "t.json") { return true }
        return false
    }

    @Test func readsEveryKindOfValueWithItsLine() throws {
        let read = try read("{\"a\": [1, -2.50, 3e2, true, null],\n \"b\": {\"c\": \"text\"}}")
        let root = try #require(read)
        let node = YAMLNode(node: root, file: "t.json", path: "")
        let fields = try node.fields(allowed: ["a", "b"])
        let items = try #require(fields["a"]).sequence()
        #expect(try items.map { try $0.scalarText() } == ["1", "-2.50", "3e2", "true", "null"])
        #expect(items[4].isNull)
        let b = try #require(fields["b"])
        let c = try #require(try b.fields(allowed: ["c"])["c"])
        #expect(try c.string() == "text")
        #expect(c.line == 2)
        #expect(c.path == "b.c")
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func countsLinesWhateverTheLineEnds(lineEnd: String) throws {
        let read = try read("{\"a\": 1," + lineEnd + lineEnd + " \"b\": 2}")
        let root = try #require(read)
        let b = try #require(try YAMLNode(node: root, file: "t.json", path: "").fields(allowed: ["a", "b"])["b"])
        #expect(b.line == 3)
    }

    @Test func aQuotedNullIsText() throws {
        let read = try read("{\"a\": \"null\"}")
        let root = try #require(read)
        let fields = try YAMLNode(node: root, file: "t.json", path: "").fields(allowed: ["a"])
        let value = try #require(fields["a"])
        #expect(try value.string() == "null")
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let read = try read(#"["a\"b\\c\/d\n\u00e4\ud83d\ude00"]"#)
        let root = try #require(read)
        let item = try YAMLNode(node: root, file: "t.json", path: "").sequence()[0]
        #expect(try item.scalarText() == "a\"b\\c/d\nä😀")
    }

    @Test(arguments: ["{name: x}", "{\"a\": 01}", "{\"a\": 1,}", "[1 2]", "{\"a\": \"x\ty\"}", "{\"a\": 1} x",
                      "{\"a\": \"\\ud800\"}", "{\"a\": tru}", "{\"a\": .5}", "{\"a\": 1.}"])
    func leavesTextThatIsNotJSONToTheYAMLParser(text: String) throws {
        #expect(try notJSON(text))
    }

    @Test func leavesDeepNestingToTheYAMLParser() throws {
        #expect(try notJSON(String(repeating: "[", count: 500) + String(repeating: "]", count: 500)))
    }

    @Test func aKeyGivenTwiceIsNamedByItsPathThroughLists() throws {
        let error = try #require(throws: InputError.self) { try read("{\"a\": [{\"b\": 1},\n {\"b\": 1, \"b\": 2}]}") }
        #expect(error.field == "a.1.b")
        #expect(error.line == 2)
        #expect(error.file == "t.json")
    }
}

@Suite struct InputSafetyTests {
    @Test func nestedYAMLAliasesAreRejectedBeforeTheyAreExpanded() throws {
        var lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        let error = try #require(throws: InputError.self) { try scenario(lines.joined(separator: "\n"), file: "bomb.yaml") }
        #expect(error.statement.kind == InputMessages.yamlSyntax)
        #expect(error.file == "bomb.yaml")
    }

    /// A document cut off at its end is reported on its last line, not on a line after it that the file does not have.
    @Test(arguments: ["{\"name\": \"x\", \"start\": \"2026-02\"", "{\"name\": \"x\", \"start\": \"2026-02\"\n"])
    func aTruncatedDocumentIsReportedOnItsLastLine(text: String) throws {
        let error = try #require(throws: InputError.self) { try scenario(text, file: "cut.json") }
        #expect(error.statement.kind == InputMessages.jsonSyntax)
        #expect(error.line == 1)
        #expect(error.statement.values["column"] == .count(33))
    }

    /// A JSON body that is not JSON said where and what was expected, in the reader's language; it quoted the YAML
    /// parser's English ("did not find expected ',' or '}'") at line 1 of a one-line body.
    @Test(arguments: [
        ("{\"name\": \"x\" \"start\": 1}", 1, 14, JSONReader.Expected.commaOrBrace),
        ("{\"name\": \"x\",\r\n \"months\" 1}", 2, 11, .colon),
        ("[1, 2", 1, 6, .commaOrBracket),
        ("{\"a\": \"ä\\q\"}", 1, 10, .escape),
    ])
    func jsonThatIsNotSaysWhereAndWhatWasExpected(text: String, line: Int, column: Int, expected: JSONReader.Expected) throws {
        let error = try #require(throws: InputError.self) { try scenario(text, file: "body.json") }
        #expect(error.statement.kind == InputMessages.jsonSyntax)
        #expect(error.line == line)
        #expect(error.statement.values["column"] == .count(column))
        #expect(error.statement.values["expected"] == .term(expected.termKey))
    }

    @Test func yamlFlowStyleKeepsTheYAMLParsersError() throws {
        let error = try #require(throws: InputError.self) { try scenario("{name: x, start: [2026-02}", file: "flow.yaml") }
        #expect(error.statement.kind == InputMessages.yamlSyntax)
    }

    /// Lines ending in a carriage return alone are counted as the parser counts them.
    @Test func aDocumentWithCarriageReturnsKeepsItsErrorLine() throws {
        let error = try #require(throws: InputError.self) {
            try scenario("name: x\rstart: 2026-02\rperson:\r  birthYear: 1990\rjob: {pattern: [\r", file: "cr.yaml")
        }
        #expect(error.statement.kind == InputMessages.yamlSyntax)
        #expect(error.line == 5)
    }

    @Test func aLegitimateAliasStillReads() throws {
        let decoded = try scenario("name: &n Saara\nstart: 2026-02\nperson: {birthYear: 1990, municipality: *n}\n")
        #expect(decoded.person.municipality == "Saara")
    }

    @Test func statementsEqualByCanonicalEquivalenceHashEqually() {
        let composed: StatementValues = ["municipality": .text("Nurmij\u{E4}rvi")]
        let decomposed: StatementValues = ["municipality": .text("Nurmija\u{308}rvi")]
        #expect(composed == decomposed)
        #expect(composed.hashValue == decomposed.hashValue)
    }
}
