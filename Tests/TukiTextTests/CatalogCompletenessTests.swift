import Testing
import TukiEngine
@testable import TukiText

@Suite("Catalog completeness")
struct CatalogCompletenessTests {
    @Test("every message kind has a message", arguments: Language.allCases)
    func everyMessageKindHasAMessage(language: Language) {
        let catalog = MessageCatalog(language: language)
        for kind in TextMessages.all {
            #expect(!(catalog[kind.id] ?? "").isEmpty, "\(language): no message for \(kind.id)")
        }
    }

    @Test("every term has a text", arguments: Language.allCases)
    func everyTermHasAText(language: Language) {
        let catalog = MessageCatalog(language: language)
        for key in TextMessages.terms {
            let text = catalog[key] ?? ""
            #expect(!text.isEmpty, "\(language): no text for \(key)")
            #expect(!text.contains("{") && !text.contains("}"), "\(language): \(key) is inserted as is, not formatted")
        }
    }

    @Test("messages use only the arguments their kind gives", arguments: Language.allCases)
    func messagesUseOnlyDeclaredArguments(language: Language) throws {
        let catalog = MessageCatalog(language: language)
        for kind in TextMessages.all {
            guard let pattern = catalog[kind.id] else { continue }
            let used = try ICUMessageFormat.argumentNames(in: pattern)
            let unknown = used.subtracting(kind.arguments)
            #expect(unknown.isEmpty, "\(language) \(kind.id) names \(unknown.sorted()); the kind gives \(kind.arguments)")
        }
    }

    @Test("every message formats with sample values", arguments: Language.allCases)
    func everyMessageFormatsWithSampleValues(language: Language) {
        let formatter = TextFormatter(language: language)
        for kind in TextMessages.all {
            do {
                let text = try formatter.sentence(SampleValues.statement(for: kind))
                #expect(!text.contains("{") && !text.contains("}") && !text.contains("⟨"),
                        "\(language) \(kind.id) left a placeholder: \(text)")
            } catch {
                Issue.record("\(language) \(kind.id): \(error)")
            }
        }
    }

    @Test("no id is in two catalog files of a language", arguments: Language.allCases)
    func catalogPartsDoNotOverlap(language: Language) {
        let parts = MessageCatalog.parts(of: language).map { Set($0.keys) }
        for (index, part) in parts.enumerated() {
            for other in parts[(index + 1)...] {
                #expect(part.isDisjoint(with: other), "\(language): \(part.intersection(other).sorted()) in two files")
            }
        }
    }

    @Test("catalogs hold no entries the engine no longer has", arguments: Language.allCases)
    func catalogsHoldNoStaleEntries(language: Language) {
        let known = Set(TextMessages.all.map(\.id) + TextMessages.terms)
        let stale = Set(MessageCatalog(language: language).entries.keys).subtracting(known)
        #expect(stale.isEmpty, "\(language) has entries for ids the engine does not emit: \(stale.sorted())")
    }
}
