/// An exact proportion (0.1264 for 12.64 %), held in hundred-millionths.
public struct Rate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public static let decimals = 8
    static let denominator: Int64 = 100_000_000

    /// The rate times 10^8.
    public let units: Int64

    public init(units: Int64) { self.units = units }
    public static let zero = Rate(units: 0)
    public static let one = Rate(units: denominator)

    /// Reads a proportion written as a decimal ("0.0730"); more than eight decimals gives nil.
    public init?(exactly text: String) {
        guard let units = DecimalLiteral(text)?.units(atScale: Rate.decimals) else { return nil }
        self.units = units
    }

    /// Reads a percentage as printed on a tax card ("21.5" for 21.5 %); more than six decimals gives nil.
    public init?(percent text: String) {
        guard let units = DecimalLiteral(text)?.units(atScale: Rate.decimals - 2) else { return nil }
        self.units = units
    }

    /// Percent as text with up to the digits the rate needs: 0.1264 → "12.64".
    public var percentDescription: String { Rate.fixed(units, decimals: Rate.decimals - 2) }

    /// The proportion as written in rule files: 0.1264 → "0.1264".
    public var description: String { Rate.fixed(units, decimals: Rate.decimals) }

    /// Rounded to `digits` decimals of a percent (1 → a tenth of a percent), for display.
    public func roundedToPercentDecimals(_ digits: Int, _ rounding: Rounding = .halfUp) -> Rate {
        var step: Int64 = 1
        for _ in 0..<(Rate.decimals - 2 - digits) { step *= 10 }
        return Rate(units: Int64(rounding.divide(Int128(units), by: Int128(step))) * step)
    }

    public static func < (lhs: Rate, rhs: Rate) -> Bool { lhs.units < rhs.units }

    private static func fixed(_ value: Int64, decimals: Int) -> String {
        var divisor: Int64 = 1
        for _ in 0..<decimals { divisor *= 10 }
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        var fraction = String(magnitude % UInt64(divisor))
        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        return "\(sign)\(magnitude / UInt64(divisor))" + (fraction.isEmpty ? "" : ".\(fraction)")
    }
}
