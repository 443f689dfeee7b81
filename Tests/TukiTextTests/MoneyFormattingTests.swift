import Testing
import TukiEngine
import TukiText

@Suite("Money formatting")
struct MoneyFormattingTests {
    @Test("money is written exactly with the language's separators", arguments: [
        (Language.fi, Int64(123_450), "1\u{00A0}234,50\u{00A0}€"),
        (.fi, 123_456_789, "1\u{00A0}234\u{00A0}567,89\u{00A0}€"),
        (.fi, 5, "0,05\u{00A0}€"),
        (.fi, 0, "0,00\u{00A0}€"),
        (.fi, -123_450, "\u{2212}1\u{00A0}234,50\u{00A0}€"),
        (.sv, 123_450, "1\u{00A0}234,50\u{00A0}€"),
        (.sv, 100, "1,00\u{00A0}€"),
        (.sv, 0, "0,00\u{00A0}€"),
        (.sv, -5, "\u{2212}0,05\u{00A0}€"),
        (.en, 123_450, "€1,234.50"),
        (.en, 123_456_789, "€1,234,567.89"),
        (.en, 0, "€0.00"),
        (.en, -123_450, "-€1,234.50"),
    ])
    func moneyIsWrittenExactly(language: Language, cents: Int64, expected: String) {
        let text = TextFormatter(language: language).money(Money(cents: cents))
        #expect(Array(text.unicodeScalars) == Array(expected.unicodeScalars), "\(text)")
    }

    @Test("large amounts keep every cent")
    func largeAmountsKeepEveryCent() {
        // 2^53 + 1 cents cannot be held exactly in a Double.
        let text = TextFormatter(language: .fi).money(Money(cents: 9_007_199_254_740_993))
        #expect(text == "90\u{00A0}071\u{00A0}992\u{00A0}547\u{00A0}409,93\u{00A0}€")
    }
}
