/// What one batch entry gave: the figures (current rules and, with an overlay, the reform),
/// the expected figures it missed, or why it could not run.
public struct BatchOutcome: Sendable {
    public enum Status: Sendable {
        /// `checked`: how many expected figures the scenario gives, met or missed.
        case ran(current: BatchFigures, reform: BatchFigures?, mismatches: [ExpectationMismatch], checked: Int)
        /// With the name the entry declares, when it can be read (a CSV row's name cell).
        case failed(InputError, name: String?)
        case skipped
    }

    /// Position in the input, from 0.
    public let index: Int
    public let source: String
    public let status: Status

    public var mismatches: [ExpectationMismatch] {
        if case let .ran(_, _, mismatches, _) = status { return mismatches }
        return []
    }
}

/// A scenario's key figures over its simulated months.
public struct BatchFigures: Sendable {
    public let scenarioName: String
    public let months: Int
    /// Average net income a month without and with the job; nil when a month's is unknown.
    public let netWithout: Money?
    public let netWith: Money?
    /// Each line's total over the months with the job; nil when the line is missing in some month.
    public let totals: LineAmounts
    public let participationTaxRate: Rate?
    /// The most weekly hours that keep every benefit, when asked for.
    public let bestSafeHours: Hours?
    /// The kinds of warning in any month, each once, in first-seen order.
    public let warnings: [MessageKind]

    /// The lines a batch row shows, in order.
    public static let lines: [AmountLine] = [.grossWage, .kelaDisabilityPension, .guaranteePension, .earningsRelatedPension,
                                             .disabilityAllowance, .housingAllowance, .withheldTax, .payrollContributions]

    public var averageGain: Money? {
        guard let netWith, let netWithout else { return nil }
        return netWith - netWithout
    }

    init(_ result: SimulationResult, bestSafeHours: Hours?) {
        let summary = result.summary
        scenarioName = result.scenarioName
        months = result.months.count
        netWithout = summary.averageNetBaseline
        netWith = summary.averageNet
        participationTaxRate = summary.participationTaxRate
        self.bestSafeHours = bestSafeHours
        var totals = LineAmounts()
        lines: for line in Self.lines {
            var total = Money.zero
            for month in result.months {
                guard let amount = month.withJob.amount(line) else { continue lines }
                total += amount
            }
            totals[line] = total
        }
        self.totals = totals
        var seen: [MessageKind] = []
        func note(_ warnings: [Warning]) {
            for warning in warnings where !seen.contains(warning.statement.kind) { seen.append(warning.statement.kind) }
        }
        for month in result.months {
            note(month.baseline.warnings)
            note(month.withJob.warnings)
        }
        warnings = seen
    }
}
