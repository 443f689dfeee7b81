import TukiEngine

/// The employer's report: summary, the conditions checklist, the months and how each figure was reached.
public struct SubsidyReport: Sendable {
    let formatter: TextFormatter

    public init(formatter: TextFormatter) { self.formatter = formatter }

    private var sections: ReportSections { ReportSections(formatter: formatter) }

    public func render(_ result: SubsidyResult) -> String {
        var parts = [header(result), summary(result)]
        if let wage = result.wageSubsidy { parts.append(checklist(wage.eligibility, subsidy: "term.subsidy.wage")) }
        if let adaptation = result.adaptationSubsidy {
            parts.append(checklist(adaptation.eligibility, subsidy: "term.subsidy.adaptation"))
        }
        parts.append(result.months.isEmpty ? say(SubsidyReportMessages.noMonths) : table(result))
        if !result.decision.trace.isEmpty {
            parts.append(([say(SubsidyReportMessages.decision)] + result.decision.trace.map { "- " + formatter.format($0.statement) })
                .joined(separator: "\n"))
        }
        if !result.months.isEmpty { parts.append(sections.explanation(result.months.map { ($0.month, $0.figures.trace) })) }
        let steps = result.decision.trace + conditionReasons(result) + result.months.flatMap(\.figures.trace)
        parts += [sections.warnings(result.warnings), sections.sources(steps)].compactMap { $0 }
        return parts.joined(separator: "\n\n") + "\n"
    }

    private func header(_ result: SubsidyResult) -> String {
        ([say(SubsidyReportMessages.title, ["scenario": .text(result.scenarioName)]),
          say(SubsidyReportMessages.employer, ["kind": .term(result.employer.kind.termKey)])]
         + sections.rules(result.ruleSet, pinnedDate: result.pinnedDate)
         + [say(SubsidyReportMessages.decisionDate, ["date": .day(result.decisionDate)])]).joined(separator: "\n")
    }

    private func summary(_ result: SubsidyResult) -> String {
        ([say(SubsidyReportMessages.summary)] + summaryLines(result).map { "- " + $0 }).joined(separator: "\n")
    }

    /// What the employer asks, a sentence each: eligible or not, which type, for how long, how much, and the net
    /// monthly cost (the coach's page shows them under its own heading).
    public func summaryLines(_ result: SubsidyResult) -> [String] {
        var lines: [String] = []
        // The terms that pay anything: none when a condition rules the subsidy out.
        let payingTerms = result.wageSubsidy.flatMap { $0.eligibility.outcome == .notEligible ? nil : $0.terms }
        if let wage = result.wageSubsidy {
            if let terms = wage.terms {
                lines.append(say(WageSubsidyMessages.rateAndCap, ["type": .term(terms.type.termKey), "rate": .rate(terms.rate.value),
                                                                  "cap": .money(terms.cap.value)]))
            } else if wage.type == nil {
                lines.append(say(WageSubsidyMessages.warnTypeMissing))
            }
            lines.append(eligibility(wage.eligibility))
            if let terms = payingTerms {
                lines.append(say(WageSubsidyMessages.period, ["first": .month(terms.first), "last": .month(terms.last),
                                                              "months": .count(terms.months)]))
                if let perMonth = result.range(.wageSubsidy, where: terms.covers),
                   let total = result.total(.wageSubsidy, where: terms.covers) {
                    let months = result.months.filter { terms.covers($0.month) }.count
                    lines.append(say(SubsidyReportMessages.subsidyPerMonth, ["amount": .text(text(perMonth)), "total": .money(total),
                                                                             "months": .count(months)]))
                }
                if result.periodStartsBeforeSimulation {
                    lines.append(say(SubsidyReportMessages.periodBefore, ["first": .month(result.firstSimulatedMonth)]))
                }
                if result.periodExtendsBeyondSimulation {
                    lines.append(say(SubsidyReportMessages.periodBeyond, ["last": .month(result.lastSimulatedMonth)]))
                }
            }
        } else {
            lines.append(say(SubsidyReportMessages.noWageSubsidy))
        }
        lines += costs(result, during: payingTerms)
        if let adaptation = result.total(.adaptationSubsidy) {
            let open = result.adaptationSubsidy?.eligibility.outcome == .open
            lines.append(say(open ? SubsidyReportMessages.adaptationTotalIfMet : SubsidyReportMessages.adaptationTotal,
                             ["total": .money(adaptation)]))
        }
        return lines
    }

    private func eligibility(_ eligibility: Eligibility) -> String {
        say(SubsidyReportMessages.eligibility, ["outcome": .term(eligibility.outcome.termKey), "met": .count(eligibility.count(.met)),
                                                "notMet": .count(eligibility.count(.notMet)),
                                                "unknown": .count(eligibility.count(.unknown))])
    }

    /// The wage cost, then the net cost during and after the subsidy period (or overall when none applies), from the
    /// months whose cost could be worked out; a month whose rates the rules lack (2027's in a run from March 2026) is
    /// named after them rather than hiding the other months' figures.
    private func costs(_ result: SubsidyResult, during terms: WageSubsidyTerms?) -> [String] {
        guard !result.months.isEmpty else { return [] }
        var lines: [String] = []
        if let cost = result.range(.employerWageCost) { lines.append(say(SubsidyReportMessages.wageCost, ["amount": .text(text(cost))])) }
        let costed = result.months.filter { $0.figures.amount(.employerWageCost) != nil }
        // The net cost also needs the subsidy's amount (e.g. its type may not be given).
        if !costed.isEmpty && !costed.allSatisfy({ $0.figures.amount(.employerNetCost) != nil }) {
            lines.append(say(SubsidyReportMessages.netCostUnknown))
        } else if let terms {
            if let during = result.range(.employerNetCost, where: terms.covers) {
                lines.append(say(SubsidyReportMessages.netCostDuring, ["amount": .text(text(during))]))
            }
            if let after = result.range(.employerNetCost, where: { $0 > terms.last }) {
                lines.append(say(SubsidyReportMessages.netCostAfter, ["amount": .text(text(after))]))
            }
        } else if let net = result.range(.employerNetCost) {
            lines.append(say(SubsidyReportMessages.netCost, ["amount": .text(text(net))]))
        }
        guard costed.count < result.months.count else { return lines }
        let stopped = result.warnings.first {
            $0.statement.kind == SimulationMessages.calculationStopped
                && $0.statement.values["calculator"] == .term(CalculatorName.employerCost.termKey)
        }
        guard let parameter = stopped?.statement.values["parameter"] else { return lines + [say(SubsidyReportMessages.costNotWorkedOut)] }
        return lines + [say(SubsidyReportMessages.costUnknown, ["parameter": parameter])]
    }

    /// One line a condition: its status, its name and the reason.
    private func checklist(_ eligibility: Eligibility, subsidy: String) -> String {
        let statuses = eligibility.conditions.map { formatter.term($0.status.termKey) }
        let width = statuses.map(\.count).max() ?? 0
        let lines = zip(eligibility.conditions, statuses).map { condition, status in
            "  " + status + String(repeating: " ", count: width - status.count) + "  " + conditionText(condition)
        }
        return ([say(SubsidyReportMessages.conditions, ["subsidy": .term(subsidy)])] + lines).joined(separator: "\n")
    }

    /// Each condition with its status first ("not known: Decision before the job starts: …"), for a list.
    public func conditionItems(_ eligibility: Eligibility) -> [String] {
        eligibility.conditions.map { formatter.term($0.status.termKey) + ": " + conditionText($0) }
    }

    private func conditionText(_ condition: ConditionResult) -> String {
        formatter.term(condition.condition.termKey) + ": " + formatter.format(condition.reason.statement)
    }

    /// The job's months: the wage and every employer line any month has.
    private func table(_ result: SubsidyResult) -> String {
        let lines = [AmountLine.grossWage] + AmountLine.employerLines.filter { line in
            result.months.contains { $0.figures.amount(line) != nil }
        }
        var table = TextTable(header: [formatter.say(ReportMessages.monthColumn)] + lines.map { formatter.term($0.termKey) })
        for month in result.months {
            table.rows.append([formatter.month(month.month)] + lines.map { line in
                month.figures.amount(line).map(formatter.money) ?? "–"
            })
        }
        return table.render()
    }

    private func conditionReasons(_ result: SubsidyResult) -> [TraceStep] {
        ((result.wageSubsidy?.eligibility.conditions ?? []) + (result.adaptationSubsidy?.eligibility.conditions ?? [])).map(\.reason)
    }

    /// "564,20 €", or "560,00 € – 600,00 €" when months differ.
    private func text(_ range: ClosedRange<Money>) -> String {
        range.lowerBound == range.upperBound ? formatter.money(range.lowerBound)
            : formatter.money(range.lowerBound) + " – " + formatter.money(range.upperBound)
    }

    private func say(_ kind: MessageKind, _ values: StatementValues = [:]) -> String { formatter.say(kind, values) }
}
