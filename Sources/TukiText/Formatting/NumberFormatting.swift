import Foundation
import TukiEngine

/// Exact decimals for Foundation's format styles, built from integers so no binary
/// floating point ever touches money, rates or hours.
enum ExactDecimal {
    static func of(_ units: Int64, scale: Int) -> Decimal {
        Decimal(sign: units < 0 ? .minus : .plus, exponent: -scale, significand: Decimal(units.magnitude))
    }
}

extension TextFormatter {
    /// "1 234,50 €" (fi, sv) or "€1,234.50" (en); always two decimals.
    public func money(_ amount: Money) -> String {
        ExactDecimal.of(amount.cents, scale: 2)
            .formatted(Decimal.FormatStyle.Currency(code: "EUR", locale: language.locale).precision(.fractionLength(2)))
    }

    /// "12,64 %" (fi, sv) or "12.64%" (en), with up to four decimals and no trailing zeros.
    public func percent(_ rate: Rate) -> String {
        ExactDecimal.of(rate.units, scale: Rate.decimals)
            .formatted(Decimal.FormatStyle.Percent(locale: language.locale).precision(.fractionLength(0...4)))
    }

    /// "7,5" (fi, sv) or "7.5" (en), with up to two decimals.
    public func hours(_ hours: Hours) -> String {
        ExactDecimal.of(hours.hundredths, scale: 2)
            .formatted(Decimal.FormatStyle(locale: language.locale).precision(.fractionLength(0...2)))
    }
}
