import Yams

/// Parses YAML (or JSON, which is YAML too) into a node tree that remembers lines.
enum YAMLDocument {
    static func parse(_ text: String, file: String) throws(InputError) -> YAMLNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw inputError(error, file: file)
        } catch {
            throw InputError(file: file, line: nil, field: nil, InputMessages.yamlSyntax, ["problem": .text("\(error)")])
        }
        guard let root else {
            throw InputError(file: file, line: 1, field: nil, InputMessages.expected,
                             ["expected": .term(ValueTerm.mapping.key), "found": .text("")])
        }
        return YAMLNode(node: root, file: file, path: "")
    }

    private static func inputError(_ error: YamlError, file: String) -> InputError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return InputError(file: file, line: mark.line, field: nil, InputMessages.yamlSyntax, ["problem": .text(problem)])
        case let .duplicatedKeysInMapping(duplicates, context):
            return InputError(file: file, line: context.mark.line, field: nil, InputMessages.duplicateKey,
                              ["key": .text(duplicates.joined(separator: ", "))])
        default:
            return InputError(file: file, line: nil, field: nil, InputMessages.yamlSyntax, ["problem": .text("\(error)")])
        }
    }
}
