/// An exact number of hours, held in hundredths ("7.5" h is 750).
public struct Hours: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let hundredths: Int64

    public init(hundredths: Int64) { self.hundredths = hundredths }
    public static func whole(_ hours: Int64) -> Hours { Hours(hundredths: hours * 100) }
    public static let zero = Hours(hundredths: 0)

    /// Reads "5", "7.5" or "7.25"; finer than hundredths of an hour gives nil.
    public init?(exactly text: String) {
        guard let value = DecimalLiteral(text)?.units(atScale: 2) else { return nil }
        hundredths = value
    }

    public var description: String {
        let sign = hundredths < 0 ? "-" : ""
        let whole = hundredths.magnitude / 100
        let fraction = hundredths.magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        let decimals = fraction % 10 == 0 ? "\(fraction / 10)" : "\(fraction < 10 ? "0" : "")\(fraction)"
        return "\(sign)\(whole).\(decimals)"
    }

    public static func < (lhs: Hours, rhs: Hours) -> Bool { lhs.hundredths < rhs.hundredths }
    public static func + (lhs: Hours, rhs: Hours) -> Hours { Hours(hundredths: lhs.hundredths + rhs.hundredths) }
    public static func * (lhs: Hours, rhs: Int64) -> Hours { Hours(hundredths: lhs.hundredths * rhs) }
}
