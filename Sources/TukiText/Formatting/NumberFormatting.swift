import Foundation
import TukiEngine

/// Exact decimals for Foundation's format styles, built from integers so no binary
/// floating point ever touches money, rates or hours.
enum ExactDecimal {
    static func of(_ units: Int64, scale: Int) -> Decimal {
        Decimal(sign: units < 0 ? .minus : .plus, exponent: -scale, significand: Decimal(units.magnitude))
    }
}

/// The common cases written by integer arithmetic with the separators the format styles give: a no-break
/// space (U+00A0) between thousands and before € and % in fi and sv, a decimal comma there; a comma
/// between thousands and a decimal point in en. Negative values and rates that would need rounding still go
/// through Foundation, so the text stays exactly what the format styles write (the tests compare both over
/// wide ranges of values).
enum FastNumberText {
    static let noBreakSpace = "\u{00A0}"

    /// The digits of a non-negative integer with the language's thousands separator.
    static func grouped(_ value: UInt64, _ language: Language) -> String {
        let digits = String(value)
        guard digits.utf8.count > 3 else { return digits }
        let separator = language == .en ? "," : noBreakSpace
        var result = ""
        result.reserveCapacity(digits.utf8.count * 2)
        let count = digits.utf8.count
        for (index, digit) in digits.enumerated() {
            if index > 0, (count - index) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return result
    }

    static func decimalMark(_ language: Language) -> String { language == .en ? "." : "," }

    /// `units` at `scale` decimals, with at most `scale` decimals and no trailing zeros (nor mark when none remain).
    static func trimmed(_ units: UInt64, scale: Int, _ language: Language) -> String {
        var divisor: UInt64 = 1
        for _ in 0..<scale { divisor *= 10 }
        var fraction = units % divisor
        var digits = scale
        while digits > 0, fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let whole = grouped(units / divisor, language)
        guard digits > 0 else { return whole }
        let fractionText = String(fraction)
        return whole + decimalMark(language) + String(repeating: "0", count: digits - fractionText.utf8.count) + fractionText
    }

    static func money(_ cents: Int64, _ language: Language) -> String? {
        guard cents >= 0 else { return nil }
        let magnitude = UInt64(cents)
        let fraction = magnitude % 100
        let amount = grouped(magnitude / 100, language) + decimalMark(language) + (fraction < 10 ? "0" : "") + String(fraction)
        return language == .en ? "€" + amount : amount + noBreakSpace + "€"
    }

    static func percent(_ units: Int64, _ language: Language) -> String? {
        // A rate in hundred-millionths is a percentage with six decimals; only four are shown, so a rate
        // whose last two are not zero would be rounded: that is left to the format style.
        guard units >= 0, units % 100 == 0 else { return nil }
        let text = trimmed(UInt64(units / 100), scale: 4, language)
        return language == .en ? text + "%" : text + noBreakSpace + "%"
    }

    static func hours(_ hundredths: Int64, _ language: Language) -> String? {
        guard hundredths >= 0 else { return nil }
        return trimmed(UInt64(hundredths), scale: 2, language)
    }
}

extension TextFormatter {
    /// "1 234,50 €" (fi, sv) or "€1,234.50" (en); always two decimals.
    public func money(_ amount: Money) -> String {
        FastNumberText.money(amount.cents, language) ?? foundationMoney(amount)
    }

    /// "12,64 %" (fi, sv) or "12.64%" (en), with up to four decimals and no trailing zeros.
    public func percent(_ rate: Rate) -> String {
        FastNumberText.percent(rate.units, language) ?? foundationPercent(rate)
    }

    /// "7,5" (fi, sv) or "7.5" (en), with up to two decimals.
    public func hours(_ hours: Hours) -> String {
        FastNumberText.hours(hours.hundredths, language) ?? foundationHours(hours)
    }

    /// The format styles' text, for the cases the integer paths leave to them and for the tests that compare.
    func foundationMoney(_ amount: Money) -> String {
        ExactDecimal.of(amount.cents, scale: 2)
            .formatted(Decimal.FormatStyle.Currency(code: "EUR", locale: language.locale).precision(.fractionLength(2)))
    }

    func foundationPercent(_ rate: Rate) -> String {
        ExactDecimal.of(rate.units, scale: Rate.decimals)
            .formatted(Decimal.FormatStyle.Percent(locale: language.locale).precision(.fractionLength(0...4)))
    }

    func foundationHours(_ hours: Hours) -> String {
        ExactDecimal.of(hours.hundredths, scale: 2)
            .formatted(Decimal.FormatStyle(locale: language.locale).precision(.fractionLength(0...2)))
    }
}
