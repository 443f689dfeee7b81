import TukiEngine

/// The text report's months: consecutive months with the same figures are shown once, and each period is a
/// table of lines without the job, with it, and the change. Four columns fit a terminal however many lines
/// there are; the month table with a column for each line and variant (the page, CSV) would not.
struct PeriodTables {
    let formatter: TextFormatter

    func render(_ result: SimulationResult) -> String {
        let lines = Set(result.months.flatMap { $0.withJob.lines + $0.baseline.lines } + result.requiredLines).sorted()
        var periods: [(first: MonthResult, last: MonthResult, rows: [[String]])] = []
        for month in result.months {
            let rows = lines.map { row($0, in: month, of: result) }
            if let last = periods.last, last.rows == rows {
                periods[periods.count - 1].last = month
            } else {
                periods.append((month, month, rows))
            }
        }
        return periods.map { period in
            let heading = period.first.month == period.last.month ? formatter.month(period.first.month)
                : formatter.say(ReportMessages.monthRange, ["first": .month(period.first.month), "last": .month(period.last.month)])
            var table = TextTable(header: [heading, formatter.say(ReportMessages.withoutJobColumn),
                                           formatter.say(ReportMessages.withJobColumn), formatter.say(ReportMessages.changeColumn)])
            table.rows = period.rows
            return table.render()
        }.joined(separator: "\n\n")
    }

    /// A line whose amount is unknown says so; one that does not apply shows "–" and counts as zero in the change.
    private func row(_ line: AmountLine, in month: MonthResult, of result: SimulationResult) -> [String] {
        let unknown = formatter.say(ReportMessages.amountUnknown)
        func cell(_ figures: MonthFigures) -> String {
            if let amount = figures.amount(line) { return formatter.money(amount) }
            return result.isUnknown(line, in: figures) ? unknown : "–"
        }
        let change: String
        if result.isUnknown(line, in: month.baseline) || result.isUnknown(line, in: month.withJob) {
            change = unknown
        } else {
            let difference = (month.withJob.amount(line) ?? .zero) - (month.baseline.amount(line) ?? .zero)
            change = difference > .zero ? "+" + formatter.money(difference) : formatter.money(difference)
        }
        return [formatter.term(line.termKey), cell(month.baseline), cell(month.withJob), change]
    }
}
