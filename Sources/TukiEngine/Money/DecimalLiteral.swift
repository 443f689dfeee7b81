/// An exact decimal read from text ("12.40", "-0.0088"), never through floating point.
public struct DecimalLiteral: Sendable, Hashable {
    /// The digits as an integer: "12.40" has units 1240 and scale 2.
    public let units: Int64
    public let scale: Int

    public init?(_ text: String) {
        var body = Substring(text)
        var negative = false
        if let sign = body.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !whole.isEmpty || !fraction.isEmpty,
              parts.count == 1 || !fraction.isEmpty,
              whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
              whole.count + fraction.count <= 18,
              let digits = Int64(whole + fraction)
        else { return nil }
        self.units = negative ? -digits : digits
        self.scale = fraction.count
    }

    /// The value with exactly `digits` decimals, or nil if that would drop a non-zero digit.
    public func units(atScale digits: Int) -> Int64? {
        if scale == digits { return units }
        if scale < digits {
            var result = units
            for _ in scale..<digits {
                let (next, overflow) = result.multipliedReportingOverflow(by: 10)
                if overflow { return nil }
                result = next
            }
            return result
        }
        var divisor: Int64 = 1
        for _ in digits..<scale { divisor *= 10 }
        return units % divisor == 0 ? units / divisor : nil
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
