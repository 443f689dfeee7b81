import Foundation

/// Reads CSV one record at a time (RFC 4180: quoted fields may hold separators, quotes and line breaks),
/// so a file of any size is read in constant memory. The separator is the one a first line `sep=;` declares
/// (Excel reads that line, and some exports add it for Excel), else the header's: a semicolon when the first line
/// has one (Finnish and Swedish spreadsheets), else a comma. A line ends with CR LF, LF or a lone CR (Excel's
/// "CSV (Macintosh)").
public struct CSVRecords: IteratorProtocol {
    public struct Record: Sendable, Hashable {
        /// The 1-based line the record starts on.
        public let line: Int
        public let fields: [String]
    }

    private var bytes: ChunkedBytes
    private var line = 1
    public private(set) var separator: UInt8 = UInt8(ascii: ",")
    private var detected = false

    public init(file: FileHandle) { bytes = ChunkedBytes(file: file) }
    public init(text: String) { bytes = ChunkedBytes(data: Array(text.utf8)) }

    /// Whether the file's numbers use a decimal comma: files separated by semicolons do.
    public var usesDecimalComma: Bool { separator == UInt8(ascii: ";") }

    public mutating func next() -> Record? {
        if !detected {
            detected = true
            detectSeparator()
        }
        guard bytes.peek() != nil else { return nil }
        let start = line
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        while let byte = bytes.next() {
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if bytes.peek() == UInt8(ascii: "\"") { _ = bytes.next(); field.append(byte) } else { quoted = false }
                } else {
                    if bytes.isLineBreak(byte) { line += 1 }
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") && field.allSatisfy({ $0 == UInt8(ascii: " ") }) {
                // Only a quote that begins a cell (after any spaces, as `A, "Helsinki"` writes it) opens a quoted
                // section; elsewhere (`24" monitor`) it is the character itself, or one inch mark would join every
                // following row into one cell.
                field.removeAll(keepingCapacity: true)
                quoted = true
            } else if byte == separator {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            } else if bytes.isLineBreak(byte) {
                line += 1
                break
            } else if byte != UInt8(ascii: "\r") {
                field.append(byte)
            }
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return Record(line: start, fields: fields)
    }

    /// Skips the byte-order mark of "CSV UTF-8" and a `sep=X` line, and sets the separator.
    private mutating func detectSeparator() {
        bytes.skip(prefix: [0xEF, 0xBB, 0xBF])
        let first = bytes.firstLine()
        if first.count == 5, String(decoding: first.prefix(4), as: UTF8.self).lowercased() == "sep=" {
            separator = first[first.index(before: first.endIndex)]
            while let byte = bytes.next(), !bytes.isLineBreak(byte) {}
            line += 1
        } else {
            separator = first.contains(UInt8(ascii: ";")) ? UInt8(ascii: ";") : UInt8(ascii: ",")
        }
    }
}

/// Bytes of a file read 64 KiB at a time, or of a buffer.
struct ChunkedBytes {
    private let file: FileHandle?
    private var chunk: [UInt8]
    private var position = 0

    init(file: FileHandle) {
        self.file = file
        chunk = []
    }

    init(data: [UInt8]) {
        file = nil
        chunk = data
    }

    mutating func peek() -> UInt8? {
        if position == chunk.count { refill() }
        return position < chunk.count ? chunk[position] : nil
    }

    mutating func next() -> UInt8? {
        guard let byte = peek() else { return nil }
        position += 1
        return byte
    }

    /// Whether `byte`, just read, ends a line: LF, or a CR not followed by LF (the LF of CR LF ends it instead).
    mutating func isLineBreak(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && peek() != UInt8(ascii: "\n"))
    }

    /// The bytes up to the end of the first line, as far as the current chunk reaches, without reading them.
    mutating func firstLine() -> ArraySlice<UInt8> {
        _ = peek()
        let rest = chunk[position...]
        return rest.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
    }

    /// Reads past `prefix` if the bytes start with it.
    mutating func skip(prefix: [UInt8]) {
        _ = peek()
        if chunk[position...].starts(with: prefix) { position += prefix.count }
    }

    private mutating func refill() {
        guard let file, let data = try? file.read(upToCount: 65_536), !data.isEmpty else { return }
        chunk = Array(data)
        position = 0
    }
}
