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
}
