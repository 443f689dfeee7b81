import TukiEngine

/// One language's messages and terms: catalog id → ICU MessageFormat pattern (named arguments).
///
/// Ids are the engine's `MessageKind` ids and term keys; the entries live in
/// `Catalogs/`, one file per language, one line per entry.
public struct MessageCatalog: Sendable {
    public let language: Language
    public let entries: [String: String]

    public init(language: Language) {
        self.language = language
        switch language {
        case .fi: entries = Self.finnish
        case .sv: entries = Self.swedish
        case .en: entries = Self.english
        }
    }

    public subscript(id: String) -> String? { entries[id] }
}
