import TukiEngine

/// The parts the simulation and subsidy reports share: the rules header, month-by-month explanations,
/// warnings merged into periods, and the sources used.
public struct ReportSections: Sendable {
    let formatter: TextFormatter

    public init(formatter: TextFormatter) { self.formatter = formatter }

    /// Version, digest, the date rules are taken at, and any overlays.
    func rules(_ stamp: RuleSetStamp, pinnedDate: Day?) -> [String] {
        [formatter.say(ReportMessages.ruleSet, ["version": .text(stamp.version), "digest": .text(String(stamp.digest.prefix(12)))]),
         pinnedDate.map { formatter.say(ReportMessages.asOfPinned, ["date": .day($0)]) } ?? formatter.say(ReportMessages.asOfEachMonth)]
            + stamp.overlays.map { formatter.say(ReportMessages.overlay, ["file": .text($0)]) }
    }

    /// Each month's steps; a month that repeats the previous month's steps says so in one line.
    func explanation(_ months: [(month: YearMonth, trace: [TraceStep])]) -> String {
        explanationBlocks(months).map { block in
            ([block.heading] + block.items.map { "- " + $0 }).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// The explanation as headings with their sentences; a run of unchanged months is a heading alone.
    public func explanationBlocks(_ months: [(month: YearMonth, trace: [TraceStep])]) -> [(heading: String, items: [String])] {
        var blocks: [(heading: String, items: [String])] = []
        var previous: [Statement] = []
        var unchangedMonths = 0
        func closeUnchanged() {
            if unchangedMonths > 0 { blocks.append((formatter.say(ReportMessages.unchanged, ["count": .count(unchangedMonths)]), [])) }
            unchangedMonths = 0
        }
        for (month, trace) in months {
            let statements = trace.map(\.statement)
            if statements == previous {
                unchangedMonths += 1
                continue
            }
            closeUnchanged()
            blocks.append((formatter.say(ReportMessages.explanation, ["month": .month(month)]), statements.map(formatter.format)))
            previous = statements
        }
        closeUnchanged()
        return blocks
    }

    /// `nil` when there is nothing to note.
    public func warnings(_ warnings: [Warning]) -> String? {
        let items = warningItems(warnings)
        guard !items.isEmpty else { return nil }
        return ([formatter.say(ReportMessages.warnings)] + items.map { "- " + $0 }).joined(separator: "\n")
    }

    /// Each warning once, prefixed with the periods it applies to. Unverified values used in the same months
    /// are one item naming them all: a year whose figures are not yet confirmed would otherwise list a dozen.
    public func warningItems(_ warnings: [Warning]) -> [String] {
        let groups = WarningGroup.grouping(warnings)
        var unverified: [[ClosedRange<YearMonth>]: [Statement]] = [:]
        for group in groups where group.statement.kind == SimulationMessages.parameterUnverified {
            unverified[group.periods, default: []].append(group.statement)
        }
        var said: Set<[ClosedRange<YearMonth>]> = []
        return groups.compactMap { group in
            let prefix = group.periods.isEmpty ? "" : periods(group.periods) + ": "
            guard group.statement.kind == SimulationMessages.parameterUnverified, let values = unverified[group.periods],
                  values.count > 1 else {
                return prefix + formatter.format(group.statement)
            }
            guard said.insert(group.periods).inserted else { return nil }
            let list = values.map { formatter.say(ReportMessages.unverifiedValue, $0.values) }.joined(separator: "; ")
            return prefix + formatter.say(ReportMessages.unverifiedValues, ["values": .text(list)])
        }
    }

    /// Every parameter and legal basis the steps cite, once each; `nil` when none.
    public func sources(_ steps: [TraceStep]) -> String? {
        var seen: [String] = []
        for step in steps {
            let sources = step.parameters.map { "\($0.id): " + SourceText.describe($0.source) }
                + (step.source.map { [SourceText.describe($0)] } ?? [])
            for source in sources where !seen.contains(source) { seen.append(source) }
        }
        guard !seen.isEmpty else { return nil }
        return ([formatter.say(ReportMessages.sources)] + seen.map { "- " + $0 }).joined(separator: "\n")
    }

    private func periods(_ periods: [ClosedRange<YearMonth>]) -> String {
        periods.map { period in
            period.lowerBound == period.upperBound ? formatter.month(period.lowerBound)
                : formatter.say(ReportMessages.monthRange, ["first": .month(period.lowerBound), "last": .month(period.upperBound)])
        }.joined(separator: ", ")
    }
}

enum SourceText {
    static func describe(_ source: Source) -> String {
        [source.law, source.url, source.note].compactMap { $0 }.joined(separator: " — ")
    }
}
