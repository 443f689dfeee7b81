import Testing
import TukiEngine
import TukiText

@Suite("Month and day formatting")
struct DateFormattingTests {
    @Test("months are written with the month's name", arguments: [
        (Language.fi, 3, "maaliskuu 2026"),
        (.fi, 12, "joulukuu 2026"),
        (.sv, 3, "mars 2026"),
        (.sv, 5, "maj 2026"),
        (.en, 3, "March 2026"),
    ])
    func monthsUseNames(language: Language, month: Int, expected: String) {
        #expect(TextFormatter(language: language).month(YearMonth(year: 2026, month: month)!) == expected)
    }

    @Test("days are written as Finland writes dates, English in words", arguments: [
        (Language.fi, 2, 1, "1.2.2026"),
        (.fi, 12, 24, "24.12.2026"),
        (.sv, 2, 1, "1.2.2026"),
        (.en, 2, 1, "1 February 2026"),
        (.en, 12, 24, "24 December 2026"),
    ])
    func daysAreWrittenPerLanguage(language: Language, month: Int, day: Int, expected: String) {
        #expect(TextFormatter(language: language).day(Day(year: 2026, month: month, day: day)!) == expected)
    }
}
