import TukiEngine
import TukiText

/// What every request reads and none changes: the rules loaded once, the limits, a formatter per language.
struct ServiceState: Sendable {
    let rules: RuleSet
    let limits: ServiceLimits
    let formatters: [Language: TextFormatter]

    init(rules: RuleSet, limits: ServiceLimits) {
        self.rules = rules
        self.limits = limits
        formatters = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, TextFormatter(language: $0)) })
    }

    func formatter(_ language: Language) -> TextFormatter { formatters[language]! }

    /// Decodes a scenario body; 400 naming the field and line when it does not.
    func scenario(_ text: String) throws(APIError) -> Scenario {
        do throws(InputError) {
            return try ScenarioDecoder.decode(text, file: "body")
        } catch {
            throw APIError(error)
        }
    }
}
