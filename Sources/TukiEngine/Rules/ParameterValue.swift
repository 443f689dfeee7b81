/// One dated value of a parameter.
public enum ParameterValue: Sendable, Hashable {
    case amount(Money)
    case rate(Rate)
    case scale(Scale)
    case table(Table)
    case count(Int)
    case date(Day)
    case flag(Bool)
    /// A name, as in a table of municipality groups.
    case name(String)
}

/// Marginal brackets: each rate applies to the part of the base at or above its `from`.
public struct Scale: Sendable, Hashable {
    public struct Bracket: Sendable, Hashable {
        public let from: Money
        public let rate: Rate
    }

    /// Ordered by `from`, the first from zero.
    public let brackets: [Bracket]

    /// The amount due on `base`: each bracket's rate on its slice, rounded once to the cent.
    public func apply(to base: Money, rounding: Rounding = .halfUp) -> Money {
        var exact: Int128 = 0
        for (index, bracket) in brackets.enumerated() where base > bracket.from {
            let upper = index + 1 < brackets.count ? Money.min(base, brackets[index + 1].from) : base
            exact += Int128((upper - bracket.from).cents) * Int128(bracket.rate.units)
        }
        return Money(cents: Int64(rounding.divide(exact, by: Int128(Rate.denominator))))
    }
}

/// Values looked up by keys, e.g. municipality group × household size.
public struct Table: Sendable, Hashable {
    public let keys: [String]
    /// Each entry's key path has one element per key.
    public let entries: [[String]: ParameterValue]
    /// The first keys in lower case, for looking up a name typed in any case; built once, at load.
    private let firstKeysByLowercase: [String: String]

    init(keys: [String], entries: [[String]: ParameterValue]) {
        self.keys = keys
        self.entries = entries
        firstKeysByLowercase = Dictionary(entries.keys.compactMap(\.first).map { ($0.lowercased(), $0) }) { first, _ in first }
    }

    public func value(at keyPath: [String]) -> ParameterValue? { entries[keyPath] }

    /// The key a table by municipality lists for `name`, whatever its case or surrounding spaces ("helsinki " is
    /// Helsinki): a name typed in lower case fell silently to the group of every other municipality.
    public func municipalityKey(_ name: String) -> String? {
        if entries[[name]] != nil { return name }
        return firstKeysByLowercase[name.trimmingCharacters(in: .whitespaces).lowercased()]
    }
}
