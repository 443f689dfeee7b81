/// "0...40" or "10.50...20": the range a sweep tries, decimals with at most two places, held in hundredths.
public struct SweepRange: Sendable, Hashable {
    public let fromHundredths: Int64
    public let toHundredths: Int64

    public init(fromHundredths: Int64, toHundredths: Int64) {
        self.fromHundredths = fromHundredths
        self.toHundredths = toHundredths
    }

    /// `nil` unless both ends are non-negative decimals, the second not below the first, at most 1 000 apart.
    public init?(_ text: String) {
        let parts = text.split(separator: "...", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, let from = Hours(exactly: parts[0])?.hundredths, let to = Hours(exactly: parts[1])?.hundredths,
              from >= 0, to >= from, (to - from) <= 100_000
        else { return nil }
        fromHundredths = from
        toHundredths = to
    }

    /// As weekly hours, the range stays within a week's 168 hours.
    public var fitsInAWeek: Bool { toHundredths <= 16_800 }

    /// How many points a step (in hundredths, positive) gives.
    public func count(step: Int64) -> Int { Int((toHundredths - fromHundredths) / step) + 1 }

    public func weeklyHours(step: Int64) -> Sweep.Axis {
        .weeklyHours(stride(from: fromHundredths, through: toHundredths, by: Int(step)).map(Hours.init))
    }

    public func hourlyWages(step: Int64) -> Sweep.Axis {
        .hourlyWage(stride(from: fromHundredths, through: toHundredths, by: Int(step)).map { Money(cents: $0) })
    }
}
