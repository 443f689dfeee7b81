/// The steps of a calculation, kept only when someone will read them, and the unverified values they cite,
/// kept always: a figure that rests on an unverified value warns whether or not its steps are shown.
struct StepLog {
    let enabled: Bool
    private(set) var steps: [TraceStep] = []
    /// Each unverified value cited, once, in order of first citation.
    private(set) var unverified: [ParameterUse] = []

    init(enabled: Bool) { self.enabled = enabled }

    /// Adds a step; its values are worked out only when steps are kept.
    mutating func add(_ kind: MessageKind, _ values: @autoclosure () -> StatementValues = [:],
                      parameters: [ParameterUse] = [], source: Source? = nil) {
        cite(parameters)
        if enabled { steps.append(TraceStep(kind, values(), parameters: parameters, source: source)) }
    }

    /// Adds a step built beforehand (e.g. chosen among alternatives).
    mutating func add(_ step: TraceStep) {
        cite(step.parameters)
        if enabled { steps.append(step) }
    }

    /// Notes unverified values used outside a step (e.g. in an eligibility reason).
    mutating func cite(_ uses: [ParameterUse]) {
        for use in uses where use.status == .unverified && !unverified.contains(use) { unverified.append(use) }
    }
}
