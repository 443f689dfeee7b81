import Crypto
import Foundation

/// SHA-256 of rule content, so a result names exactly the rules that produced it.
enum RuleDigest {
    /// Files are hashed in path order as "path NUL length NUL bytes", so renaming or moving
    /// content between files changes the digest too.
    static func of(files: [(path: String, content: Data)]) -> String {
        var hasher = SHA256()
        for file in files.sorted(by: { $0.path < $1.path }) {
            hasher.update(data: Data("\(file.path)\0\(file.content.count)\0".utf8))
            hasher.update(data: file.content)
        }
        return hex(hasher.finalize())
    }

    static func combine(_ digest: String, with overlayContent: String) -> String {
        var hasher = SHA256()
        hasher.update(data: Data("\(digest)\0overlay\0".utf8))
        hasher.update(data: Data(overlayContent.utf8))
        return hex(hasher.finalize())
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
