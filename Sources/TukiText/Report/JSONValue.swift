/// A JSON document built in order, with numbers kept as exact text (money never passes through Double).
public indirect enum JSONValue: Sendable, Hashable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// The number's JSON text, e.g. "806.00".
    case number(String)
    case bool(Bool)
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    /// An object with more members after its own; any other value unchanged.
    public func adding(_ extra: [(String, JSONValue)]) -> JSONValue {
        guard case let .object(members) = self else { return self }
        return .object(members + extra)
    }

    public func serialized(pretty: Bool = false) -> String {
        String(decoding: serializedBytes(pretty: pretty), as: UTF8.self)
    }

    /// The document as UTF-8 bytes, the same bytes as `serialized`, for writers that send bytes on.
    public func serializedBytes(pretty: Bool = false) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(into: &output, pretty: pretty, indent: 0)
        return output
    }

    /// Appends the document's UTF-8 bytes to `output`.
    public func write(into output: inout [UInt8], pretty: Bool = false) {
        write(into: &output, pretty: pretty, indent: 0)
    }

    private func write(into output: inout [UInt8], pretty: Bool, indent: Int) {
        switch self {
        case let .object(members):
            if members.isEmpty { Self.append("{}", to: &output); return }
            output.append(UInt8(ascii: "{"))
            // Through the buffer the members are written in place; iterating the array copied each one.
            members.withUnsafeBufferPointer { members in
                for index in members.indices {
                    if index > 0 { output.append(UInt8(ascii: ",")) }
                    if pretty { Self.newline(indent + 1, to: &output) }
                    Self.appendQuoted(members[index].0, to: &output)
                    output.append(UInt8(ascii: ":"))
                    if pretty { output.append(UInt8(ascii: " ")) }
                    members[index].1.write(into: &output, pretty: pretty, indent: indent + 1)
                }
            }
            if pretty { Self.newline(indent, to: &output) }
            output.append(UInt8(ascii: "}"))
        case let .array(items):
            if items.isEmpty { Self.append("[]", to: &output); return }
            output.append(UInt8(ascii: "["))
            items.withUnsafeBufferPointer { items in
                for index in items.indices {
                    if index > 0 { output.append(UInt8(ascii: ",")) }
                    if pretty { Self.newline(indent + 1, to: &output) }
                    items[index].write(into: &output, pretty: pretty, indent: indent + 1)
                }
            }
            if pretty { Self.newline(indent, to: &output) }
            output.append(UInt8(ascii: "]"))
        case let .string(text): Self.appendQuoted(text, to: &output)
        case let .number(text): Self.append(text, to: &output)
        case let .bool(value): Self.append(value ? "true" : "false", to: &output)
        case .null: Self.append("null", to: &output)
        }
    }

    /// A line end and two spaces per level, as the pretty form writes before each member and closing bracket.
    private static func newline(_ indent: Int, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\n"))
        for _ in 0..<(2 * indent) { output.append(UInt8(ascii: " ")) }
    }

    private static func append(_ text: String, to output: inout [UInt8]) {
        output.append(contentsOf: text.utf8)
    }

    static func quoted(_ text: String) -> String {
        var output: [UInt8] = []
        appendQuoted(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// The string in quotes with `"`, `\\` and control characters (C0, DEL and C1) escaped; every other character as
    /// is, so no control character reaches a terminal showing the JSON. Works on UTF-8 bytes: a C1 character is
    /// 0xC2 followed by 0x80–0x9F, and every other byte of a multi-byte character is left alone; runs that need no
    /// escape are copied whole.
    static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        var text = text
        output.append(UInt8(ascii: "\""))
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let c1 = byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] <= 0x9F
                guard byte < 0x20 || byte == 0x7F || c1 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                let code = c1 ? bytes[index + 1] : byte
                index += c1 ? 2 : 1
                runStart = index
                output.append(UInt8(ascii: "\\"))
                switch code {
                case UInt8(ascii: "\""): output.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "\n"): output.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): output.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): output.append(UInt8(ascii: "t"))
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    output.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                               hex[Int(code >> 4)], hex[Int(code & 0x0F)]])
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
