import TukiEngine

/// The machine-readable result: figures as exact decimal numbers, every step with its sentence and sources.
/// Without the trace it keeps the figures, the tax years' amounts and the warnings, for callers that only
/// need the numbers. Made for one answer: it keeps that answer's sentences so each is formatted once.
public struct ResultJSON: Sendable {
    let formatter: TextFormatter
    let includesTrace: Bool
    private let sentences: SentenceMemo

    public init(formatter: TextFormatter, includesTrace: Bool = true) {
        self.formatter = formatter
        self.includesTrace = includesTrace
        sentences = SentenceMemo(formatter: formatter)
    }

    public func render(_ result: SimulationResult) -> JSONValue {
        .object([
            ("scenario", .string(result.scenarioName)),
            ("ruleset", Self.ruleset(result.ruleSet)),
            ("asOf", .string((result.pinnedDate ?? result.months.first?.asOf)?.description ?? "")),
            ("asOfMode", .string(result.pinnedDate == nil ? "eachMonth" : "pinned")),
            ("language", .string(formatter.language.rawValue)),
            ("summary", summary(result.summary)),
            ("months", .array(result.months.map { month($0, in: result) })),
            ("taxYears", .array(result.taxYears.map(taxYear))),
            ("warnings", warnings(result.warnings)),
        ])
    }

    /// A difference is given only where both amounts are known; a line absent because it does not apply counts as zero.
    private func month(_ month: MonthResult, in result: SimulationResult) -> JSONValue {
        let lines = Set(month.baseline.lines + month.withJob.lines).sorted().filter { line in
            !result.isUnknown(line, in: month.baseline) && !result.isUnknown(line, in: month.withJob)
        }
        return .object([
            ("month", .string(month.month.description)),
            ("asOf", .string(month.asOf.description)),
            ("baseline", figures(month.baseline, unknown: result.unknownLines(in: month.baseline))),
            ("withJob", figures(month.withJob, unknown: result.unknownLines(in: month.withJob))),
            ("difference", .object(lines.map { line in
                (line.id, Self.money((month.withJob.amount(line) ?? .zero) - (month.baseline.amount(line) ?? .zero)))
            })),
        ])
    }

    func figures(_ figures: MonthFigures, unknown: [AmountLine] = []) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("amounts", .object(figures.lines.map { ($0.id, Self.money(figures.amounts[$0]!)) })),
            ("unknown", .array(unknown.map { .string($0.id) })),
        ]
        if includesTrace { members.append(("trace", .array(figures.trace.map(step)))) }
        return .object(members)
    }

    func step(_ step: TraceStep) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(step.statement.kind.id)),
            ("values", values(step.statement)),
            ("text", .string(sentences.text(step.statement))),
            ("parameters", .array(step.parameters.map(parameterUse))),
        ]
        if let source = step.source { members.append(("source", Self.source(source))) }
        return .object(members)
    }

    private func summary(_ summary: SimulationSummary) -> JSONValue {
        .object([
            ("averageWage", Self.money(summary.averageWage)),
            ("averageNet", summary.averageNet.map(Self.money) ?? .null),
            ("averageNetBaseline", summary.averageNetBaseline.map(Self.money) ?? .null),
            ("averageGain", summary.averageGain.map(Self.money) ?? .null),
            ("participationTaxRate", summary.participationTaxRate.map { .number($0.description) } ?? .null),
            ("monthsWithWarnings", .array(summary.monthsWithWarnings.map { .string($0.description) })),
            ("monthsStoppedInBusyMonths", .array(summary.monthsStoppedInBusyMonths.map { .string($0.description) })),
            ("netFromWithholdingOnly", .bool(summary.netFromWithholdingOnly)),
        ])
    }

    private func taxYear(_ year: TaxYearResult) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("year", .number(String(year.year))),
            ("variant", .string(year.variant.rawValue)),
            ("wage", Self.money(year.estimate.wage)),
            ("pension", Self.money(year.estimate.pension)),
            ("finalTax", year.finalTax.map(Self.money) ?? .null),
            ("withheld", Self.money(year.withheld)),
            ("residual", year.residual.map(Self.money) ?? .null),
            ("card", card(year.card)),
        ]
        if let revised = year.revisedCard {
            members += [("revisedCard", card(revised.card)), ("revisedCardFrom", .string(revised.from.description)),
                        ("withheldKeepingCard", year.withheldKeepingCard.map(Self.money) ?? .null),
                        ("residualKeepingCard", year.residualKeepingCard.map(Self.money) ?? .null)]
        }
        if includesTrace { members.append(("steps", .array(year.steps.map(step)))) }
        return .object(members)
    }

    private func card(_ card: TaxCard) -> JSONValue {
        .object([("baseRate", .number(card.baseRate.description)), ("incomeLimit", Self.money(card.incomeLimit)),
                 ("additionalRate", .number(card.additionalRate.description)), ("pensionRate", .number(card.pensionRate.description))])
    }

    /// Each warning once, with the months it applies to (none for the whole scenario), as in the text report.
    func warnings(_ warnings: [Warning]) -> JSONValue {
        .array(WarningGroup.grouping(warnings).map { group in
            .object([
                ("id", .string(group.statement.kind.id)),
                ("severity", .string(group.severity.rawValue)),
                ("months", .array(group.months.map { .string($0.description) })),
                ("values", values(group.statement)),
                ("text", .string(sentences.text(group.statement))),
                ("parameters", .array(group.parameters.map(parameterUse))),
            ])
        })
    }

    func values(_ statement: Statement) -> JSONValue {
        .object(statement.kind.arguments.compactMap { name in
            statement.values[name].map { (name, Self.value($0)) }
        })
    }

    func parameterUse(_ use: ParameterUse) -> JSONValue {
        .object([
            ("id", .string(use.id.rawValue)),
            ("validFrom", .string(use.validFrom.description)),
            ("status", .string(use.status.rawValue)),
            ("source", Self.source(use.source)),
        ])
    }

    static func value(_ value: TraceValue) -> JSONValue {
        switch value {
        case let .money(amount): money(amount)
        case let .rate(rate): .number(rate.description)
        case let .hours(hours): .number(hours.description)
        case let .count(count): .number(String(count))
        case let .month(month): .string(month.description)
        case let .day(day): .string(day.description)
        case let .text(text): .string(text)
        case let .term(key): .object([("term", .string(key))])
        case let .localized(text): .object(Language.allCases.map { ($0.rawValue, .string(text.text(in: $0))) })
        case let .terms(keys): .object([("terms", .array(keys.map { .string($0) }))])
        }
    }

    public static func money(_ amount: Money) -> JSONValue { .number(amount.description) }

    public static func ruleset(_ stamp: RuleSetStamp) -> JSONValue {
        .object([
            ("version", .string(stamp.version)),
            ("digest", .string(stamp.digest)),
            ("overlays", .array(stamp.overlays.map(JSONValue.string))),
        ])
    }

    public static func source(_ source: Source) -> JSONValue {
        .object([("law", source.law), ("url", source.url), ("note", source.note)].compactMap { key, value in
            value.map { (key, .string($0)) }
        })
    }
}
