import Foundation

/// Reads a scenario from one CSV row through the same checks as a scenario file, so a row's
/// problems are reported like a file's: file, line, column and reason.
public struct ScenarioCSV: Sendable {
    public let file: String
    /// The header's columns in order; nil for one without a name (spreadsheets leave empty ones at the end).
    let columns: [ScenarioCSVColumn?]
    let decimalComma: Bool

    /// Checks the header: every named column must be a documented one, and the required ones present.
    public init(header: CSVRecords.Record, file: String, decimalComma: Bool) throws(InputError) {
        var columns: [ScenarioCSVColumn?] = []
        for name in header.fields {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                columns.append(nil)
                continue
            }
            guard let column = ScenarioCSVColumn.all.first(where: { $0.name == trimmed }), !columns.contains(column) else {
                let message = columns.contains { $0?.name == trimmed } ? InputMessages.duplicateKey : InputMessages.unknownKey
                let values: StatementValues = message == InputMessages.duplicateKey ? ["key": .text(trimmed)]
                    : ["key": .text(trimmed), "allowed": .text(ScenarioCSVColumn.all.map(\.name).joined(separator: ", "))]
                throw InputError(file: file, line: header.line, field: trimmed, message, values)
            }
            columns.append(column)
        }
        for name in ScenarioCSVColumn.required where !columns.contains(where: { $0?.name == name }) {
            throw InputError(file: file, line: header.line, field: name, InputMessages.missingField, ["key": .text(name)])
        }
        self.file = file
        self.columns = columns
        self.decimalComma = decimalComma
    }

    /// The row's `name` cell as typed, so a row that fails can still be told by its name.
    public func name(_ record: CSVRecords.Record) -> String? {
        guard let index = columns.firstIndex(where: { $0?.name == "name" }), index < record.fields.count else { return nil }
        let name = record.fields[index].trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }

    /// Whether a row has no values at all (a blank line in a spreadsheet export).
    public func isBlank(_ record: CSVRecords.Record) -> Bool {
        record.fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    public func scenario(_ record: CSVRecords.Record) throws(InputError) -> Scenario {
        try checkUnnamedCells(record)
        var tree = NodeTree()
        for (column, cell) in zip(columns, record.fields) {
            var value = cell.trimmingCharacters(in: .whitespaces)
            guard let column, !value.isEmpty else { continue }
            // A scenario file reads these as "not given"; in a spreadsheet they are more likely a database export's
            // placeholder than a wish for the default.
            if ["null", "~"].contains(value.lowercased()) {
                throw InputError(file: file, line: record.line, field: column.name, InputMessages.csvNullCell, ["found": .text(value)])
            }
            if column.kind == .number && decimalComma {
                // "1.250" may mean 1 250 (a thousands point) or 1,25: neither guess is safe.
                guard !value.contains(".") else {
                    throw InputError(file: file, line: record.line, field: column.name, InputMessages.csvDecimalPoint, ["found": .text(value)])
                }
                value = value.replacingOccurrences(of: ",", with: ".")
            }
            tree.insert(value, at: column.path.split(separator: ".").map(String.init))
        }
        try checkFlags(record)
        for name in ScenarioCSVColumn.required {
            guard let index = columns.firstIndex(where: { $0?.name == name }),
                  record.fields[index].trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            throw InputError(file: file, line: record.line, field: name, InputMessages.missingField, ["key": .text(name)])
        }
        do throws(InputError) {
            return try ScenarioDecoder.decode(root: YAMLNode(node: tree.node, file: file, path: ""))
        } catch {
            var values = error.statement.values
            let index = columns.firstIndex { $0?.path == error.field }
            var column = index.flatMap { columns[$0]?.name }
            // The decoder saw the cell with its decimal comma turned into a point; the reader should see what they typed.
            if let index, values["found"] != nil { values["found"] = .text(record.fields[index].trimmingCharacters(in: .whitespaces)) }
            // A hint's suggestion ("write 14.20") is written the way this file writes numbers.
            if decimalComma, case let .text(suggested)? = values["suggested"] {
                values["suggested"] = .text(suggested.replacingOccurrences(of: ".", with: ","))
            }
            if error.statement.kind == InputMessages.missingField {
                // A missing mapping (the work pattern) is named by the columns that give it, a missing key inside one
                // (an allowance amount without its level) by its column.
                // The decoder names the missing field by its own path or by its parent's path and its key.
                let key = values["key"].flatMap { if case let .text(key) = $0 { key } else { nil } }
                let paths = [error.field, [error.field, key].compactMap { $0 }.joined(separator: ".")].compactMap { $0 }
                let inside = columns.compactMap { $0 }.filter { column in paths.contains { column.path == $0 || column.path.hasPrefix($0 + ".") } }
                    .map(\.name)
                column = column ?? (inside.isEmpty ? nil : inside.joined(separator: " / "))
                if let column { values["key"] = .text(column) }
            }
            throw InputError(file: file, line: record.line, field: column ?? error.field, error.statement.kind, values)
        }
    }
}

extension ScenarioCSV {
    /// A row must reach the header's last named column; past it, and under columns without a name, its cells must be
    /// empty (a spreadsheet writes the separators of columns that once held something).
    func checkUnnamedCells(_ record: CSVRecords.Record) throws(InputError) {
        let named = (columns.lastIndex { $0 != nil } ?? -1) + 1
        guard record.fields.count >= named else {
            throw InputError(file: file, line: record.line, field: nil, InputMessages.columnCount,
                             ["expected": .count(named), "found": .count(record.fields.count)])
        }
        for (index, cell) in record.fields.enumerated() where index >= columns.count || columns[index] == nil {
            let value = cell.trimmingCharacters(in: .whitespaces)
            guard value.isEmpty else {
                throw InputError(file: file, line: record.line, field: nil, InputMessages.csvUnnamedColumn,
                                 ["column": .count(index + 1), "found": .text(value)])
            }
        }
    }

    /// A flag that says no while values below it are given would drop those values: an error instead.
    func checkFlags(_ record: CSVRecords.Record) throws(InputError) {
        for (index, flag) in columns.enumerated() {
            guard let flag else { continue }
            let value = record.fields[index].trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty, !["true", "True", "yes"].contains(value) else { continue }
            let below = zip(columns, record.fields).contains { column, cell in
                column?.path.hasPrefix(flag.path + ".") == true && !cell.trimmingCharacters(in: .whitespaces).isEmpty
            }
            if below {
                throw InputError(file: file, line: record.line, field: flag.name, InputMessages.flagWithValues, ["flag": .text(flag.name)])
            }
        }
    }
}

/// Values placed at field paths, turned into the node tree a scenario file would give.
/// A flag with values below it (`kelaPension` with `kelaPensionMonthly`) becomes the mapping.
struct NodeTree {
    private var scalar: String?
    private var children: [(String, NodeTree)] = []

    mutating func insert(_ value: String, at path: [String]) {
        guard let key = path.first else { scalar = value; return }
        if let index = children.firstIndex(where: { $0.0 == key }) {
            children[index].1.insert(value, at: Array(path.dropFirst()))
        } else {
            var child = NodeTree()
            child.insert(value, at: Array(path.dropFirst()))
            children.append((key, child))
        }
    }

    var node: InputNode {
        if children.isEmpty, let scalar { return .scalar(.init(string: scalar, plain: true, line: nil)) }
        return .mapping(children.map { (.scalar(.init(string: $0.0, plain: true, line: nil)), $0.1.node) }, line: nil)
    }
}
