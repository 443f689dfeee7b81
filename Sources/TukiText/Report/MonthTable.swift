import TukiEngine

/// The month table as formatted cells: one row a month; each line with the job, and also without it
/// where the baseline has that line non-zero. The coach's page shows it; the text report shows `PeriodTables`.
public struct MonthTable: Sendable {
    /// The first column's title.
    public let monthColumn: String
    /// The header by line: each line's name over its columns' variants ("without the job", "with the job"), so a
    /// column is named by both rows rather than by a with-job column that looked like the line's only one.
    public let groups: [(line: String, variants: [String])]
    public let rows: [[String]]

    /// A line whose amount is unknown in a month says so in its cell; one that does not apply shows "–".
    public init(_ result: SimulationResult, formatter: TextFormatter) {
        var columns: [(variant: Variant, line: AmountLine)] = []
        var groups: [(line: String, variants: [String])] = []
        for line in result.reportLines {
            var variants: [Variant] = [.withJob]
            if result.months.contains(where: { ($0.baseline.amount(line) ?? .zero) != .zero || result.isUnknown(line, in: $0.baseline) }) {
                variants.insert(.baseline, at: 0)
            }
            columns += variants.map { ($0, line) }
            groups.append((formatter.term(line.termKey), variants.map {
                formatter.say($0 == .baseline ? ReportMessages.withoutJobColumn : ReportMessages.withJobColumn)
            }))
        }
        monthColumn = formatter.say(ReportMessages.monthColumn)
        self.groups = groups
        let cell = AmountCell(formatter: formatter)
        rows = result.months.map { month in
            [formatter.month(month.month)] + columns.map { cell.text($0.line, in: month.figures($0.variant), of: result) }
        }
    }
}
