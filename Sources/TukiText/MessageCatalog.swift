import TukiEngine

/// One language's messages and terms: catalog id → ICU MessageFormat pattern (named arguments).
///
/// Ids are the engine's `MessageKind` ids and term keys; the entries live in
/// `Catalogs/`, one file per language and part, one line per entry.
public struct MessageCatalog: Sendable {
    public let language: Language
    public let entries: [String: String]

    public init(language: Language) {
        self.language = language
        entries = Self.parts(of: language).reduce(into: [:]) { merged, part in merged.merge(part) { first, _ in first } }
    }

    public subscript(id: String) -> String? { entries[id] }

    /// A language's catalog files: the worker's messages, the employer view's, batch runs' and the HTTP
    /// service's. Tests check no id is in two.
    static func parts(of language: Language) -> [[String: String]] {
        switch language {
        case .fi: [finnish, finnishEmployer, finnishBatch, finnishService]
        case .sv: [swedish, swedishEmployer, swedishBatch, swedishService]
        case .en: [english, englishEmployer, englishBatch, englishService]
        }
    }
}
