import Testing
import TukiEngine
import TukiText

@Suite("Percent and hours formatting")
struct NumberFormattingTests {
    @Test("percentages show the decimals the rate needs, at most four", arguments: [
        (Language.fi, Int64(12_640_000), "12,64\u{00A0}%"),
        (.fi, 7_300_000, "7,3\u{00A0}%"),
        (.fi, 50_000_000, "50\u{00A0}%"),
        (.fi, 1_234_567, "1,2346\u{00A0}%"),
        (.fi, -500_000, "\u{2212}0,5\u{00A0}%"),
        (.sv, 12_640_000, "12,64\u{00A0}%"),
        (.sv, 0, "0\u{00A0}%"),
        (.en, 12_640_000, "12.64%"),
        (.en, 100_000_000, "100%"),
    ])
    func percentShowsNeededDecimals(language: Language, units: Int64, expected: String) {
        let text = TextFormatter(language: language).percent(Rate(units: units))
        #expect(Array(text.unicodeScalars) == Array(expected.unicodeScalars), "\(text)")
    }

    @Test("hours show up to two decimals", arguments: [
        (Language.fi, Int64(750), "7,5"),
        (.fi, 2000, "20"),
        (.fi, 725, "7,25"),
        (.fi, 123_450, "1\u{00A0}234,5"),
        (.sv, 750, "7,5"),
        (.en, 750, "7.5"),
        (.en, 8667, "86.67"),
    ])
    func hoursShowUpToTwoDecimals(language: Language, hundredths: Int64, expected: String) {
        let text = TextFormatter(language: language).hours(Hours(hundredths: hundredths))
        #expect(Array(text.unicodeScalars) == Array(expected.unicodeScalars), "\(text)")
    }
}
