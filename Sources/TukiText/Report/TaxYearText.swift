import TukiEngine

/// Sentences about a tax year: the final tax, what was withheld and the balance.
public struct TaxYearText: Sendable {
    let formatter: TextFormatter

    public init(formatter: TextFormatter) { self.formatter = formatter }

    public func summary(_ year: TaxYearResult) -> [String] {
        let variant = TraceValue.term("term.variant.\(year.variant.rawValue)")
        guard let tax = year.finalTax, let residual = year.residual else {
            return [formatter.say(ReportMessages.taxYearUnknown, ["year": .text(String(year.year)), "variant": variant])]
        }
        var lines = [formatter.say(ReportMessages.taxYear, ["year": .text(String(year.year)), "variant": variant, "tax": .money(tax),
                                                  "withheld": .money(year.withheld), "balance": .text(balance(residual))])]
        if year.revisedCard != nil, let keeping = year.residualKeepingCard, let withheldKeeping = year.withheldKeepingCard {
            lines.append(formatter.say(ReportMessages.taxYearKeepingCard, ["withheld": .money(withheldKeeping),
                                                                 "balance": .text(balance(keeping))]))
        }
        return lines
    }

    /// The annual computation step by step, then the cards.
    public func computation(_ year: TaxYearResult) -> [String] {
        var lines = [formatter.say(ReportMessages.taxHeading, ["year": .text(String(year.year)),
                                                     "variant": .term("term.variant.\(year.variant.rawValue)")])]
        lines += year.steps.map { "- " + formatter.format($0.statement) }
        let card = year.card
        if year.cardGiven {
            lines.append(formatter.say(TaxMessages.cardGiven, [
                "baseRate": .rate(card.baseRate), "incomeLimit": .money(card.incomeLimit),
                "additionalRate": .rate(card.additionalRate), "pensionRate": .rate(card.pensionRate),
            ]))
        } else if year.variant == .withJob || year.estimate.pension > .zero {
            lines.append(formatter.say(TaxMessages.card, rates(card)))
            if year.estimate.pension > .zero { lines.append(formatter.say(TaxMessages.pensionCard, ["rate": .rate(card.pensionRate)])) }
        }
        if let revised = year.revisedCard {
            lines.append(formatter.say(ReportMessages.taxRevisedCard, rates(revised.card).merging(["from": .day(revised.from.firstDay)]) { $1 }))
        }
        return lines + summary(year)
    }

    private func rates(_ card: TaxCard) -> StatementValues {
        ["baseRate": .rate(card.baseRate), "incomeLimit": .money(card.incomeLimit), "additionalRate": .rate(card.additionalRate)]
    }

    private func balance(_ residual: Money) -> String {
        if residual > .zero { return formatter.say(ReportMessages.taxBalanceResidual, ["amount": .money(residual)]) }
        if residual < .zero { return formatter.say(ReportMessages.taxBalanceRefund, ["amount": .money(-residual)]) }
        return formatter.say(ReportMessages.taxBalanceEven)
    }

}
