/// Pay on top of the regular wage in a given month.
public struct ExtraPay: Sendable, Hashable {
    public let month: YearMonth
    public let kind: ExtraPayKind
    public let amount: Money
}

public enum ExtraPayKind: String, Sendable, Hashable, CaseIterable {
    /// Lomaraha: usually half of the holiday pay, paid with it or later.
    case holidayBonus
    /// Lomapalkka paid on top of the month's pay (when the pattern does not already include it).
    case holidayPay
    /// Lomakorvaus: holiday compensation, e.g. when the job ends.
    case holidayCompensation
    /// Any other taxable pay (bonus, overtime).
    case other

    public var termKey: String { "term.pay.\(rawValue)" }
}
