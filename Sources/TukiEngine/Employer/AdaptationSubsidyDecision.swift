/// The workplace adaptation subsidy as decided: its one condition and the caps in force at the decision date.
public struct AdaptationSubsidyDecision: Sendable, Hashable {
    public struct Terms: Sendable, Hashable {
        public let equipmentCap: Resolved<Money>
        public let hourly: Resolved<Money>
        public let maxHours: Resolved<Int>
        public let maxMonths: Resolved<Int>
    }

    public let request: AdaptationSubsidyRequest
    public let eligibility: Eligibility
    /// `nil` when the rules lack a figure for the decision date.
    public let terms: Terms?

    private static let namespace = "employment.adaptation_subsidy"
    static let equipmentCap = ParameterID("\(namespace).equipment_cap")
    static let hourly = ParameterID("\(namespace).coworker_help_hourly")
    static let maxHours = ParameterID("\(namespace).coworker_help_max_hours")
    static let maxMonths = ParameterID("\(namespace).coworker_help_max_months")

    static let reads: [CalculatorRequirement.Read] = [
        .init(equipmentCap, .amount), .init(hourly, .amount), .init(maxHours, .count), .init(maxMonths, .count),
    ]

    static func decide(_ request: AdaptationSubsidyRequest, in context: inout MonthContext) -> AdaptationSubsidyDecision {
        let need: ConditionResult = switch request.causedByInjuryOrIllness {
        case nil:
            ConditionResult(condition: .adaptationNeed, status: .unknown,
                            reason: TraceStep(ConditionMessages.notGiven,
                                              ["field": .text("job.employer.adaptationSubsidy.causedByInjuryOrIllness")],
                                              source: SubsidySources.adaptation))
        case let answer?:
            ConditionResult(condition: .adaptationNeed, status: answer ? .met : .notMet,
                            reason: TraceStep(answer ? ConditionMessages.adaptationNeedMet : ConditionMessages.adaptationNeedNotMet,
                                              source: SubsidySources.adaptation))
        }
        let eligibility = Eligibility(conditions: [need])
        if eligibility.outcome == .open {
            context.warn(Warning(WageSubsidyMessages.warnConditionsOpen,
                                 ["subsidy": .term("term.subsidy.adaptation"), "count": .count(1)], severity: .caution))
        }
        do throws(ParameterLookupError) {
            let parameters = context.parameters
            let terms = Terms(equipmentCap: try parameters.amount(equipmentCap), hourly: try parameters.amount(hourly),
                              maxHours: try parameters.count(maxHours), maxMonths: try parameters.count(maxMonths))
            context.record(AdaptationSubsidyMessages.terms,
                           ["cap": .money(terms.equipmentCap.value), "hourly": .money(terms.hourly.value),
                            "maxHours": .count(terms.maxHours.value), "maxMonths": .count(terms.maxMonths.value)],
                           parameters: [terms.equipmentCap.use, terms.hourly.use, terms.maxHours.use, terms.maxMonths.use])
            return AdaptationSubsidyDecision(request: request, eligibility: eligibility, terms: terms)
        } catch {
            context.warn(SimulationMessages.stopped(.adaptationSubsidy, error, month: context.month, context.parameters))
            return AdaptationSubsidyDecision(request: request, eligibility: eligibility, terms: nil)
        }
    }
}
