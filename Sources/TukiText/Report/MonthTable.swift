import TukiEngine

/// The month table as formatted cells: one row a month; each line with the job, and also without it
/// where the baseline has that line non-zero. Shared by the text report and the coach's page.
public struct MonthTable: Sendable {
    public let header: [String]
    public let rows: [[String]]

    /// A line whose amount is unknown in a month says so in its cell; one that does not apply shows "–".
    public init(_ result: SimulationResult, formatter: TextFormatter) {
        let lines = Set(result.months.flatMap { $0.withJob.lines + $0.baseline.lines } + result.requiredLines).sorted()
        var columns: [(title: String, variant: Variant, line: AmountLine)] = []
        for line in lines {
            if result.months.contains(where: { ($0.baseline.amount(line) ?? .zero) != .zero || result.isUnknown(line, in: $0.baseline) }) {
                columns.append((formatter.say(ReportMessages.baselineColumn, ["line": .term(line.termKey)]), .baseline, line))
            }
            columns.append((formatter.term(line.termKey), .withJob, line))
        }
        header = [formatter.say(ReportMessages.monthColumn)] + columns.map(\.title)
        let unknown = formatter.say(ReportMessages.amountUnknown)
        rows = result.months.map { month in
            [formatter.month(month.month)] + columns.map { column in
                let figures = month.figures(column.variant)
                if let amount = figures.amount(column.line) { return formatter.money(amount) }
                return result.isUnknown(column.line, in: figures) ? unknown : "–"
            }
        }
    }
}
