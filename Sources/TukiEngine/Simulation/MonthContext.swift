/// What the calculators share while computing one month of one variant.
public struct MonthContext: Sendable {
    public let scenario: Scenario
    public let month: YearMonth
    public let variant: Variant
    public let parameters: Parameters
    /// The same variant's earlier months, oldest first.
    public let previousMonths: [MonthFigures]
    /// For the variant with the job, the same month without it (when the baseline was computed first).
    public let baseline: MonthFigures?
    private var log: StepLog
    public private(set) var figures = LineAmounts()
    public var trace: [TraceStep] { log.steps }
    public private(set) var warnings: [Warning] = []
    /// Running counts a rule needs across months (e.g. consecutive months over a limit).
    public private(set) var counters: [String: Int] = [:]

    /// Without `tracing` the steps are not kept: a run that only needs the figures and warnings (a batch, an
    /// answer without its trace) skips building their sentences' values. Unverified values warn either way.
    init(scenario: Scenario, month: YearMonth, variant: Variant, parameters: Parameters, previousMonths: [MonthFigures],
         baseline: MonthFigures? = nil, tracing: Bool = true) {
        self.scenario = scenario
        self.month = month
        self.variant = variant
        self.parameters = parameters
        self.previousMonths = previousMonths
        self.baseline = baseline
        log = StepLog(enabled: tracing)
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

    /// Whether `key` is met for the first time this calendar year in this variant, marking it: a warning about
    /// something true all year is given once a year, in the first month it applies, even when months between
    /// do not ask.
    public mutating func isFirstTimeThisYear(_ key: String) -> Bool {
        let earlierThisYear = previousMonths.suffix(min(previousMonths.count, month.month - 1))
        counters[key] = 1
        return !earlierThisYear.contains { $0.counters[key] != nil }
    }

    /// The job as it applies to this variant and month: none in the baseline or outside the job's months.
    public var activeJob: Job? {
        guard variant == .withJob, let job = scenario.job, job.isActive(in: month) else { return nil }
        return job
    }

    /// Whether the job stops every pension paid without it that entitles to the pensioners' benefits (the Kela and
    /// guarantee pensions, a full earnings-related disability pension): the care allowance for pensioners and the
    /// pensioners' housing allowance then rest on the rules for a pension's rest.
    public var stopsEveryEntitlingPension: Bool {
        guard variant == .withJob, let baseline else { return false }
        let entitling = [AmountLine.kelaDisabilityPension, .guaranteePension]
            + (scenario.benefits.earningsRelatedPension?.kind == .full ? [.earningsRelatedPension] : [])
        let paidWithout = entitling.filter { (baseline.amount($0) ?? .zero) > .zero }
        return !paidWithout.isEmpty && paidWithout.allSatisfy { figures[$0] == .zero }
    }

    /// The job that pays this month's wage: the active one, or after its end the one whose extra pay (e.g. holiday
    /// compensation) falls in this month. Read after the wage is computed.
    public var payingJob: Job? {
        activeJob ?? (variant == .withJob && amount(.grossWage) > .zero ? scenario.job : nil)
    }

    /// Whether a benefit resting on the pension is to be told about its rules during a rest: in the first month of a
    /// rest of every entitling pension, and again each January it goes on (the rule may change with the year).
    /// Counts the rest's months under `key`.
    public mutating func isRestToBeToldOf(_ key: String) -> Bool {
        let resting = stopsEveryEntitlingPension
        return count(key, continuing: resting) == 1 || (resting && month.month == 1)
    }

    /// Everything computed so far, as the month's figures.
    var result: MonthFigures { MonthFigures(amounts: figures, trace: trace, warnings: warnings, counters: counters) }

    public mutating func set(_ line: AmountLine, _ amount: Money) { figures[line] = amount }
    public func amount(_ line: AmountLine) -> Money { figures[line] ?? .zero }

    /// Records a step; its values are worked out only when steps are kept.
    public mutating func record(_ kind: MessageKind, _ values: @autoclosure () -> StatementValues = [:],
                                parameters: [ParameterUse] = [], source: Source? = nil) {
        let warned = log.unverified.count
        log.add(kind, values(), parameters: parameters, source: source)
        warnUnverified(after: warned)
    }

    /// Records a step built beforehand (e.g. chosen among alternatives).
    public mutating func record(_ step: TraceStep) {
        let warned = log.unverified.count
        log.add(step)
        warnUnverified(after: warned)
    }

    /// Warns about unverified values used outside the trace (e.g. in an eligibility reason).
    public mutating func cite(_ uses: [ParameterUse]) {
        let warned = log.unverified.count
        log.cite(uses)
        warnUnverified(after: warned)
    }

    /// A value cited by many steps warns once a month, in the order first cited.
    private mutating func warnUnverified(after warned: Int) {
        for use in log.unverified[warned...] { warnings.append(SimulationMessages.unverified(use, month: month, parameters)) }
    }

    public mutating func warn(_ warning: Warning) {
        if !warnings.containsInPlace(warning) { warnings.append(warning) }
    }
}
