import TukiEngine

/// CSV that opens correctly in a spreadsheet of the reader's language: Finnish and Swedish use a
/// semicolon between fields and a decimal comma; English a comma and a decimal point.
public struct CSVTable: Sendable {
    let language: Language
    public private(set) var rows: [[String]] = []

    public init(language: Language) { self.language = language }

    var separator: String { language == .en ? "," : ";" }

    public mutating func append(_ row: [String]) { rows.append(row) }

    /// A figure in the machine form with the language's decimal mark, no thousands separator.
    public func number(_ text: String) -> String { language == .en ? text : text.replacingOccurrences(of: ".", with: ",") }

    /// Text a spreadsheet must show as text: a cell beginning with =, +, -, @, a tab or a CR would be run as a
    /// formula (a scenario's name can be anything), so it gets a leading apostrophe (OWASP's advice on CSV injection).
    /// Only for text; numbers may be negative.
    public func text(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    public func money(_ amount: Money?) -> String { amount.map { number($0.description) } ?? "" }
    public func rate(_ rate: Rate?) -> String { rate.map { number($0.description) } ?? "" }

    /// A ratio with exactly four decimals, rounded half up ("0,0819" for 0.08189848), so a column's figures line up.
    public func ratio(_ rate: Rate) -> String {
        let text = rate.roundedToPercentDecimals(2).description
        let decimals = text.split(separator: ".").dropFirst().first?.count ?? 0
        return number(text + (decimals == 0 ? "." : "") + String(repeating: "0", count: 4 - decimals))
    }

    public func render() -> String {
        rows.map { $0.map(quoted).joined(separator: separator) }.joined(separator: "\r\n") + "\r\n"
    }

    /// One row as text with its line end, for output written a row at a time.
    public func line(_ row: [String]) -> String { row.map(quoted).joined(separator: separator) + "\r\n" }

    private func quoted(_ field: String) -> String {
        // Fast path: a field with none of the separator, quote, CR or LF bytes is written as is. Only when one
        // of them is there does the (Foundation, grapheme-aware) search below decide, so the output stays
        // exactly what it was, e.g. for a quote followed by a combining mark.
        let separatorByte = language == .en ? UInt8(ascii: ",") : UInt8(ascii: ";")
        let needsLook = field.utf8.contains { byte in
            byte == separatorByte || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        }
        guard needsLook else { return field }
        guard field.contains(separator) || field.contains("\"") || field.contains("\n") || field.contains("\r") else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
