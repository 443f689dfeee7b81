import TukiEngine

/// The month table and its explanation, as text in the formatter's language.
public struct SimulationReport: Sendable {
    let formatter: TextFormatter

    public init(formatter: TextFormatter) { self.formatter = formatter }

    public func render(_ result: SimulationResult) -> String {
        var sections = [header(result), summary(result.summary), table(result)]
        let taxText = TaxYearText(formatter: formatter)
        let taxYears = result.taxYears.flatMap(taxText.summary)
        if !taxYears.isEmpty { sections.append(taxYears.joined(separator: "\n")) }
        sections.append(explanation(result))
        let warnings = WarningGroup.grouping(result.warnings)
        if !warnings.isEmpty {
            sections.append(([formatter.say(ReportMessages.warnings)] + warnings.map { group in
                "- " + (group.periods.isEmpty ? "" : periods(group.periods) + ": ") + formatter.format(group.statement)
            }).joined(separator: "\n"))
        }
        let sources = sourcesUsed(result)
        if !sources.isEmpty {
            sections.append(([formatter.say(ReportMessages.sources)] + sources.map { "- " + $0 }).joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n") + "\n"
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

    private func header(_ result: SimulationResult) -> String {
        var lines = [
            formatter.say(ReportMessages.title, ["scenario": .text(result.scenarioName)]),
            formatter.say(ReportMessages.ruleSet, ["version": .text(result.ruleSet.version),
                                         "digest": .text(String(result.ruleSet.digest.prefix(12)))]),
            result.pinnedDate.map { formatter.say(ReportMessages.asOfPinned, ["date": .day($0)]) } ?? formatter.say(ReportMessages.asOfEachMonth),
        ]
        lines += result.ruleSet.overlays.map { formatter.say(ReportMessages.overlay, ["file": .text($0)]) }
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

    /// Each month's steps with the job; a month that repeats the previous month's steps says so in one line.
    private func explanation(_ result: SimulationResult) -> String {
        var blocks: [String] = []
        var previous: [Statement] = []
        var unchangedMonths = 0
        for month in result.months {
            let statements = month.withJob.trace.map(\.statement)
            if statements == previous {
                unchangedMonths += 1
                continue
            }
            if unchangedMonths > 0 {
                blocks.append(formatter.say(ReportMessages.unchanged, ["count": .count(unchangedMonths)]))
                unchangedMonths = 0
            }
            blocks.append(([formatter.say(ReportMessages.explanation, ["month": .month(month.month)])]
                           + statements.map { "- " + formatter.format($0) }).joined(separator: "\n"))
            previous = statements
        }
        if unchangedMonths > 0 { blocks.append(formatter.say(ReportMessages.unchanged, ["count": .count(unchangedMonths)])) }
        return blocks.joined(separator: "\n")
    }

    private func periods(_ periods: [ClosedRange<YearMonth>]) -> String {
        periods.map { period in
            period.lowerBound == period.upperBound ? formatter.month(period.lowerBound)
                : formatter.say(ReportMessages.monthRange, ["first": .month(period.lowerBound), "last": .month(period.upperBound)])
        }.joined(separator: ", ")
    }

    private func sourcesUsed(_ result: SimulationResult) -> [String] {
        var seen: [String] = []
        for month in result.months {
            for step in month.baseline.trace + month.withJob.trace {
                let sources = step.parameters.map { "\($0.id): " + SourceText.describe($0.source) }
                    + (step.source.map { [SourceText.describe($0)] } ?? [])
                for source in sources where !seen.contains(source) { seen.append(source) }
            }
        }
        return seen
    }

}

enum SourceText {
    static func describe(_ source: Source) -> String {
        [source.law, source.url, source.note].compactMap { $0 }.joined(separator: " — ")
    }
}
