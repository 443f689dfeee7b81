import Foundation

/// Writes a file whole or not at all: a temporary file beside it, then moved into place.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
