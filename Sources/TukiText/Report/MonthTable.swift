import TukiEngine

/// The month table as formatted cells: one row a month; each line with the job, and also without it
/// where the baseline has that line non-zero. Shared by the text report and the coach's page.
public struct MonthTable: Sendable {
    public let header: [String]
    public let rows: [[String]]

    public init(_ result: SimulationResult, formatter: TextFormatter) {
        let lines = Set(result.months.flatMap { $0.withJob.lines + $0.baseline.lines }).sorted()
        var columns: [(title: String, value: @Sendable (MonthResult) -> Money?)] = []
        for line in lines {
            if result.months.contains(where: { ($0.baseline.amount(line) ?? .zero) != .zero }) {
                columns.append((formatter.say(ReportMessages.baselineColumn, ["line": .term(line.termKey)]), { $0.baseline.amount(line) }))
            }
            columns.append((formatter.term(line.termKey), { $0.withJob.amount(line) }))
        }
        header = [formatter.say(ReportMessages.monthColumn)] + columns.map(\.title)
        rows = result.months.map { month in
            [formatter.month(month.month)] + columns.map { column in column.value(month).map(formatter.money) ?? "–" }
        }
    }
}
