/// Trace steps collected only when someone will read them: a tax computation made for a card or a
/// contribution figure skips building its sentences' values.
struct StepLog {
    let enabled: Bool
    private(set) var steps: [TraceStep] = []

    init(enabled: Bool) { self.enabled = enabled }

    mutating func add(_ step: @autoclosure () -> TraceStep) {
        if enabled { steps.append(step()) }
    }
}
