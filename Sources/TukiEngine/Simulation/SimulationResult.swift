/// The outcome of a scenario: every month with and without the job, and how it was computed.
public struct SimulationResult: Sendable {
    public let scenarioName: String
    public let ruleSet: RuleSetStamp
    /// The date the rules were taken at when pinned; otherwise each month uses its first day.
    public let pinnedDate: Day?
    public let months: [MonthResult]
    /// Each calendar year's tax for each variant.
    public let taxYears: [TaxYearResult]
    /// The benefit lines the person receives (`Scenario.receivedBenefitLines`).
    public let receivedBenefits: [AmountLine]
    /// Lines every month has unless an amount is unknown: the benefits received, the totals and the tax withheld
    /// (which the tax year always sets when it can be worked out).
    public let requiredLines: [AmountLine]

    init(scenarioName: String, ruleSet: RuleSetStamp, pinnedDate: Day?, months: [MonthResult], taxYears: [TaxYearResult],
         receivedBenefits: [AmountLine]) {
        self.scenarioName = scenarioName
        self.ruleSet = ruleSet
        self.pinnedDate = pinnedDate
        self.months = months
        self.taxYears = taxYears
        self.receivedBenefits = receivedBenefits
        requiredLines = receivedBenefits + [.totalIncome, .withheldTax, .netIncome]
    }

    public var warnings: [Warning] { months.flatMap { $0.baseline.warnings + $0.withJob.warnings } }

    /// The lines a report of the months shows, in report order: those any month has, and the required ones.
    public var reportLines: [AmountLine] {
        let paysWage = months.contains { ($0.withJob.amount(.grossWage) ?? .zero) > .zero }
        return Set(months.flatMap { $0.withJob.lines + $0.baseline.lines } + requiredLines + (paysWage ? [.payrollContributions] : []))
            .sorted()
    }

    /// The month lacks this line because its amount is unknown (rather than because it is zero or does not apply).
    /// Contributions are taken from any wage, so a month with a wage lacks them only when they are unknown.
    public func isUnknown(_ line: AmountLine, in figures: MonthFigures) -> Bool {
        guard figures.amount(line) == nil else { return false }
        if line == .payrollContributions { return (figures.amount(.grossWage) ?? .zero) > .zero }
        return requiredLines.contains(line)
    }

    /// The lines whose amount is unknown in this month's figures, in report order.
    public func unknownLines(in figures: MonthFigures) -> [AmountLine] {
        AmountLine.all.filter { isUnknown($0, in: figures) }
    }
}

public struct MonthResult: Sendable {
    public let month: YearMonth
    /// The date whose rules were used for this month.
    public let asOf: Day
    public let baseline: MonthFigures
    public let withJob: MonthFigures

    public func figures(_ variant: Variant) -> MonthFigures {
        variant == .baseline ? baseline : withJob
    }
}

public struct MonthFigures: Sendable {
    public let amounts: LineAmounts
    public let trace: [TraceStep]
    public let warnings: [Warning]
    public let counters: [String: Int]

    func adding(amounts extra: LineAmounts = [:], trace steps: [TraceStep] = [], warnings added: [Warning] = []) -> MonthFigures {
        MonthFigures(amounts: amounts.merging(extra), trace: trace + steps,
                     warnings: warnings + added.filter { !warnings.containsInPlace($0) }, counters: counters)
    }

    /// The month repeated for a later one: its one-off pay left out of the wage and the total.
    var withoutExtraPay: MonthFigures {
        guard let extra = amounts[.extraPay] else { return self }
        var repeated = amounts
        repeated[.extraPay] = nil
        repeated[.grossWage] = amounts[.grossWage].map { $0 - extra }
        repeated[.totalIncome] = amounts[.totalIncome].map { $0 - extra }
        return MonthFigures(amounts: repeated, trace: trace, warnings: warnings, counters: counters)
    }

    /// The month with `extra` one-off pay added to the wage and the total.
    func withExtraPay(_ extra: Money) -> MonthFigures {
        guard extra != .zero else { return self }
        var added = amounts
        added[.extraPay] = (amounts[.extraPay] ?? .zero) + extra
        added[.grossWage] = (amounts[.grossWage] ?? .zero) + extra
        added[.totalIncome] = amounts[.totalIncome].map { $0 + extra }
        return MonthFigures(amounts: added, trace: trace, warnings: warnings, counters: counters)
    }

    /// The lines present, in report order.
    public var lines: [AmountLine] { amounts.lines }
    public func amount(_ line: AmountLine) -> Money? { amounts[line] }
}
