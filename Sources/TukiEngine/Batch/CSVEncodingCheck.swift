import Foundation

/// Checks that a CSV is UTF-8 before any of its rows runs. Excel's "CSV" (as opposed to "CSV UTF-8") saves
/// ä, ö and € in Windows-1252, and its "Unicode text" in UTF-16; read as UTF-8 such text would turn into
/// replacement characters and the rows would run with names no rule file knows.
enum CSVEncodingCheck {
    /// Why the file is not UTF-8 (at the line of the first byte that is not), or nil when it is.
    static func problem(atPath path: String) -> InputError? {
        guard let file = FileHandle(forReadingAtPath: path) else { return nil }
        var bytes = ChunkedBytes(file: file)
        var line = 1
        var lead: UInt8 = 0
        // The continuation bytes a multi-byte character still needs, and the range the next one must be in
        // (narrower after some leads, which rules out overlong forms and surrogates).
        var pending = 0
        var allowed: ClosedRange<UInt8> = 0x80...0xBF
        func notUTF8(_ byte: UInt8) -> InputError {
            InputError(file: path, line: line, field: nil, InputMessages.csvNotUTF8,
                       ["byte": .text("0x" + String(byte, radix: 16, uppercase: true))])
        }
        // UTF-16's byte-order mark, FF FE or FE FF: neither byte is ever UTF-8.
        if let first = bytes.peek(), first == 0xFF || first == 0xFE {
            _ = bytes.next()
            return bytes.peek() == (first == 0xFF ? 0xFE : 0xFF) ? InputError(file: path, line: 1, field: nil, InputMessages.csvUTF16)
                : notUTF8(first)
        }
        while let byte = bytes.next() {
            if pending > 0 {
                guard allowed.contains(byte) else { return notUTF8(lead) }
                pending -= 1
                allowed = 0x80...0xBF
                continue
            }
            lead = byte
            switch byte {
            case 0x00...0x7F:
                if bytes.isLineBreak(byte) { line += 1 }
            case 0xC2...0xDF: pending = 1
            case 0xE0: pending = 2; allowed = 0xA0...0xBF
            case 0xED: pending = 2; allowed = 0x80...0x9F
            case 0xE1...0xEF: pending = 2
            case 0xF0: pending = 3; allowed = 0x90...0xBF
            case 0xF4: pending = 3; allowed = 0x80...0x8F
            case 0xF1...0xF3: pending = 3
            default: return notUTF8(byte)
            }
        }
        return pending > 0 ? notUTF8(lead) : nil
    }
}
