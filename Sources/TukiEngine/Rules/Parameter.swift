/// How sure the project is of a dated value.
public enum ValueStatus: String, Sendable, Hashable, CaseIterable {
    /// Read from the source named.
    case confirmed
    /// Taken from a weaker source or derived; results using it carry a warning.
    case unverified
    /// Known to exist but not found; a calculation that needs it stops and says so.
    case unknown
}

/// A value from a date on, until the next dated value.
public struct DatedValue: Sendable, Hashable {
    public let from: Day
    /// `nil`: not in force from this date (or unknown, see `status`).
    public let value: ParameterValue?
    public let status: ValueStatus
    /// Overrides the parameter's source for this value (e.g. the next year's law).
    public let source: Source?
    public let note: String?
    public let line: Int?
}

/// A parameter of the rules: what it is, where it comes from, and its values over time.
public struct Parameter: Sendable, Hashable {
    public let id: ParameterID
    public let file: String
    public let line: Int?
    public let label: LocalizedText
    public let description: LocalizedText?
    public let type: ParameterType
    public let unit: String
    /// For tables: the names of the lookup keys, outermost first.
    public let keys: [String]
    public let source: Source
    /// Ascending by date, no two on the same date.
    public let values: [DatedValue]

    /// The value in force on `day`, if any value has started by then.
    public func dated(at day: Day) -> DatedValue? {
        values.inForce(on: day) { $0.from }
    }

    func replacingValues(_ values: [DatedValue]) -> Parameter {
        Parameter(id: id, file: file, line: line, label: label, description: description, type: type, unit: unit,
                  keys: keys, source: source, values: values)
    }
}
