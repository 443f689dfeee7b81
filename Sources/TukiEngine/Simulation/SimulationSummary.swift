/// What the months add up to: the average gain from the job and the share of the wage lost.
public struct SimulationSummary: Sendable {
    /// Average gross wage a month with the job.
    public let averageWage: Money
    /// Average net income a month with and without the job; nil when some month's is unknown.
    public let averageNet: Money?
    public let averageNetBaseline: Money?
    /// Months with a warning about either variant: a note about the situation without the job counts too.
    public let monthsWithWarnings: [YearMonth]
    /// Months where, counted in the real calendar, a benefit the average month keeps stops (`BusyMonthsCheck`): the
    /// averages here are for average months, so a reader must be told.
    public let monthsStoppedInBusyMonths: [YearMonth]
    /// Net income rests on the tax withheld alone: some year's final tax could not be computed, so the
    /// residual tax or refund that would change it is not known.
    public let netFromWithholdingOnly: Bool
    /// The months averaged over, and how many of them pay a wage: the averages include months without the job.
    public let months: Int
    public let monthsWithWage: Int

    public var averageGain: Money? {
        guard let averageNet, let averageNetBaseline else { return nil }
        return averageNet - averageNetBaseline
    }

    /// Share of the wage lost to taxes and lower benefits: 1 − Δnet / Δgross.
    public var participationTaxRate: Rate? { averageGain.flatMap { Rate.lostShare(net: $0, gross: averageWage) } }
}

extension SimulationResult {
    public var summary: SimulationSummary {
        func average(_ line: AmountLine, _ variant: Variant) -> Money? {
            let values = months.map { $0.figures(variant).amount(line) }
            guard !months.isEmpty, !values.contains(where: { $0 == nil }) else { return nil }
            return values.compactMap { $0 }.sum().times(1, over: Int64(months.count))
        }
        return SimulationSummary(
            averageWage: (average(.grossWage, .withJob) ?? .zero) - (average(.grossWage, .baseline) ?? .zero),
            averageNet: average(.netIncome, .withJob), averageNetBaseline: average(.netIncome, .baseline),
            monthsWithWarnings: months.filter { !$0.withJob.warnings.isEmpty || !$0.baseline.warnings.isEmpty }.map(\.month),
            monthsStoppedInBusyMonths: months.filter { $0.withJob.warnings.contains { $0.statement.kind == SimulationMessages.busyMonthStops } }
                .map(\.month),
            netFromWithholdingOnly: taxYears.contains { $0.finalTax == nil }, months: months.count,
            monthsWithWage: months.filter { ($0.withJob.amount(.grossWage) ?? .zero) > .zero }.count)
    }
}

extension Rate {
    /// 1 − net / gross, exact to 10⁻⁸ (rounded half up); nil when gross is not positive.
    public static func lostShare(net: Money, gross: Money) -> Rate? {
        guard gross > .zero else { return nil }
        let kept = Rounding.halfUp.divide(Int128(net.cents) * Int128(Rate.one.units), by: Int128(gross.cents))
        return Rate(units: Rate.one.units - Int64(kept))
    }
}
