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
        return ([header.joined(separator: "\n"), summary(result.summary), PeriodTables(formatter: formatter).render(result)]
                + (taxYears.isEmpty ? [] : [taxYears.joined(separator: "\n")])
                + [explanation]
                + [sections.warnings(result.warnings), sections.sources(steps)].compactMap { $0 })
            .joined(separator: "\n\n") + "\n"
    }

    /// The average gain, the participation tax rate and how many months have something to note, one sentence a line.
    public func summary(_ summary: SimulationSummary) -> String {
        var lines: [String] = []
        if let gain = summary.averageGain {
            lines.append(formatter.say(ReportMessages.summaryGain, ["gain": .money(gain), "wage": .money(summary.averageWage)]))
            if summary.monthsWithWage < summary.months {
                lines.append(formatter.say(ReportMessages.summaryAveragedOver,
                                           ["months": .count(summary.months), "jobMonths": .count(summary.monthsWithWage)]))
            }
            if let rate = summary.participationTaxRate {
                lines.append(formatter.say(ReportMessages.summaryParticipation, ["rate": .rate(rate.roundedToPercentDecimals(1))]))
            }
            if summary.netFromWithholdingOnly { lines.append(formatter.say(ReportMessages.summaryWithholdingOnly)) }
        } else {
            lines.append(formatter.say(ReportMessages.summaryNetUnknown))
        }
        if let first = summary.monthsStoppedInBusyMonths.first {
            lines.append(formatter.say(ReportMessages.summaryBusyMonths,
                                       ["count": .count(summary.monthsStoppedInBusyMonths.count), "first": .month(first)]))
        }
        if !summary.monthsWithWarnings.isEmpty {
            lines.append(formatter.say(ReportMessages.summaryWarnings, ["count": .count(summary.monthsWithWarnings.count)]))
        }
        return lines.joined(separator: "\n")
    }
}
