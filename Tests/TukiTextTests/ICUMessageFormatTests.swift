import Testing
@testable import TukiText

@Suite("ICU MessageFormat bridge")
struct ICUMessageFormatTests {
    @Test("argument names include plural arguments and numbered ones")
    func argumentNamesIncludeAllKinds() throws {
        let names = try ICUMessageFormat.argumentNames(in: "{a} {n, plural, one {# x} other {# {b}}} {0}")
        #expect(names == ["a", "n", "b", "0"])
    }

    @Test("a syntax error is thrown, not swallowed")
    func syntaxErrorThrows() {
        #expect(throws: ICUMessageError.self) { try ICUMessageFormat.argumentNames(in: "{a") }
        #expect(throws: ICUMessageError.self) { try ICUMessageFormat.format("{n, plural, one {x}", locale: "fi_FI", arguments: []) }
    }

    @Test("text given to a plural argument is an error")
    func textForPluralIsAnError() {
        #expect(throws: ICUMessageError.self) {
            try ICUMessageFormat.format("{n, plural, one {# x} other {# y}}", locale: "en_GB", arguments: [("n", .text("three"))])
        }
    }

    @Test("output longer than the first buffer is returned whole")
    func longOutputIsWhole() throws {
        let long = String(repeating: "ä", count: 2000)
        let text = try ICUMessageFormat.format("{t}!", locale: "fi_FI", arguments: [("t", .text(long))])
        #expect(text == long + "!")
    }

    @Test("plural numbers use the locale's grouping")
    func pluralNumbersAreGrouped() throws {
        let pattern = "{n, plural, one {# päivä} other {# päivää}}"
        #expect(try ICUMessageFormat.format(pattern, locale: "fi_FI", arguments: [("n", .number(1000))]) == "1\u{00A0}000 päivää")
    }
}
