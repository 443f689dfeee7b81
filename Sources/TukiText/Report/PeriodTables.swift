import TukiEngine

/// The text report's months: consecutive months with the same figures are shown once, and each period is a
/// table of lines without the job, with it, and the change. Four columns fit a terminal however many lines
/// there are; the month table with a column for each line and variant (the page, CSV) would not.
public struct PeriodTables: Sendable {
    /// Months with the same figures: their heading ("February – December 2026") and a row a line, each
    /// [line, without the job, with it, change].
    public struct Period: Sendable {
        public let heading: String
        public let rows: [[String]]
    }

    let formatter: TextFormatter

    public init(formatter: TextFormatter) { self.formatter = formatter }

    /// The column titles after the period's heading: without the job, with it, the change.
    public var columns: [String] {
        [formatter.say(ReportMessages.withoutJobColumn), formatter.say(ReportMessages.withJobColumn),
         formatter.say(ReportMessages.changeColumn)]
    }

    public func periods(_ result: SimulationResult) -> [Period] {
        let lines = result.reportLines
        let cell = AmountCell(formatter: formatter)
        var periods: [(first: MonthResult, last: MonthResult, rows: [[String]])] = []
        for month in result.months {
            let rows = lines.map { row($0, in: month, of: result, cell) }
            if let last = periods.last, last.rows == rows {
                periods[periods.count - 1].last = month
            } else {
                periods.append((month, month, rows))
            }
        }
        return periods.map { period in
            let heading = period.first.month == period.last.month ? formatter.month(period.first.month)
                : formatter.say(ReportMessages.monthRange, ["first": .month(period.first.month), "last": .month(period.last.month)])
            return Period(heading: heading, rows: period.rows)
        }
    }

    func render(_ result: SimulationResult) -> String {
        periods(result).map { period in
            var table = TextTable(header: [period.heading] + columns)
            table.rows = period.rows
            return table.render()
        }.joined(separator: "\n\n")
    }

    /// A line whose amount is unknown says so; one that does not apply shows "–" and counts as zero in the change.
    private func row(_ line: AmountLine, in month: MonthResult, of result: SimulationResult, _ cell: AmountCell) -> [String] {
        let change: String
        if result.isUnknown(line, in: month.baseline) || result.isUnknown(line, in: month.withJob) {
            change = cell.unknown
        } else {
            let difference = (month.withJob.amount(line) ?? .zero) - (month.baseline.amount(line) ?? .zero)
            change = difference > .zero ? "+" + formatter.money(difference) : formatter.money(difference)
        }
        return [formatter.term(line.termKey), cell.text(line, in: month.baseline, of: result),
                cell.text(line, in: month.withJob, of: result), change]
    }
}
