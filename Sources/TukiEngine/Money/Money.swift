/// An exact amount of euros, held in whole cents.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let cents: Int64

    public init(cents: Int64) { self.cents = cents }
    public static func euros(_ euros: Int64) -> Money { Money(cents: euros * 100) }
    public static let zero = Money(cents: 0)

    /// Reads "1234.5" or "1234.50"; more than two decimals is not money and gives nil.
    public init?(exactly text: String) {
        guard let cents = DecimalLiteral(text)?.units(atScale: 2) else { return nil }
        self.cents = cents
    }

    /// Plain machine form with two decimals and a point: "1234.50", "-0.05".
    public var description: String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public var isNegative: Bool { cents < 0 }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
    public static prefix func - (amount: Money) -> Money { Money(cents: -amount.cents) }
    public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }
    public static func -= (lhs: inout Money, rhs: Money) { lhs = lhs - rhs }
    public static func * (lhs: Money, rhs: Int64) -> Money { Money(cents: lhs.cents * rhs) }

    /// This amount times `rate`, rounded to the cent.
    public func times(_ rate: Rate, rounding: Rounding = .halfUp) -> Money {
        let product = Int128(cents) * Int128(rate.units)
        return Money(cents: Int64(rounding.divide(product, by: Int128(Rate.denominator))))
    }

    /// This amount times `numerator / denominator`, rounded once to the cent.
    public func times(_ numerator: Int64, over denominator: Int64, rounding: Rounding = .halfUp) -> Money {
        Money(cents: Int64(rounding.divide(Int128(cents) * Int128(numerator), by: Int128(denominator))))
    }

    /// Rounded to whole euros, for rules that work in whole euros.
    public func roundedToWholeEuros(_ rounding: Rounding = .halfUp) -> Money {
        Money(cents: Int64(rounding.divide(Int128(cents), by: 100)) * 100)
    }

    public static func max(_ a: Money, _ b: Money) -> Money { a < b ? b : a }
    public static func min(_ a: Money, _ b: Money) -> Money { a < b ? a : b }
}

extension Sequence where Element == Money {
    public func sum() -> Money { reduce(.zero, +) }
}
