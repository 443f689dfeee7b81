/// The rules as in force on one date, read through typed accessors. It holds only the prepared timelines
/// (one reference), as every calculator of every month copies it.
public struct Parameters: Sendable {
    let timelines: TimelineIndex
    public let date: Day

    /// The parameter's label in the rule file, whatever its value on this date.
    public func label(_ id: ParameterID) -> LocalizedText? { timelines[id]?.label }

    public func amount(_ id: ParameterID) throws(ParameterLookupError) -> Resolved<Money> {
        try typed(id) { if case let .amount(value) = $0 { value } else { nil } }
    }

    public func rate(_ id: ParameterID) throws(ParameterLookupError) -> Resolved<Rate> {
        try typed(id) { if case let .rate(value) = $0 { value } else { nil } }
    }

    public func scale(_ id: ParameterID) throws(ParameterLookupError) -> Resolved<Scale> {
        try typed(id) { if case let .scale(value) = $0 { value } else { nil } }
    }

    public func table(_ id: ParameterID) throws(ParameterLookupError) -> Resolved<Table> {
        try typed(id) { if case let .table(value) = $0 { value } else { nil } }
    }

    public func count(_ id: ParameterID) throws(ParameterLookupError) -> Resolved<Int> {
        try typed(id) { if case let .count(value) = $0 { value } else { nil } }
    }

    public func flag(_ id: ParameterID) throws(ParameterLookupError) -> Resolved<Bool> {
        try typed(id) { if case let .flag(value) = $0 { value } else { nil } }
    }

    public func day(_ id: ParameterID) throws(ParameterLookupError) -> Resolved<Day> {
        try typed(id) { if case let .date(value) = $0 { value } else { nil } }
    }

    /// The amount, or nil where the rules say the parameter is not in force (its value is null).
    public func amountIfInForce(_ id: ParameterID) throws(ParameterLookupError) -> Resolved<Money>? {
        do {
            return try amount(id)
        } catch {
            if error.reason == .notInForce { return nil }
            throw error
        }
    }

    /// The amount, or nil where the rules do not know it for the date (unknown, or no value yet): for a figure whose
    /// absence the caller can say something about rather than stop.
    public func amountIfKnown(_ id: ParameterID) throws(ParameterLookupError) -> Resolved<Money>? {
        do {
            return try amount(id)
        } catch {
            if error.reason == .unknown || error.reason == .noValue { return nil }
            throw error
        }
    }

    /// The value in force, of the kind `extract` accepts; another kind is a wrong-type error.
    private func typed<Value: Sendable>(_ id: ParameterID,
                                        _ extract: (ParameterValue) -> Value?) throws(ParameterLookupError) -> Resolved<Value> {
        let (value, use) = try resolve(id)
        guard let typed = extract(value) else { throw ParameterLookupError(id: id, date: date, reason: .wrongType) }
        return Resolved(value: typed, use: use)
    }

    private func resolve(_ id: ParameterID) throws(ParameterLookupError) -> (ParameterValue, ParameterUse) {
        guard let timeline = timelines[id] else { throw ParameterLookupError(id: id, date: date, reason: .undeclared) }
        guard let entry = timeline.entry(at: date) else { throw ParameterLookupError(id: id, date: date, reason: .noValue) }
        if entry.status == .unknown { throw ParameterLookupError(id: id, date: date, reason: .unknown) }
        guard let value = entry.value else { throw ParameterLookupError(id: id, date: date, reason: .notInForce) }
        return (value, entry.use)
    }
}

/// A value read from the rules, with what a trace needs to cite it.
public struct Resolved<Value: Sendable>: Sendable {
    public let value: Value
    public let use: ParameterUse
}

/// Which parameter value a step used: id, the date that value applies from, its status and source.
/// Stored once per dated value and shared, so citing it in a step copies one reference.
public struct ParameterUse: Sendable, Hashable {
    private final class Storage: Sendable {
        let id: ParameterID
        let validFrom: Day
        let status: ValueStatus
        let source: Source

        init(id: ParameterID, validFrom: Day, status: ValueStatus, source: Source) {
            self.id = id
            self.validFrom = validFrom
            self.status = status
            self.source = source
        }
    }

    private let storage: Storage

    public init(id: ParameterID, validFrom: Day, status: ValueStatus, source: Source) {
        storage = Storage(id: id, validFrom: validFrom, status: status, source: source)
    }

    public var id: ParameterID { storage.id }
    public var validFrom: Day { storage.validFrom }
    public var status: ValueStatus { storage.status }
    public var source: Source { storage.source }

    public static func == (lhs: ParameterUse, rhs: ParameterUse) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.id == rhs.id && lhs.validFrom == rhs.validFrom && lhs.status == rhs.status && lhs.source == rhs.source)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(validFrom)
    }
}

/// A calculation needed a parameter the rules cannot give for the date.
public struct ParameterLookupError: Error, Sendable, Hashable {
    public enum Reason: Sendable, Hashable { case undeclared, wrongType, noValue, notInForce, unknown }

    public let id: ParameterID
    public let date: Day
    public let reason: Reason

    /// The catalog term naming the reason.
    public var reasonTerm: String {
        switch reason {
        case .undeclared, .wrongType, .noValue: "term.lookup.noValue"
        case .notInForce: "term.lookup.notInForce"
        case .unknown: "term.lookup.unknown"
        }
    }

    public var statement: Statement {
        let values: StatementValues = ["parameter": .text(id.rawValue), "date": .day(date)]
        switch reason {
        case .undeclared, .wrongType, .noValue: return Statement(InputMessages.noValueAtDate, values)
        case .notInForce: return Statement(InputMessages.notInForce, values)
        case .unknown: return Statement(InputMessages.valueUnknown, values)
        }
    }
}
