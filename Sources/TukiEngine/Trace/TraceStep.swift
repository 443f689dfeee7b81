/// One step of a calculation: what was computed, from which parameters, on what legal basis.
public struct TraceStep: Sendable, Hashable {
    public let statement: Statement
    public let parameters: [ParameterUse]
    /// The legal basis of the step itself when it is not a parameter's (e.g. a formula in a law).
    public let source: Source?

    public init(_ kind: MessageKind, _ values: StatementValues = [:],
                parameters: [ParameterUse] = [], source: Source? = nil) {
        self.statement = Statement(kind, values)
        self.parameters = parameters
        self.source = source
    }
}

/// Something the person or coach should know about a month or the whole result.
public struct Warning: Sendable, Hashable {
    public enum Severity: String, Sendable { case info, caution, problem }

    public let statement: Statement
    public let severity: Severity
    public let month: YearMonth?
    public let parameters: [ParameterUse]

    public init(_ kind: MessageKind, _ values: StatementValues = [:], severity: Severity,
                month: YearMonth? = nil, parameters: [ParameterUse] = []) {
        self.statement = Statement(kind, values)
        self.severity = severity
        self.month = month
        self.parameters = parameters
    }

    // The cheap fields first: a month's warnings are compared with each other each time one is added.
    public static func == (lhs: Warning, rhs: Warning) -> Bool {
        lhs.month == rhs.month && lhs.severity == rhs.severity && lhs.statement == rhs.statement
            && lhs.parameters == rhs.parameters
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(statement)
        hasher.combine(month)
    }
}
