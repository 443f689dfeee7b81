import TukiEngine

/// A simulation as CSV: one row a month, each line with and without the job. A line the person receives keeps
/// its columns when its amount is unknown: the cell says so (as the text report does); a line that does not
/// apply is empty.
public struct ResultCSV: Sendable {
    let formatter: TextFormatter

    public init(formatter: TextFormatter) { self.formatter = formatter }

    public func render(_ result: SimulationResult) -> String {
        let lines = result.reportLines
        let unknown = formatter.say(ReportMessages.amountUnknown)
        var csv = CSVTable(language: formatter.language)
        let without = formatter.term("term.variant.baseline")
        let with = formatter.term("term.variant.withJob")
        csv.append([formatter.say(ReportMessages.monthColumn)]
                   + lines.flatMap { ["\(formatter.term($0.termKey)) (\(without))", "\(formatter.term($0.termKey)) (\(with))"] })
        for month in result.months {
            csv.append([month.month.description] + lines.flatMap { line in
                [month.baseline, month.withJob].map { figures in
                    result.isUnknown(line, in: figures) ? unknown : csv.money(figures.amount(line))
                }
            })
        }
        return csv.render()
    }
}
