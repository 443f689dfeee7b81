/// The rules as in force on one date, read through typed accessors.
public struct Parameters: Sendable {
    let ruleSet: RuleSet
    public let date: Day

    public func amount(_ id: ParameterID) throws(ParameterLookupError) -> Resolved<Money> {
        let (value, use) = try resolve(id)
        guard case let .amount(amount) = value else { throw ParameterLookupError(id: id, date: date, reason: .wrongType) }
        return Resolved(value: amount, use: use)
    }

    public func rate(_ id: ParameterID) throws(ParameterLookupError) -> Resolved<Rate> {
        let (value, use) = try resolve(id)
        guard case let .rate(rate) = value else { throw ParameterLookupError(id: id, date: date, reason: .wrongType) }
        return Resolved(value: rate, use: use)
    }

    public func scale(_ id: ParameterID) throws(ParameterLookupError) -> Resolved<Scale> {
        let (value, use) = try resolve(id)
        guard case let .scale(scale) = value else { throw ParameterLookupError(id: id, date: date, reason: .wrongType) }
        return Resolved(value: scale, use: use)
    }

    public func table(_ id: ParameterID) throws(ParameterLookupError) -> Resolved<Table> {
        let (value, use) = try resolve(id)
        guard case let .table(table) = value else { throw ParameterLookupError(id: id, date: date, reason: .wrongType) }
        return Resolved(value: table, use: use)
    }

    public func count(_ id: ParameterID) throws(ParameterLookupError) -> Resolved<Int> {
        let (value, use) = try resolve(id)
        guard case let .count(count) = value else { throw ParameterLookupError(id: id, date: date, reason: .wrongType) }
        return Resolved(value: count, use: use)
    }

    public func flag(_ id: ParameterID) throws(ParameterLookupError) -> Resolved<Bool> {
        let (value, use) = try resolve(id)
        guard case let .flag(flag) = value else { throw ParameterLookupError(id: id, date: date, reason: .wrongType) }
        return Resolved(value: flag, use: use)
    }

    public func day(_ id: ParameterID) throws(ParameterLookupError) -> Resolved<Day> {
        let (value, use) = try resolve(id)
        guard case let .date(day) = value else { throw ParameterLookupError(id: id, date: date, reason: .wrongType) }
        return Resolved(value: day, use: use)
    }

    private func resolve(_ id: ParameterID) throws(ParameterLookupError) -> (ParameterValue, ParameterUse) {
        guard let parameter = ruleSet.parameters[id] else { throw ParameterLookupError(id: id, date: date, reason: .undeclared) }
        guard let dated = parameter.dated(at: date) else { throw ParameterLookupError(id: id, date: date, reason: .noValue) }
        if dated.status == .unknown { throw ParameterLookupError(id: id, date: date, reason: .unknown) }
        guard let value = dated.value else { throw ParameterLookupError(id: id, date: date, reason: .notInForce) }
        return (value, ParameterUse(id: id, validFrom: dated.from, status: dated.status,
                                    source: dated.source ?? parameter.source))
    }
}

/// A value read from the rules, with what a trace needs to cite it.
public struct Resolved<Value: Sendable>: Sendable {
    public let value: Value
    public let use: ParameterUse
}

/// Which parameter value a step used: id, the date that value applies from, its status and source.
public struct ParameterUse: Sendable, Hashable {
    public let id: ParameterID
    public let validFrom: Day
    public let status: ValueStatus
    public let source: Source
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
        let values: [String: TraceValue] = ["parameter": .text(id.rawValue), "date": .day(date)]
        switch reason {
        case .undeclared, .wrongType, .noValue: return Statement(InputMessages.noValueAtDate, values)
        case .notInForce: return Statement(InputMessages.notInForce, values)
        case .unknown: return Statement(InputMessages.valueUnknown, values)
        }
    }
}
