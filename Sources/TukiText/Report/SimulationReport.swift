import TukiEngine

/// The month table and its explanation, as text in the formatter's language.
public struct SimulationReport: Sendable {
    let formatter: TextFormatter

    public init(formatter: TextFormatter) { self.formatter = formatter }

    private var sections: ReportSections { ReportSections(formatter: formatter) }

    public func render(_ result: SimulationResult) -> String {
        let header = [formatter.say(ReportMessages.title, ["scenario": .text(result.scenarioName)])]
            + sections.rules(result.ruleSet, pinnedDate: result.pinnedDate)
        let taxText = TaxYearText(formatter: formatter)
        let taxYears = result.taxYears.flatMap(taxText.summary)
        let explanation = sections.explanation(result.months.map { ($0.month, $0.withJob.trace) })
        let steps = result.months.flatMap { $0.baseline.trace + $0.withJob.trace }
        return ([header.joined(separator: "\n"), summary(result.summary), table(result)]
                + (taxYears.isEmpty ? [] : [taxYears.joined(separator: "\n")])
                + [explanation]
                + [sections.warnings(result.warnings), sections.sources(steps)].compactMap { $0 })
            .joined(separator: "\n\n") + "\n"
    }

    private func summary(_ summary: SimulationSummary) -> String {
        var lines: [String] = []
        if let gain = summary.averageGain {
            lines.append(formatter.say(ReportMessages.summaryGain, ["gain": .money(gain), "wage": .money(summary.averageWage)]))
            if let rate = summary.participationTaxRate {
                lines.append(formatter.say(ReportMessages.summaryParticipation, ["rate": .rate(rate.roundedToPercentDecimals(1))]))
            }
        } else {
            lines.append(formatter.say(ReportMessages.summaryNetUnknown))
        }
        if !summary.monthsWithWarnings.isEmpty {
            lines.append(formatter.say(ReportMessages.summaryWarnings, ["count": .count(summary.monthsWithWarnings.count)]))
        }
        return lines.joined(separator: "\n")
    }

    /// One row a month; each line with the job, and also without it where the baseline has that line non-zero.
    private func table(_ result: SimulationResult) -> String {
        let lines = Set(result.months.flatMap { $0.withJob.lines + $0.baseline.lines }).sorted()
        var columns: [(title: String, value: (MonthResult) -> Money?)] = []
        for line in lines {
            if result.months.contains(where: { ($0.baseline.amount(line) ?? .zero) != .zero }) {
                columns.append((formatter.say(ReportMessages.baselineColumn, ["line": .term(line.termKey)]), { $0.baseline.amount(line) }))
            }
            columns.append((formatter.term(line.termKey), { $0.withJob.amount(line) }))
        }
        var table = TextTable(header: [formatter.say(ReportMessages.monthColumn)] + columns.map(\.title))
        for month in result.months {
            table.rows.append([formatter.month(month.month)] + columns.map { column in
                column.value(month).map(formatter.money) ?? "–"
            })
        }
        return table.render()
    }
}
