/// A named amount in a month's figures ("grossWage"); its term key names it in reports.
public struct AmountLine: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let id: String
    /// Position in tables and JSON, so output order never depends on hashing.
    let order: Int

    public var description: String { id }
    public var termKey: String { "term.line.\(id)" }
    public static func < (lhs: AmountLine, rhs: AmountLine) -> Bool { lhs.order < rhs.order }

    public static let regularWage = AmountLine(id: "regularWage", order: 10)
    public static let extraPay = AmountLine(id: "extraPay", order: 20)
    public static let grossWage = AmountLine(id: "grossWage", order: 30)

    public static let all: [AmountLine] = [regularWage, extraPay, grossWage]

    public static func named(_ id: String) -> AmountLine? { all.first { $0.id == id } }
}

/// The calculators' names as readers see them.
public struct CalculatorName: Sendable, Hashable {
    public let id: String
    public var termKey: String { "term.calculator.\(id)" }

    public static let wage = CalculatorName(id: "wage")
    public static let all = [wage]
}
