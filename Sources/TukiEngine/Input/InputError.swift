/// A problem in a rule or scenario file, located by file, line and field.
public struct InputError: Error, Sendable, Hashable {
    public let file: String
    /// 1-based line, when the problem has a place in the file.
    public let line: Int?
    /// The field path ("job.pattern.hoursPerDay") or parameter id ("tax.state.scale").
    public let field: String?
    public let statement: Statement

    public init(file: String, line: Int?, field: String?, _ kind: MessageKind, _ values: StatementValues = [:]) {
        self.file = file
        self.line = line
        self.field = field
        self.statement = Statement(kind, values)
    }

    /// "Rules/tax/state.yaml:12"
    public var location: String { line.map { "\(file):\($0)" } ?? file }
}

/// Every problem found in one go, so a user can fix them all before running again.
public struct InputErrors: Error, Sendable {
    public let errors: [InputError]
    public init(_ errors: [InputError]) { self.errors = errors }
}
