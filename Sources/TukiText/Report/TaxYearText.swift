import TukiEngine

/// Sentences about a tax year: the final tax, what was withheld and the balance.
public struct TaxYearText: Sendable {
    let formatter: TextFormatter

    public init(formatter: TextFormatter) { self.formatter = formatter }

    public func summary(_ year: TaxYearResult) -> [String] {
        let variant = TraceValue.term("term.variant.\(year.variant.rawValue)")
        guard let tax = year.finalTax, let residual = year.residual else {
            return [say(ReportMessages.taxYearUnknown, ["year": .text(String(year.year)), "variant": variant])]
        }
        var lines = [say(ReportMessages.taxYear, ["year": .text(String(year.year)), "variant": variant, "tax": .money(tax),
                                                  "withheld": .money(year.withheld), "balance": .text(balance(residual))])]
        if year.revisedCard != nil, let keeping = year.residualKeepingCard, let withheldKeeping = year.withheldKeepingCard {
            lines.append(say(ReportMessages.taxYearKeepingCard, ["withheld": .money(withheldKeeping),
                                                                 "balance": .text(balance(keeping))]))
        }
        return lines
    }

    /// The annual computation step by step, then the cards.
    public func computation(_ year: TaxYearResult) -> [String] {
        var lines = [say(ReportMessages.taxHeading, ["year": .text(String(year.year)),
                                                     "variant": .term("term.variant.\(year.variant.rawValue)")])]
        lines += year.steps.map { "- " + formatter.format($0.statement) }
        if year.variant == .withJob || year.card.pensionRate > .zero { lines += cardLines(year.card) }
        if let revised = year.revisedCard { lines += cardLines(revised.card).map { formatter.month(revised.from) + ": " + $0 } }
        return lines + summary(year)
    }

    private func cardLines(_ card: TaxCard) -> [String] {
        [say(TaxMessages.card, ["baseRate": .rate(card.baseRate), "incomeLimit": .money(card.incomeLimit),
                                "additionalRate": .rate(card.additionalRate)]),
         say(TaxMessages.pensionCard, ["rate": .rate(card.pensionRate)])]
    }

    private func balance(_ residual: Money) -> String {
        if residual > .zero { return say(ReportMessages.taxBalanceResidual, ["amount": .money(residual)]) }
        if residual < .zero { return say(ReportMessages.taxBalanceRefund, ["amount": .money(-residual)]) }
        return say(ReportMessages.taxBalanceEven)
    }

    private func say(_ kind: MessageKind, _ values: [String: TraceValue] = [:]) -> String {
        formatter.format(Statement(kind, values))
    }
}
