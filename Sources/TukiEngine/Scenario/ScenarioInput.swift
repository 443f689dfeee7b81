/// Parts of a scenario, named so warnings can say which input is not yet computed.
public enum ScenarioInput: String, Sendable, CaseIterable {
    case housing

    public var termKey: String { "term.input.\(rawValue)" }
}
