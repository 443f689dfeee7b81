import TukiEngine

/// A batch's output as text written piece by piece (header, each row as it comes, footer), so nothing
/// is held in memory: CSV (the reader's separators), one JSON document, or JSON Lines.
public struct BatchDocument: Sendable {
    public enum Format: String, Sendable, CaseIterable { case csv, json, jsonl }

    public let format: Format
    public let table: BatchTable
    public let rules: RuleSetStamp
    public let reformRules: RuleSetStamp?

    public init(format: Format, table: BatchTable, rules: RuleSetStamp, reformRules: RuleSetStamp?) {
        self.format = format
        self.table = table
        self.rules = rules
        self.reformRules = reformRules
    }

    private var csv: CSVTable { CSVTable(language: table.formatter.language) }

    /// What a file of this format begins with: for CSV the byte-order mark by which Excel knows the text is UTF-8
    /// (without it, Finnish Excel shows ä, ö and € as Windows-1252). Standard output gets none: programs reading
    /// a pipe do not expect it.
    public var fileStart: String { format == .csv ? "\u{FEFF}" : "" }

    public func header() -> String {
        switch format {
        case .csv: return csv.line(table.columns)
        case .json:
            var members = [("ruleset", ResultJSON.ruleset(rules))]
            if let reformRules { members.append(("reform", ResultJSON.ruleset(reformRules))) }
            let opening = JSONValue.object(members).serialized()
            return String(opening.dropLast()) + ",\"rows\":[\n"
        case .jsonl: return ""
        }
    }

    /// One row. In JSON a comma goes before every row but the input's first (index 0, which every run emits
    /// first), so the workers can render rows while they are still written in input order.
    public func row(_ outcome: BatchOutcome) -> String {
        let first = outcome.index == 0
        switch format {
        case .csv:
            let table = csv
            return table.line(self.table.values(outcome).map { cell($0, table) })
        case .json: return (first ? "" : ",\n") + json(outcome).serialized()
        case .jsonl: return json(outcome).serialized() + "\n"
        }
    }

    public func footer(_ tally: BatchTally, _ reform: ReformSummary?) -> String {
        let summary = BatchSummaryJSON.summary(tally, reform)
        switch format {
        case .csv:
            let table = csv
            return table.line([]) + BatchSummaryJSON.trailer(tally, reform, table).map { table.line([$0.0, cell($0.1, table)]) }.joined()
        case .json: return "\n],\"summary\":" + summary.serialized() + "}\n"
        case .jsonl: return JSONValue.object([("summary", summary)]).serialized() + "\n"
        }
    }

    func json(_ outcome: BatchOutcome) -> JSONValue {
        var members = zip(table.columns, table.values(outcome)).map { ($0, BatchSummaryJSON.value($1)) }
        if let index = members.firstIndex(where: { $0.0 == "mismatches" }) {
            members[index].1 = .array(outcome.mismatches.map(BatchSummaryJSON.mismatch))
        }
        // A list is a JSON array (empty for a row that did not run); CSV has one cell, so there the ids are space-separated.
        let (current, reform): (BatchFigures?, BatchFigures?) = if case let .ran(current, reform, _, _) = outcome.status {
            (current, reform)
        } else {
            (nil, nil)
        }
        for (column, figures) in [("warnings", current), ("warnings.reform", reform)] {
            guard let index = members.firstIndex(where: { $0.0 == column }) else { continue }
            members[index].1 = .array((figures?.warnings ?? []).map { .string($0.id) })
        }
        return .object(members)
    }

    func cell(_ value: BatchTable.Value, _ csv: CSVTable) -> String {
        switch value {
        case let .text(text): csv.text(text)
        case let .money(amount): csv.money(amount)
        case let .rate(rate): csv.ratio(rate)
        case let .hours(hours): csv.number(hours.description)
        case let .count(count): "\(count)"
        case .none: ""
        }
    }
}
