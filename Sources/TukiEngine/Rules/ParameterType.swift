/// The kinds of parameter a rule file may declare, each with the units it accepts.
public enum ParameterType: String, Sendable, CaseIterable, Hashable {
    case amount, rate, scale, table, count, date, flag

    /// Units this type accepts. A table's unit is that of its entries.
    public var allowedUnits: [String] {
        switch self {
        case .amount, .scale: ParameterType.moneyUnits
        case .rate: ["ratio"]
        case .count: ["months", "days", "hours", "years", "persons", "hours/month", "hours/week", "EUR-cents"]
        case .date: ["date"]
        case .flag: ["flag"]
        case .table: ParameterType.moneyUnits + ["ratio", "months", "days", "hours", "years", "persons"] + ParameterType.nameUnits
        }
    }

    /// A table whose entries are names (a municipality's group "I" or "3", a municipality's Finnish name), not numbers.
    static let nameUnits = ["group", "name"]

    static let moneyUnits = ["EUR", "EUR/month", "EUR/year", "EUR/day", "EUR/hour", "EUR/week", "EUR/m2/month"]

    /// Every unit a rule file may give, each named in the reader's language by its term.
    public static var allUnits: [String] { Set(allCases.flatMap(\.allowedUnits)).sorted() }
    public var termKey: String { "term.type.\(rawValue)" }
    public static func unitTermKey(_ unit: String) -> String { "term.unit.\(unit)" }
    /// A money unit's period after an amount ("/kk"); none for plain euros.
    public static func periodTermKey(_ unit: String) -> String? {
        unit.hasPrefix("EUR/") ? "term.unit_period.\(unit)" : nil
    }
}
