import Yams

/// Parses YAML or JSON into a node tree that remembers lines.
enum YAMLDocument {
    static func parse(_ text: String, file: String) throws(InputError) -> YAMLNode {
        var notJSON: JSONReader.NotJSON?
        if Self.looksLikeJSON(text) {
            switch try JSONReader.read(text, file: file) {
            case let .success(root): return YAMLNode(node: root, file: file, path: "")
            case let .failure(stop): notJSON = stop
            }
        }
        let root: Node?
        do {
            // Swift strings are UTF-8; naming it spares Yams a read of the whole process environment on every parse.
            root = try Yams.compose(yaml: text, .default, .default, .utf8)
        } catch let error as YamlError {
            // Text written as JSON (its keys quoted) is told where the JSON went wrong, in the reader's language,
            // rather than what the YAML parser made of it.
            if let notJSON, let expected = notJSON.expected, Self.quotesItsFirstKey(text) {
                throw InputError(file: file, line: notJSON.line, field: nil, InputMessages.jsonSyntax,
                                 ["column": .count(notJSON.column), "expected": .term(expected.termKey)])
            }
            throw inputError(error, file: file, text: text)
        } catch {
            throw InputError(file: file, line: nil, field: nil, InputMessages.yamlSyntax, ["problem": .text("\(error)")])
        }
        guard let root else { throw InputError(file: file, line: 1, field: nil, InputMessages.emptyFile) }
        var budget = 2 * text.utf8.count + 16
        guard let tree = InputNode.converting(root, budget: &budget) else {
            throw InputError(file: file, line: 1, field: nil, InputMessages.yamlSyntax,
                             ["problem": .text("aliases expand to more nodes than the document could hold")])
        }
        return YAMLNode(node: tree, file: file, path: "")
    }

    /// JSON is read by `JSONReader`; text it does not take (YAML flow style, a syntax error) goes to the YAML
    /// parser, which says what is wrong.
    private static func looksLikeJSON(_ text: String) -> Bool {
        guard let first = text.utf8.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return false }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    /// Whether the text opens as JSON does and YAML's flow style need not: `{"`, `{}` or `[`.
    private static func quotesItsFirstKey(_ text: String) -> Bool {
        let opening = text.utf8.lazy.filter { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }.prefix(2)
        return opening.first == UInt8(ascii: "[") || Array(opening) == Array("{\"".utf8) || Array(opening) == Array("{}".utf8)
    }

    /// Whether the line's indentation holds a tab (the parser then says only that a character "cannot start any token").
    private static func indentsWithTab(_ text: String, line: Int) -> Bool {
        var number = 1
        for row in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if number == line { return row.prefix { $0 == " " || $0 == "\t" }.contains("\t") }
            number += 1
        }
        return false
    }

    private static func inputError(_ error: YamlError, file: String, text: String) -> InputError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            // At the end of the text the parser's mark can sit on the line after the last one. Lines end as the
            // parser counts them: "\r\n", "\r" or "\n" (a Swift Character holds "\r\n" as one).
            let lastLine = text.reduce(1) { $1.isNewline ? $0 + 1 : $0 } - (text.last?.isNewline == true ? 1 : 0)
            let line = min(mark.line, max(1, lastLine))
            // The commonest slip in a hand-edited file, said in the reader's language rather than the parser's English.
            // JSON may be indented with tabs; only YAML's indentation must not be.
            if problem.contains("tab character") || (!looksLikeJSON(text) && indentsWithTab(text, line: line)) {
                return InputError(file: file, line: line, field: nil, InputMessages.yamlTab)
            }
            return InputError(file: file, line: line, field: nil, InputMessages.yamlSyntax, ["problem": .text(problem)])
        case let .duplicatedKeysInMapping(duplicates, context):
            let values: StatementValues = ["key": .text(duplicates.joined(separator: ", "))]
            if let key = duplicates.first, let location = DuplicateKeyLocation(key: key, firstLine: context.mark.line, in: text) {
                return InputError(file: file, line: location.line, field: location.path, InputMessages.duplicateKey, values)
            }
            return InputError(file: file, line: context.mark.line, field: nil, InputMessages.duplicateKey, values)
        default:
            return InputError(file: file, line: nil, field: nil, InputMessages.yamlSyntax, ["problem": .text("\(error)")])
        }
    }
}
