/// Reads a JSON document (RFC 8259) into an `InputNode` tree with lines. Service requests are JSON; reading
/// them here, instead of through the YAML parser, is several times faster and catches a key given twice
/// with its field path.
struct JSONReader {
    /// The text is not JSON as this reader takes it; it may still be YAML. Where the reader stopped and what it
    /// expected there, to say when the text is not YAML either; nil for a document nested too deep to read here.
    struct NotJSON: Error {
        let line: Int
        /// Counted in characters from 1.
        let column: Int
        let expected: Expected?
    }

    /// What the reader expected where it stopped, each a catalog term.
    enum Expected: String, CaseIterable {
        case value, key, colon, commaOrBrace, commaOrBracket, endOfText, closingQuote, escape, digit, noLeadingZero

        var termKey: String { "term.json.\(rawValue)" }
    }

    /// Deeper documents are left to the YAML parser, which limits nesting itself.
    private static let maximumDepth = 200

    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private var offset = 0
    private var line = 1
    /// The keys and indexes leading to the value being read, joined only to name a key given twice.
    private var path: [String] = []

    private init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// The document's tree; `NotJSON` when the text is not one JSON value, or an input error for a key given
    /// twice in an object.
    static func read(_ text: String, file: String) throws(InputError) -> Result<InputNode, NotJSON> {
        var text = text
        let outcome: Result<InputNode, ReadError> = text.withUTF8 { buffer in
            var reader = JSONReader(bytes: buffer, file: file)
            do throws(ReadError) {
                let root = try reader.value(depth: 0)
                reader.skipWhitespace()
                return reader.offset == buffer.count ? .success(root) : .failure(reader.notJSON(.endOfText))
            } catch {
                return .failure(error)
            }
        }
        switch outcome {
        case let .success(root): return .success(root)
        case let .failure(.notJSON(stop)): return .failure(stop)
        case let .failure(.input(error)): throw error
        }
    }

    private enum ReadError: Error {
        case notJSON(NotJSON)
        case input(InputError)
    }

    /// Stops reading here, expecting `expected`. At the end of the text, the place is just after its last
    /// character, so a text cut off is reported on its last line rather than on one it does not have.
    private func notJSON(_ expected: Expected?) -> ReadError {
        var end = min(offset, bytes.count)
        if end == bytes.count {
            while end > 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        }
        var line = 1, lineStart = 0
        for index in 0..<end where bytes[index] == UInt8(ascii: "\n")
            || (bytes[index] == UInt8(ascii: "\r") && (index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n"))) {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
        return .notJSON(NotJSON(line: line, column: column, expected: expected))
    }

    private mutating func value(depth: Int) throws(ReadError) -> InputNode {
        guard depth < Self.maximumDepth else { throw notJSON(nil) }
        skipWhitespace()
        guard let byte = peek() else { throw notJSON(.value) }
        let start = line
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .scalar(.init(string: try string(), plain: false, line: start))
        case UInt8(ascii: "t"): return try literal("true", line: start)
        case UInt8(ascii: "f"): return try literal("false", line: start)
        case UInt8(ascii: "n"): return try literal("null", line: start)
        default: return .scalar(.init(string: try number(), plain: true, line: start))
        }
    }

    private mutating func object(depth: Int) throws(ReadError) -> InputNode {
        let start = line
        offset += 1
        var pairs: [(key: InputNode, value: InputNode)] = []
        var keys = Set<String>()
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            offset += 1
            return .mapping(pairs, line: start)
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw notJSON(.key) }
            let keyLine = line
            let key = try string()
            path.append(key)
            if !keys.insert(key).inserted {
                let field = path.joined(separator: ".")
                throw .input(InputError(file: file, line: keyLine, field: field.isEmpty ? nil : field, InputMessages.duplicateKey,
                                        ["key": .text(key)]))
            }
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { throw notJSON(.colon) }
            let value = try value(depth: depth + 1)
            path.removeLast()
            pairs.append((.scalar(.init(string: key, plain: false, line: keyLine)), value))
            skipWhitespace()
            if take(UInt8(ascii: ",")) { continue }
            guard take(UInt8(ascii: "}")) else { throw notJSON(.commaOrBrace) }
            return .mapping(pairs, line: start)
        }
    }

    private mutating func array(depth: Int) throws(ReadError) -> InputNode {
        let start = line
        offset += 1
        var items: [InputNode] = []
        skipWhitespace()
        if take(UInt8(ascii: "]")) { return .sequence(items, line: start) }
        while true {
            path.append(String(items.count))
            items.append(try value(depth: depth + 1))
            path.removeLast()
            skipWhitespace()
            if take(UInt8(ascii: ",")) { continue }
            guard take(UInt8(ascii: "]")) else { throw notJSON(.commaOrBracket) }
            return .sequence(items, line: start)
        }
    }

    private mutating func literal(_ word: StaticString, line start: Int) throws(ReadError) -> InputNode {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count,
              UnsafeBufferPointer(start: word.utf8Start, count: count).elementsEqual(bytes[offset..<offset + count])
        else { throw notJSON(.value) }
        offset += count
        return .scalar(.init(string: word.description, plain: true, line: start))
    }

    /// A number as written: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    private mutating func number() throws(ReadError) -> String {
        let start = offset
        _ = take(UInt8(ascii: "-"))
        if take(UInt8(ascii: "0")) {
            if let next = peek(), Self.isDigit(next) { throw notJSON(.noLeadingZero) }
        } else {
            guard try digits() else { throw notJSON(offset == start ? .value : .digit) }
        }
        if take(UInt8(ascii: ".")) { guard try digits() else { throw notJSON(.digit) } }
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            guard try digits() else { throw notJSON(.digit) }
        }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    private mutating func digits() throws(ReadError) -> Bool {
        let start = offset
        while let byte = peek(), Self.isDigit(byte) { offset += 1 }
        return offset > start
    }

    private mutating func string() throws(ReadError) -> String {
        offset += 1
        let start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                defer { offset += 1 }
                return String(decoding: bytes[start..<offset], as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            guard byte >= 0x20 else { throw notJSON(.closingQuote) }
            offset += 1
        }
        throw notJSON(.closingQuote)
    }

    /// The rest of a string that has an escape, decoded byte by byte.
    private mutating func escapedString(from start: Int) throws(ReadError) -> String {
        var decoded = Array(bytes[start..<offset])
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: decoded, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let escape = peek() else { throw notJSON(.closingQuote) }
                offset += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"): decoded.append(contentsOf: try unicodeEscape())
                default: offset -= 1; throw notJSON(.escape)
                }
            default:
                guard byte >= 0x20 else { offset -= 1; throw notJSON(.closingQuote) }
                decoded.append(byte)
            }
        }
        throw notJSON(.closingQuote)
    }

    /// The UTF-8 of a `\uXXXX` escape (after the `u`), joining a surrogate pair.
    private mutating func unicodeEscape() throws(ReadError) -> [UInt8] {
        var value = try hexQuad()
        if (0xD800..<0xDC00).contains(value) {
            guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")) else { throw notJSON(.escape) }
            let low = try hexQuad()
            guard (0xDC00..<0xE000).contains(low) else { throw notJSON(.escape) }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else { throw notJSON(.escape) }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func hexQuad() throws(ReadError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw notJSON(.escape) }
        var value: UInt32 = 0
        for byte in bytes[offset..<offset + 4] {
            guard let digit = Self.hexValue(byte) else { throw notJSON(.escape) }
            value = value << 4 | digit
        }
        offset += 4
        return value
    }

    private mutating func skipWhitespace() {
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "\n"): line += 1
            // A lone carriage return ends a line too, as in YAML (old Mac line ends).
            case UInt8(ascii: "\r"): if offset + 1 >= bytes.count || bytes[offset + 1] != UInt8(ascii: "\n") { line += 1 }
            case UInt8(ascii: " "), UInt8(ascii: "\t"): break
            default: return
            }
            offset += 1
        }
    }

    private func peek() -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        offset += 1
        return true
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
