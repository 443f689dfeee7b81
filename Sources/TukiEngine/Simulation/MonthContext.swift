/// What the calculators share while computing one month of one variant.
public struct MonthContext: Sendable {
    public let scenario: Scenario
    public let month: YearMonth
    public let variant: Variant
    public let parameters: Parameters
    /// The same variant's earlier months, oldest first.
    public let previousMonths: [MonthFigures]
    public private(set) var figures: [AmountLine: Money] = [:]
    public private(set) var trace: [TraceStep] = []
    public private(set) var warnings: [Warning] = []
    /// Running counts a rule needs across months (e.g. consecutive months over a limit).
    public private(set) var counters: [String: Int] = [:]
    /// Unverified values already warned about this month: a value cited by many steps warns once,
    /// without building its warning again.
    private var citedUnverified: [ParameterUse] = []

    init(scenario: Scenario, month: YearMonth, variant: Variant, parameters: Parameters, previousMonths: [MonthFigures]) {
        self.scenario = scenario
        self.month = month
        self.variant = variant
        self.parameters = parameters
        self.previousMonths = previousMonths
    }

    /// Sets this month's count for `key` to the previous month's plus one, or to zero; returns it.
    public mutating func count(_ key: String, continuing condition: Bool) -> Int {
        let value = condition ? (previousMonths.last?.counters[key] ?? 0) + 1 : 0
        counters[key] = value
        return value
    }

    /// Whether a condition named `key` holds in this baseline month but did not in the one before, counting it:
    /// a warning about it is given once, in the first month it applies, not in every month nor in both variants.
    public mutating func isFirstBaselineMonth(of key: String) -> Bool {
        count(key, continuing: true) == 1 && variant == .baseline
    }

    /// The job as it applies to this variant and month: none in the baseline or outside the job's months.
    public var activeJob: Job? {
        guard variant == .withJob, let job = scenario.job, job.isActive(in: month) else { return nil }
        return job
    }

    /// Everything computed so far, as the month's figures.
    var result: MonthFigures { MonthFigures(amounts: figures, trace: trace, warnings: warnings, counters: counters) }

    public mutating func set(_ line: AmountLine, _ amount: Money) { figures[line] = amount }
    public func amount(_ line: AmountLine) -> Money { figures[line] ?? .zero }

    public mutating func record(_ step: TraceStep) {
        trace.append(step)
        cite(step.parameters)
    }

    /// Warns about unverified values used outside the trace (e.g. in an eligibility reason).
    public mutating func cite(_ uses: [ParameterUse]) {
        for use in uses where use.status == .unverified && !citedUnverified.contains(use) {
            citedUnverified.append(use)
            warnings.append(Warning(SimulationMessages.parameterUnverified,
                         ["parameter": .text(use.id.rawValue), "date": .day(use.validFrom)],
                         severity: .caution, month: month, parameters: [use]))
        }
    }

    public mutating func warn(_ warning: Warning) {
        if !warnings.contains(warning) { warnings.append(warning) }
    }
}
