import TukiEngine

/// A line's amount in one month's figures as a table cell: the amount, "not known" where the rules cannot
/// give it, "–" where the line does not apply.
struct AmountCell {
    let formatter: TextFormatter
    /// The "not known" text, formatted once per table.
    let unknown: String

    init(formatter: TextFormatter) {
        self.formatter = formatter
        unknown = formatter.say(ReportMessages.amountUnknown)
    }

    func text(_ line: AmountLine, in figures: MonthFigures, of result: SimulationResult) -> String {
        if let amount = figures.amount(line) { return formatter.money(amount) }
        return result.isUnknown(line, in: figures) ? unknown : "–"
    }
}
