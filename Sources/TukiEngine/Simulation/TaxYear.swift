/// One calendar year's tax for one variant: the year's income, the final tax, the cards used
/// and what was withheld, and the residual tax (positive) or refund (negative).
public struct TaxYearResult: Sendable {
    public let year: Int
    public let variant: Variant
    public let estimate: AnnualIncome
    /// The year's withholdable taxes; nil when the rules lack a figure the person's income needs.
    public let finalTax: Money?
    /// The card withholding starts the year with, and the revised card with its first month, if any.
    public let card: TaxCard
    /// The starting card is the person's own, given in the scenario, rather than one Tuki computed.
    public let cardGiven: Bool
    public let revisedCard: (card: TaxCard, from: YearMonth)?
    public let withheld: Money
    /// Withheld on the person's current card all year, when the scenario gives that card:
    /// what keeping it instead of ordering a revised card would mean.
    public let withheldKeepingCard: Money?
    public let steps: [TraceStep]

    public var residual: Money? { finalTax.map { $0 - withheld } }
    public var residualKeepingCard: Money? {
        guard let finalTax, let withheldKeepingCard else { return nil }
        return finalTax - withheldKeepingCard
    }
}
