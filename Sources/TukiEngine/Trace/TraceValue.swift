/// A value inside a trace step, warning or error; TukiText formats it for a language.
public enum TraceValue: Sendable, Hashable {
    case money(Money)
    case rate(Rate)
    case hours(Hours)
    case count(Int)
    case month(YearMonth)
    case day(Day)
    /// Text that is data, not prose: a file name, a field path, a municipality.
    case text(String)
    /// A key into the message catalog, formatted in the reader's language (e.g. a weekday).
    case term(String)
    /// Text from the rule files in every language (e.g. a parameter's label), shown in the reader's.
    case localized(LocalizedText)
    /// Catalog keys read as a list in the reader's language ("A, B and C").
    case terms([String])

    // Written out: the derived version copies both values into a tuple first, and warnings are compared often.
    public static func == (lhs: TraceValue, rhs: TraceValue) -> Bool {
        switch lhs {
        case let .money(left): if case let .money(right) = rhs { left == right } else { false }
        case let .rate(left): if case let .rate(right) = rhs { left == right } else { false }
        case let .hours(left): if case let .hours(right) = rhs { left == right } else { false }
        case let .count(left): if case let .count(right) = rhs { left == right } else { false }
        case let .month(left): if case let .month(right) = rhs { left == right } else { false }
        case let .day(left): if case let .day(right) = rhs { left == right } else { false }
        case let .text(left): if case let .text(right) = rhs { left == right } else { false }
        case let .term(left): if case let .term(right) = rhs { left == right } else { false }
        case let .localized(left): if case let .localized(right) = rhs { left == right } else { false }
        case let .terms(left): if case let .terms(right) = rhs { left == right } else { false }
        }
    }
}

extension TraceValue {
    /// A cheap number that equal values share, for hashing many statements; unequal values may share it too.
    var digest: Int {
        switch self {
        case let .money(amount): Int(truncatingIfNeeded: amount.cents) &* 31
        case let .rate(rate): Int(truncatingIfNeeded: rate.units) &* 37
        case let .hours(hours): Int(truncatingIfNeeded: hours.hundredths) &* 41
        case let .count(count): count &* 43
        case let .month(month): (month.year &* 12 &+ month.month) &* 47
        case let .day(day): (day.year &* 372 &+ day.month &* 31 &+ day.day) &* 53
        case let .text(text): Self.digest(text) &* 59
        case let .term(key): Self.digest(key) &* 61
        case let .localized(text): Self.digest(text.fi) &* 67
        case let .terms(keys): keys.reduce(71) { $0 &* 31 &+ Self.digest($1) }
        }
    }

    /// From the bytes only for ASCII text: strings equal by canonical equivalence (é as one character or as e with
    /// an accent) can differ in bytes, so other text gets one shared digest.
    private static func digest(_ text: String) -> Int {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return 1 }
        return text.utf8.count &* 131 &+ Int(text.utf8.last ?? 0)
    }
}
