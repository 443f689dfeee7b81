/// A tax card: the wage's base rate up to the annual income limit, the additional rate above it,
/// and the rate for pensions.
public struct TaxCard: Sendable, Hashable {
    public let baseRate: Rate
    public let incomeLimit: Money
    public let additionalRate: Rate
    public let pensionRate: Rate
    /// The rule value the additional rate was cut down to, when Tuki computed the card and the cap applied.
    public let additionalRateCap: ParameterUse?

    public init(baseRate: Rate, incomeLimit: Money, additionalRate: Rate, pensionRate: Rate,
                additionalRateCap: ParameterUse? = nil) {
        self.baseRate = baseRate
        self.incomeLimit = incomeLimit
        self.additionalRate = additionalRate
        self.pensionRate = pensionRate
        self.additionalRateCap = additionalRateCap
    }

    /// The rule values behind the card's rates that a step or warning about them cites.
    public var citedRules: [ParameterUse] { additionalRateCap.map { [$0] } ?? [] }

    /// A month's wage split at the income limit, given the wage paid earlier in the year on this card.
    public func wageParts(_ wage: Money, paidBefore: Money) -> (withinLimit: Money, overLimit: Money) {
        let withinBefore = Money.min(paidBefore, incomeLimit)
        let withinAfter = Money.min(paidBefore + wage, incomeLimit)
        let within = withinAfter - withinBefore
        return (within, wage - within)
    }

    /// Tax withheld from a month's wage, given the wage paid earlier in the year on this card.
    public func wageWithholding(_ wage: Money, paidBefore: Money) -> Money {
        let parts = wageParts(wage, paidBefore: paidBefore)
        return parts.withinLimit.times(baseRate) + parts.overLimit.times(additionalRate)
    }
}

/// Tuki's reading of Vero's method (EPL 1118/1996 3–4 §: withholding should match the year's
/// tax as closely as possible). Pensions get the rate of the tax on the pension alone; the wage
/// gets the rest of the year's tax over the wage; the additional rate is the marginal rate on
/// the next 1 000 € of wage. Vero's rounding was not found: rates are rounded up to 0.01 %.
public struct TaxCardCalculation: Sendable {
    let tax: IncomeTax
    let parameters: Parameters

    public init(parameters: Parameters) {
        self.parameters = parameters
        tax = IncomeTax(parameters: parameters, recordsSteps: false)
    }

    static let marginalProbe = Money.euros(1_000)

    /// The card for `estimate`. A revised card, made when the wage starts part way through the year, takes into
    /// account the pensions already paid (`pensionPaid`) and the tax already withheld (`taxWithheld`): the wage gets
    /// what is left of the year's tax once the rest of the pension has been withheld at its rate (EPL: withholding
    /// should match the year's tax).
    public func card(for estimate: AnnualIncome, pensionPaid: Money = .zero, taxWithheld: Money = .zero)
        throws(ParameterLookupError) -> TaxCard {
        let pensionTax = estimate.pension > .zero ? try tax.compute(estimate.with(wage: .zero, pension: estimate.pension)).withholdable : .zero
        let pensionRate = estimate.pension > .zero ? Self.ratio(pensionTax, estimate.pension) : .zero
        let total = try tax.compute(estimate).withholdable
        let fromPensionStill = pensionPaid == .zero && taxWithheld == .zero
            ? pensionTax : (estimate.pension - pensionPaid).times(pensionRate)
        let base = estimate.wage > .zero ? Self.ratio(Money.max(.zero, total - taxWithheld - fromPensionStill), estimate.wage) : .zero
        let probe = try tax.compute(estimate.with(wage: estimate.wage + Self.marginalProbe, pension: estimate.pension)).withholdable
        let maximum = try parameters.rate("tax.card.additional_rate_max")
        let additional = Swift.max(Self.ratio(probe - total, Self.marginalProbe), base)
        let capped = additional > maximum.value
        return TaxCard(baseRate: base, incomeLimit: estimate.wage, additionalRate: capped ? maximum.value : additional,
                       pensionRate: pensionRate, additionalRateCap: capped ? maximum.use : nil)
    }

    /// `part / whole` as a rate rounded up to a hundredth of a percent.
    static func ratio(_ part: Money, _ whole: Money) -> Rate {
        guard whole > .zero, part > .zero else { return .zero }
        let hundredthsOfPercent = Rounding.up.divide(Int128(part.cents) * 10_000, by: Int128(whole.cents))
        return Rate(units: Int64(hundredthsOfPercent) * 10_000)
    }
}
