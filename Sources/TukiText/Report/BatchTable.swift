import TukiEngine

/// The columns of a batch's output, one row per input entry, and each row's values. Column names are
/// machine ids (docs/batch.md), so the CSV and JSON read the same in every language.
public struct BatchTable: Sendable {
    public enum Value: Sendable, Hashable {
        case text(String)
        case money(Money)
        case rate(Rate)
        case hours(Hours)
        case count(Int)
        case none
    }

    public let formatter: TextFormatter
    public let withReform: Bool
    public let withBestSafeHours: Bool

    public init(formatter: TextFormatter, withReform: Bool, withBestSafeHours: Bool) {
        self.formatter = formatter
        self.withReform = withReform
        self.withBestSafeHours = withBestSafeHours
    }

    /// A figure with its column name; with a reform it gives three columns: current, `.reform` and `.change`.
    private struct Figure {
        let name: String
        let read: (BatchFigures) -> Value
    }

    private var figures: [Figure] {
        var list = [
            Figure(name: "netWithoutJobMonthly") { $0.netWithout.map(Value.money) ?? .none },
            Figure(name: "netWithJobMonthly") { $0.netWith.map(Value.money) ?? .none },
            Figure(name: "gainMonthly") { $0.averageGain.map(Value.money) ?? .none },
        ]
        list += BatchFigures.lines.map { line in Figure(name: line.id + "Total") { $0.totals[line].map(Value.money) ?? .none } }
        list.append(Figure(name: "participationTaxRate") { $0.participationTaxRate.map(Value.rate) ?? .none })
        if withBestSafeHours { list.append(Figure(name: "bestSafeHours") { $0.bestSafeHours.map(Value.hours) ?? .none }) }
        return list
    }

    public var columns: [String] {
        ["source", "name", "status", "months"]
            + figures.flatMap { withReform ? [$0.name, $0.name + ".reform", $0.name + ".change"] : [$0.name] }
            + (withReform ? ["warnings", "warnings.reform"] : ["warnings"]) + ["mismatches", "error"]
    }

    /// The row's values, in the order of `columns`.
    public func values(_ outcome: BatchOutcome) -> [Value] {
        let blanks = Array(repeating: Value.none, count: columns.count - 5)
        switch outcome.status {
        case .skipped: return [.text(outcome.source), .none, .text("skipped")] + blanks + [.none, .none]
        case let .failed(error, name):
            return [.text(outcome.source), name.map(Value.text) ?? .none, .text("failed")] + blanks + [.none, .text(formatter.describe(error))]
        case let .ran(current, reform, mismatches, _):
            let status = !mismatches.isEmpty ? "mismatch" : current.averageGain == nil ? "incomplete" : "ok"
            var row: [Value] = [.text(outcome.source), .text(current.scenarioName), .text(status),
                                .count(current.months)]
            for figure in figures {
                let now = figure.read(current)
                row.append(now)
                if let reform {
                    let then = figure.read(reform)
                    row += [then, Self.change(now, then)]
                }
            }
            row.append(.text(current.warnings.map(\.id).joined(separator: " ")))
            if let reform { row.append(.text(reform.warnings.map(\.id).joined(separator: " "))) }
            return row + [.count(mismatches.count), .none]
        }
    }

    static func change(_ before: Value, _ after: Value) -> Value {
        switch (before, after) {
        case let (.money(a), .money(b)): .money(b - a)
        case let (.rate(a), .rate(b)): .rate(Rate(units: b.units - a.units))
        case let (.hours(a), .hours(b)): .hours(Hours(hundredths: b.hundredths - a.hundredths))
        default: .none
        }
    }
}
