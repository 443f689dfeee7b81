import Testing
@testable import TukiEngine

@Suite struct MoneyTests {
    @Test(arguments: [("12.40", 1240), ("0.05", 5), ("1234", 123_400), ("-7.5", -750), ("0", 0)])
    func readsExactDecimalText(text: String, cents: Int64) {
        #expect(Money(exactly: text)?.cents == cents)
    }

    @Test(arguments: ["12.345", "1e3", "12,40", "", ".", "1.2.3", "--1", "abc"])
    func rejectsTextThatIsNotMoney(text: String) {
        #expect(Money(exactly: text) == nil)
    }

    @Test func addsSubtractsAndCompares() {
        #expect(money("806.00") + money("0.05") == money("806.05"))
        #expect(money("10.00") - money("10.01") == money("-0.01"))
        #expect(money("0.99") < money("1.00"))
        #expect([money("1.10"), money("2.20"), money("3.30")].sum() == money("6.60"))
        #expect((money("12.40") * 3).description == "37.20")
    }

    @Test(arguments: [
        ("100.00", "0.1264", Rounding.halfUp, "12.64"),
        ("0.04", "0.125", .halfUp, "0.01"),  // 0.005 rounds up
        ("-0.04", "0.125", .halfUp, "-0.01"),  // half away from zero
        ("0.04", "0.125", .halfEven, "0.00"),  // 0.005 to even
        ("0.12", "0.125", .halfEven, "0.02"),  // 0.015 to even
        ("0.19", "0.5", .down, "0.09"),
        ("0.19", "0.5", .up, "0.10"),
        ("13395.83", "0.1264", .halfUp, "1693.23"),
    ])
    func multipliesByARateAndRoundsOnce(amount: String, rate: String, rounding: Rounding, expected: String) {
        #expect(money(amount).times(Rate(exactly: rate)!, rounding: rounding) == money(expected))
    }

    @Test func multipliesByAFractionRoundingOnlyAtTheEnd() {
        // 15 h a week × 52 / 12 × 12.40 €: 806.00 exactly.
        #expect(money("12.40").times(1500 * 52, over: 12 * 100) == money("806.00"))
        // 10 h a week at 11.11 €: 481.4333… → 481.43.
        #expect(money("11.11").times(1000 * 52, over: 12 * 100) == money("481.43"))
    }

    @Test func roundsToWholeEurosForRulesThatUseThem() {
        #expect(money("799.75").roundedToWholeEuros() == money("800.00"))
        #expect(money("799.49").roundedToWholeEuros() == money("799.00"))
        #expect(money("799.99").roundedToWholeEuros(.down) == money("799.00"))
    }

    @Test func writesAPlainMachineForm() {
        #expect(money("-0.05").description == "-0.05")
        #expect(money("1234.5").description == "1234.50")
    }

    @Test func readsRatesAndHoursExactly() {
        #expect(Rate(exactly: "0.0088")?.units == 880_000)
        #expect(Rate(exactly: "0.123456789") == nil)
        #expect(Rate(exactly: "0.1264")?.percentDescription == "12.64")
        #expect(Hours(exactly: "7.5")?.hundredths == 750)
        #expect(Hours(exactly: "7.25")?.description == "7.25")
        #expect(Hours(exactly: "7.125") == nil)
        #expect(Hours(hundredths: -50).description == "-0.5")
        #expect(Rate(exactly: "0.08188484")!.roundedToPercentDecimals(1) == Rate(exactly: "0.082"))
        #expect(Rate(exactly: "0.15967500")!.roundedToPercentDecimals(2) == Rate(exactly: "0.1597"))
    }
}
