/// A condition of a subsidy, checked against what the scenario states.
public enum SubsidyCondition: String, Sendable, Hashable, CaseIterable {
    case unemployedJobseeker, medicalStatement, disadvantagedWorker, targetGroup, employerKind, nonBusinessTasks,
         noEconomicDismissals, decisionBeforeStart, collectiveAgreementWage, workingTimeCeiling, weeklyHours,
         age, longTermUnemployment, reGrantLimit, adaptationNeed

    public var termKey: String { "term.condition.\(rawValue)" }
}

public enum ConditionStatus: String, Sendable, Hashable, CaseIterable {
    case met, notMet, unknown

    public var termKey: String { "term.condition_status.\(rawValue)" }
}

/// One condition's status, with the reason and the rule or source behind it.
public struct ConditionResult: Sendable, Hashable {
    public let condition: SubsidyCondition
    public let status: ConditionStatus
    public let reason: TraceStep
}

/// Every condition of one subsidy. Any condition not met rules the subsidy out; any unknown one leaves it open.
public struct Eligibility: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        case eligible, notEligible, open

        public var termKey: String { "term.eligibility.\(rawValue)" }
    }

    public let conditions: [ConditionResult]

    public var outcome: Outcome {
        if conditions.contains(where: { $0.status == .notMet }) { return .notEligible }
        if conditions.contains(where: { $0.status == .unknown }) { return .open }
        return .eligible
    }

    public func count(_ status: ConditionStatus) -> Int { conditions.filter { $0.status == status }.count }
}
