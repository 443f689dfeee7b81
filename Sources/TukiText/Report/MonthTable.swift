import TukiEngine

/// The month table as formatted cells: one row a month; each line with the job, and also without it
/// where the baseline has that line non-zero. The coach's page shows it; the text report shows `PeriodTables`.
public struct MonthTable: Sendable {
    public let header: [String]
    public let rows: [[String]]

    /// A line whose amount is unknown in a month says so in its cell; one that does not apply shows "–".
    public init(_ result: SimulationResult, formatter: TextFormatter) {
        let lines = result.reportLines
        var columns: [(title: String, variant: Variant, line: AmountLine)] = []
        for line in lines {
            if result.months.contains(where: { ($0.baseline.amount(line) ?? .zero) != .zero || result.isUnknown(line, in: $0.baseline) }) {
                columns.append((formatter.say(ReportMessages.baselineColumn, ["line": .term(line.termKey)]), .baseline, line))
            }
            columns.append((formatter.term(line.termKey), .withJob, line))
        }
        header = [formatter.say(ReportMessages.monthColumn)] + columns.map(\.title)
        let cell = AmountCell(formatter: formatter)
        rows = result.months.map { month in
            [formatter.month(month.month)] + columns.map { cell.text($0.line, in: month.figures($0.variant), of: result) }
        }
    }
}
