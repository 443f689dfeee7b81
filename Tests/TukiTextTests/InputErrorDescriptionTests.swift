import Testing
import TukiEngine
import TukiText

@Suite("Input error descriptions")
struct InputErrorDescriptionTests {
    private static let unknownKey = InputError(file: "Scenarios/anna.yaml", line: 12, field: "job.pattern",
                                               InputMessages.unknownKey, ["key": .text("foo"), "allowed": .text("a, b")])
    private static let missingRuleSet = InputError(file: "Rules/ruleset.yaml", line: nil, field: nil, InputMessages.ruleSetMissing)
    private static let fieldWithoutLine = InputError(file: "Scenarios/anna.yaml", line: nil, field: "job",
                                                     InputMessages.missingField, ["key": .text("pattern")])

    @Test("an error with line and field names both before the message", arguments: [
        (Language.fi, "Scenarios/anna.yaml:12: job.pattern: Tuntematon kenttä ”foo”. Sallitut kentät: a, b."),
        (.sv, "Scenarios/anna.yaml:12: job.pattern: Okänt fält ”foo”. Tillåtna fält: a, b."),
    ])
    func lineAndFieldComeFirst(language: Language, expected: String) {
        #expect(TextFormatter(language: language).describe(Self.unknownKey) == expected)
    }

    @Test("an error without line or field names only the file", arguments: [
        (Language.fi, "Rules/ruleset.yaml: Tiedostoa ei löydy. Sääntökansiossa pitää olla ruleset.yaml: aja tuki projektin kansiossa tai anna sääntökansio valitsimella --rules tai ympäristömuuttujassa TUKI_RULES."),
        (.sv, "Rules/ruleset.yaml: Filen finns inte. Regelmappen ska innehålla ruleset.yaml: kör tuki i projektmappen eller ange regelmappen med flaggan --rules eller miljövariabeln TUKI_RULES."),
    ])
    func onlyFileWithoutLineOrField(language: Language, expected: String) {
        #expect(TextFormatter(language: language).describe(Self.missingRuleSet) == expected)
    }

    @Test("an error with a field but no line leaves out the line", arguments: [
        (Language.fi, "Scenarios/anna.yaml: job: Kenttä ”pattern” puuttuu."),
        (.sv, "Scenarios/anna.yaml: job: Fältet ”pattern” saknas."),
    ])
    func fieldWithoutLine(language: Language, expected: String) {
        #expect(TextFormatter(language: language).describe(Self.fieldWithoutLine) == expected)
    }
}
