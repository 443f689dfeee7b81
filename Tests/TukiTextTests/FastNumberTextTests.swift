import Testing
import TukiEngine
@testable import TukiText

/// The integer paths for money, percentages and hours must write exactly what Foundation's format styles write.
@Suite("Integer number text matches the format styles")
struct FastNumberTextTests {
    /// Every value up to `dense`, then a spread of larger ones up to the type's range.
    static func values(dense: Int64) -> [Int64] {
        var values = Array(0...dense)
        var value: Int64 = dense
        while value < Int64.max / 7 { value = value * 7 + 3; values.append(value); values.append(value - value % 100) }
        return values + [999, 1_000, 9_999, 10_000, 99_999, 100_000, 999_999, 1_000_000, 9_007_199_254_740_993]
    }

    @Test("money", arguments: Language.allCases)
    func money(language: Language) {
        let formatter = TextFormatter(language: language)
        for cents in Self.values(dense: 10_000) {
            let amount = Money(cents: cents)
            #expect(formatter.money(amount) == formatter.foundationMoney(amount), "\(cents)")
            #expect(formatter.money(Money(cents: -cents)) == formatter.foundationMoney(Money(cents: -cents)), "\(-cents)")
        }
    }

    @Test("percent", arguments: Language.allCases)
    func percent(language: Language) {
        let formatter = TextFormatter(language: language)
        let small = Self.values(dense: 3_000).filter { $0 < Int64.max / 1_000_000 }
        for units in small.flatMap({ [$0, $0 * 100, $0 * 10_000] }) {
            let rate = Rate(units: units)
            #expect(formatter.percent(rate) == formatter.foundationPercent(rate), "\(units)")
        }
    }

    @Test("hours", arguments: Language.allCases)
    func hours(language: Language) {
        let formatter = TextFormatter(language: language)
        for hundredths in Self.values(dense: 10_000) where hundredths < Int64.max / 1_000 {
            let hours = Hours(hundredths: hundredths)
            #expect(formatter.hours(hours) == formatter.foundationHours(hours), "\(hundredths)")
        }
    }
}
