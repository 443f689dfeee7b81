import TukiEngine

/// The employer view as JSON: decisions with every condition, the months, and the summary figures.
/// Made for one answer, as the ResultJSON it shares the steps' and warnings' form with.
public struct SubsidyJSON: Sendable {
    let formatter: TextFormatter
    private let shared: ResultJSON

    public init(formatter: TextFormatter) {
        self.formatter = formatter
        shared = ResultJSON(formatter: formatter)
    }

    public func render(_ result: SubsidyResult) -> JSONValue {
        .object([
            ("scenario", .string(result.scenarioName)),
            ("ruleset", ResultJSON.ruleset(result.ruleSet)),
            ("asOf", .string((result.pinnedDate ?? result.decisionDate).description)),
            ("asOfMode", .string(result.pinnedDate == nil ? "eachMonth" : "pinned")),
            ("decisionDate", .string(result.decisionDate.description)),
            ("language", .string(formatter.language.rawValue)),
            ("employer", .object([("kind", .string(result.employer.kind.rawValue))])),
            ("wageSubsidy", result.wageSubsidy.map { wageSubsidy($0, result) } ?? .null),
            ("adaptationSubsidy", result.adaptationSubsidy.map { adaptation($0) } ?? .null),
            ("decisionTrace", .array(result.decision.trace.map(shared.step))),
            ("totals", .object(AmountLine.employerLines.compactMap { line in
                result.completeTotal(line).map { (line.id, ResultJSON.money($0)) }
            })),
            ("months", .array(result.months.map { month in
                .object([("month", .string(month.month.description)), ("asOf", .string(month.asOf.description))]
                        + members(of: shared.figures(month.figures, unknown: result.unknownLines(in: month))))
            })),
            ("warnings", shared.warnings(result.warnings)),
        ])
    }

    private func wageSubsidy(_ decision: WageSubsidyDecision, _ result: SubsidyResult) -> JSONValue {
        .object([
            ("type", decision.type.map { .string($0.rawValue) } ?? .null),
            ("eligibility", eligibility(decision.eligibility)),
            ("terms", decision.terms.map { terms in
                .object([
                    ("rate", .number(terms.rate.value.description)),
                    ("monthlyCap", ResultJSON.money(terms.cap.value)),
                    ("first", .string(terms.first.description)),
                    ("last", .string(terms.last.description)),
                    ("months", .number(String(terms.months))),
                    ("startsBeforeSimulation", .bool(result.periodStartsBeforeSimulation)),
                    ("extendsBeyondSimulation", .bool(result.periodExtendsBeyondSimulation)),
                    ("parameters", .array([terms.rate.use, terms.cap.use].map(shared.parameterUse))),
                ])
            } ?? .null),
        ])
    }

    private func adaptation(_ decision: AdaptationSubsidyDecision) -> JSONValue {
        .object([("eligibility", eligibility(decision.eligibility))])
    }

    private func eligibility(_ eligibility: Eligibility) -> JSONValue {
        .object([
            ("outcome", .string(eligibility.outcome.rawValue)),
            ("conditions", .array(eligibility.conditions.map { condition in
                .object([("condition", .string(condition.condition.rawValue)), ("status", .string(condition.status.rawValue))]
                        + members(of: shared.step(condition.reason)))
            })),
        ])
    }

    private func members(of object: JSONValue) -> [(String, JSONValue)] {
        guard case let .object(members) = object else { return [] }
        return members
    }
}
