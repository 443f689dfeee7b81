import Foundation
import TukiEngine

/// Writes a file whole or not at all: a temporary file beside it, then moved into place.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws(InputError) {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw unwritable(path)
        }
    }

    /// Why `path` cannot be written, in the reader's language: its folder is missing or not writable.
    static func unwritable(_ path: String) -> InputError {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue
        return InputError(file: path, line: nil, field: nil, exists ? InputMessages.notWritable : InputMessages.folderMissing,
                          exists ? [:] : ["folder": .text(folder)])
    }
}
