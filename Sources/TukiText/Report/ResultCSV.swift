import TukiEngine

/// A simulation as CSV: one row a month, each line with and without the job.
public struct ResultCSV: Sendable {
    let formatter: TextFormatter

    public init(formatter: TextFormatter) { self.formatter = formatter }

    public func render(_ result: SimulationResult) -> String {
        let lines = Set(result.months.flatMap { $0.withJob.lines + $0.baseline.lines }).sorted()
        var csv = CSVTable(language: formatter.language)
        let without = formatter.term("term.variant.baseline")
        let with = formatter.term("term.variant.withJob")
        csv.append([formatter.say(ReportMessages.monthColumn)]
                   + lines.flatMap { ["\(formatter.term($0.termKey)) (\(without))", "\(formatter.term($0.termKey)) (\(with))"] })
        for month in result.months {
            csv.append([month.month.description] + lines.flatMap { [csv.money(month.baseline.amount($0)), csv.money(month.withJob.amount($0))] })
        }
        return csv.render()
    }
}
