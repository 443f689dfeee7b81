/// Warnings the month runner itself gives.
public enum SimulationMessages {
    /// A value marked unverified in the rules was used.
    public static let parameterUnverified = MessageKind("warning.parameter_unverified", ["parameter", "date"])
    /// A calculation could not be done: the rules lack a value (the reason is a statement of its own).
    public static let calculationStopped = MessageKind("warning.calculation_stopped", ["calculator", "parameter", "reason"])
    /// The scenario gives an input that this version does not compute yet.
    public static let notModelled = MessageKind("warning.not_modelled", ["input"])

    public static let all = [parameterUnverified, calculationStopped, notModelled]

    /// Why a parameter could not be read, as catalog terms.
    public static let lookupReasonTerms = ["term.lookup.noValue", "term.lookup.notInForce", "term.lookup.unknown"]
}
