/// The wage subsidy as it would be decided before the job starts: the checklist and, when a type is given, its terms.
public struct WageSubsidyDecision: Sendable, Hashable {
    public let type: WageSubsidyType?
    public let eligibility: Eligibility
    /// `nil` when the type is not given or the rules lack a figure for the decision date.
    public let terms: WageSubsidyTerms?

    static var reads: [CalculatorRequirement.Read] { WageSubsidyChecklist.reads + WageSubsidyTermsRule.reads }

    /// Records the terms' steps and warnings in `context`, the decision month at the decision date.
    static func decide(_ application: WageSubsidyApplication, scenario: Scenario, job: Job, employer: Employer,
                       in context: inout MonthContext) -> WageSubsidyDecision {
        let eligibility = WageSubsidyChecklist(scenario: scenario, job: job, employer: employer, application: application,
                                               parameters: context.parameters).conditions()
        context.cite(eligibility.conditions.flatMap(\.reason.parameters))
        // The 55+ subsidy is granted without the suitability assessment the other types have (domain notes §1.2).
        context.warn(Warning(WageSubsidyMessages.warnEstimate,
                             ["discretionary": .text(application.type == .age55 ? "no" : "yes")], severity: .info))
        if eligibility.outcome == .open {
            context.warn(Warning(WageSubsidyMessages.warnConditionsOpen,
                                 ["subsidy": .term("term.subsidy.wage"), "count": .count(eligibility.count(.unknown))],
                                 severity: .caution))
        }
        guard let type = application.type else {
            context.warn(Warning(WageSubsidyMessages.warnTypeMissing, severity: .problem))
            return WageSubsidyDecision(type: nil, eligibility: eligibility, terms: nil)
        }
        if type == .association {
            context.warn(Warning(WageSubsidyMessages.warnAssociationContributions, severity: .caution))
        }
        do throws(ParameterLookupError) {
            let terms = try WageSubsidyTermsRule(job: job, application: application, type: type,
                                             grantable: eligibility.outcome != .notEligible).decide(in: &context)
            return WageSubsidyDecision(type: type, eligibility: eligibility, terms: terms)
        } catch {
            context.warn(SimulationMessages.stopped(.wageSubsidy, error, month: context.month, context.parameters))
            return WageSubsidyDecision(type: type, eligibility: eligibility, terms: nil)
        }
    }
}
