/// A calendar month ("2026-02"): the unit every benefit here is computed in.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// Reads "2026-02".
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    public var description: String { "\(YearMonth.padded(year, 4))-\(YearMonth.padded(month, 2))" }

    public var firstDay: Day { Day(year: year, month: month, day: 1)! }
    public var lastDay: Day { Day(year: year, month: month, day: dayCount)! }
    public var dayCount: Int { Day.length(ofMonth: month, in: year) }
    public var days: [Day] { (1...dayCount).map { Day(year: year, month: month, day: $0)! } }

    /// Months since January of year 0, so that differences are month counts.
    var index: Int { year * 12 + (month - 1) }

    public func adding(months: Int) -> YearMonth {
        let target = index + months
        return YearMonth(year: target / 12, month: target % 12 + 1)!
    }

    public func months(until later: YearMonth) -> Int { later.index - index }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.index < rhs.index }

    static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
