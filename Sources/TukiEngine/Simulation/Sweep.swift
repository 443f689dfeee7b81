/// Runs one scenario at many weekly hours (or wages) and reads off what a coach needs:
/// net income at each point, the traps where working more lowers it, and the best safe hours.
public struct Sweep: Sendable {
    public enum Axis: Sendable, Hashable {
        case weeklyHours([Hours])
        case hourlyWage([Money])

        public var kind: AxisKind {
            switch self {
            case .weeklyHours: .weeklyHours
            case .hourlyWage: .hourlyWage
            }
        }
    }

    /// What varies from point to point.
    public enum AxisKind: String, Sendable, Hashable { case weeklyHours, hourlyWage }

    let simulation: Simulation

    /// The points are computed without trace steps, which a sweep never shows, and without the simulation's own
    /// check of busy months: the sweep runs each point in the real calendar's months itself.
    public init(simulation: Simulation) {
        self.simulation = Simulation(rules: simulation.rules, calculators: simulation.calculators,
                                     pinnedDate: simulation.pinnedDate, tracing: false, checksBusyMonths: false)
    }

    /// Benefits whose stopping makes a point unsafe.
    public static let benefits: [AmountLine] = [.kelaDisabilityPension, .guaranteePension, .earningsRelatedPension,
                                         .disabilityAllowance, .housingAllowance]

    public func run(_ scenario: Scenario, axis: Axis) -> SweepResult {
        guard let job = scenario.job else { return SweepResult(points: [], axis: axis.kind) }
        let jobs: [Job]
        switch axis {
        case let .weeklyHours(hours): jobs = hours.map { job.with(weeklyHours: $0) }
        case let .hourlyWage(wages): jobs = wages.map { job.with(pay: .hourly($0)) }
        }
        let received = scenario.receivedBenefitLines
        // The points differ in hours or pay, not in the days they work, so they share the busiest month outside.
        let busier = BusierMonth(scenario, job: job)
        var busierUnknown = false
        let points = jobs.map { job in
            let averaged = point(simulation.run(scenario.with(job: job)), job: job, received: received)
            guard job.averagesHourlyPay else { return averaged }
            let calendarMonths = point(simulation.run(scenario.with(job: job.with(calendar: .actual))), job: job, received: received)
            let checked = averaged.checked(againstCalendarMonths: calendarMonths)
            guard let busier, checked.keepsEveryBenefit else { return checked }
            switch BusyMonthsCheck(simulation).outside(busier, scenario, job: job) {
            case let .stops(lines): return checked.unsafeOutside(stopping: lines)
            case .crossesLimit: return checked.unsafeOutside(stopping: [])
            case .unknown: busierUnknown = true
            case .safe: break
            }
            return checked
        }
        return SweepResult(points: points, axis: axis.kind, checksBusyMonths: jobs.contains { $0.averagesHourlyPay },
                           scaledSalary: scaledSalary(job, axis), replacedSalary: replacedSalary(job, axis),
                           shortJob: shortJob(scenario), busierMonthUnknown: busierUnknown ? busier : nil)
    }

    /// Over hours, a monthly salary is scaled in proportion to them: the salary and hours it was given for (none for a
    /// pattern of no hours, which cannot be scaled).
    private func scaledSalary(_ job: Job, _ axis: Axis) -> SweepResult.ScaledSalary? {
        guard case .weeklyHours = axis, case let .monthly(salary) = job.pay, job.pattern.weeklyHours > .zero else { return nil }
        return .init(salary: salary, weeklyHours: job.pattern.weeklyHours)
    }

    /// A job lasting only some of the simulated months: the points' averages spread its wage over all of them.
    private func shortJob(_ scenario: Scenario) -> SweepResult.ShortJob? {
        // A job in none of them is warned about on its own (`jobOutsideSimulation`).
        (1..<scenario.months).contains(scenario.monthsWithJob) ? .init(jobMonths: scenario.monthsWithJob, months: scenario.months) : nil
    }

    /// Over hourly wages, a monthly salary gives way to each wage tried; over hours, a salary given for no hours
    /// cannot be scaled and stays as it is (reported the same way, as the salary every point keeps).
    private func replacedSalary(_ job: Job, _ axis: Axis) -> Money? {
        guard case let .monthly(salary) = job.pay else { return nil }
        if case .weeklyHours = axis { return job.pattern.weeklyHours == .zero ? salary : nil }
        return salary
    }

    private func point(_ result: SimulationResult, job: Job, received: [AmountLine]) -> SweepPoint {
        let months = result.months
        func average(_ line: AmountLine, _ variant: Variant) -> Money? {
            let values = months.map { $0.figures(variant).amount(line) }
            guard !values.contains(where: { $0 == nil }) else { return nil }
            return values.compactMap { $0 }.sum().times(1, over: Int64(max(1, months.count)))
        }
        var averages = LineAmounts()
        var baseline = LineAmounts()
        for line in AmountLine.all {
            averages[line] = average(line, .withJob)
            baseline[line] = average(line, .baseline)
        }
        // An amount the rules cannot give with the job (e.g. an unknown earnings limit) is unknown, not stopped.
        let stopped = Self.benefits.filter { line in
            months.contains { month in (month.baseline.amount(line) ?? .zero) > .zero && month.withJob.amount(line) == .zero }
        }
        let held = Self.benefits.filter { line in months.contains { ($0.baseline.amount(line) ?? .zero) > .zero } }
        let unknown = received.filter { line in months.contains { $0.baseline.amount(line) == nil || $0.withJob.amount(line) == nil } }
        let limitCrossed = result.warnings.contains { BusyMonthsCheck.limitWarnings.contains($0.statement.kind) }
        return SweepPoint(weeklyHours: job.pattern.weeklyHours, pay: job.pay, withJob: averages, baseline: baseline,
                          heldBenefits: held, unknownBenefits: unknown, stoppedBenefits: stopped,
                          crossesEarningsLimit: limitCrossed, unsafeInBusyMonths: false,
                          netFromWithholdingOnly: result.taxYears.contains { $0.finalTax == nil })
    }
}

/// One point of a sweep: averages over the simulated months, with and without the job (a rest can outlast the job,
/// so its months count too).
public struct SweepPoint: Sendable {
    public let weeklyHours: Hours
    public let pay: Pay
    public let withJob: LineAmounts
    public let baseline: LineAmounts
    /// Benefits paid in some month without the job.
    public let heldBenefits: [AmountLine]
    /// Benefits the person receives whose amount the rules could not give for some month.
    public let unknownBenefits: [AmountLine]
    /// Benefits paid without the job that stop (or rest) in some month with it.
    public let stoppedBenefits: [AmountLine]
    public let crossesEarningsLimit: Bool
    /// Counted in the real calendar's months, a benefit stops or an earnings limit is crossed in a month with
    /// more working days than the average month.
    public let unsafeInBusyMonths: Bool
    /// Its net income rests on the tax withheld alone: a year's final tax could not be worked out.
    public let netFromWithholdingOnly: Bool
    /// Unsafe in a busy month outside the simulation, whose loss its figures (the simulated months') do not show.
    public var lossOutsideFigures = false

    /// Found unsafe in the simulated months' real calendar, so its figures are those months', not average months'.
    public var figuresInCalendarMonths: Bool { unsafeInBusyMonths && !lossOutsideFigures }

    public var grossWage: Money { withJob[.grossWage] ?? .zero }
    public var hourlyWage: Money? {
        if case let .hourly(wage) = pay { return wage }
        return nil
    }
    public var net: Money? { withJob[.netIncome] }
    /// No benefit stops, none has an unknown amount, and no earnings limit is crossed.
    public var keepsEveryBenefit: Bool {
        stoppedBenefits.isEmpty && unknownBenefits.isEmpty && !crossesEarningsLimit && !unsafeInBusyMonths
    }

    /// This point (in average months), unless counted in real calendar months a benefit stops or a limit is
    /// crossed: then the calendar months' figures, which show that loss, marked as found in busy months.
    func checked(againstCalendarMonths calendar: SweepPoint) -> SweepPoint {
        guard keepsEveryBenefit, !calendar.keepsEveryBenefit else { return self }
        return SweepPoint(weeklyHours: weeklyHours, pay: pay, withJob: calendar.withJob, baseline: calendar.baseline,
                          heldBenefits: calendar.heldBenefits, unknownBenefits: calendar.unknownBenefits,
                          stoppedBenefits: calendar.stoppedBenefits, crossesEarningsLimit: calendar.crossesEarningsLimit,
                          unsafeInBusyMonths: true, netFromWithholdingOnly: calendar.netFromWithholdingOnly)
    }

    /// This point, unsafe as the job's busiest month outside the simulation stops `lines` (none: crosses an
    /// earnings limit there). Its figures stay the simulated months'.
    func unsafeOutside(stopping lines: [AmountLine]) -> SweepPoint {
        SweepPoint(weeklyHours: weeklyHours, pay: pay, withJob: withJob, baseline: baseline, heldBenefits: heldBenefits,
                   unknownBenefits: unknownBenefits, stoppedBenefits: lines, crossesEarningsLimit: lines.isEmpty,
                   unsafeInBusyMonths: true, netFromWithholdingOnly: netFromWithholdingOnly, lossOutsideFigures: true)
    }

    /// Share of the wage lost to taxes and lower benefits: 1 − Δnet / Δgross against not working.
    public var participationTaxRate: Rate? {
        guard let net, let netBaseline = baseline[.netIncome] else { return nil }
        return Rate.lostShare(net: net - netBaseline, gross: grossWage - (baseline[.grossWage] ?? .zero))
    }
}

public struct SweepResult: Sendable {
    public let points: [SweepPoint]
    public let axis: Sweep.AxisKind
    /// Hourly pay counted in average months: each point was also run in real calendar months, and is safe
    /// only if it is safe in those too.
    public let checksBusyMonths: Bool
    /// A monthly salary swept over hours: the salary and weekly hours given, which each point scales.
    public struct ScaledSalary: Sendable, Hashable {
        public let salary: Money
        public let weeklyHours: Hours
    }
    public let scaledSalary: ScaledSalary?
    /// A monthly salary swept over hourly wages (each point pays the wage tried instead), or over hours when given for
    /// no hours (each point keeps it unscaled).
    public let replacedSalary: Money?
    /// A job in only some of the simulated months: how many it has, of how many.
    public struct ShortJob: Sendable, Hashable {
        public let jobMonths: Int
        public let months: Int
    }
    public let shortJob: ShortJob?
    /// Hourly pay: a month of the job's first year outside the simulation has more working days than any simulated
    /// month, and the rules lack its figures, so points safe in the simulated months could not be checked there.
    public let busierMonthUnknown: BusierMonth?

    public init(points: [SweepPoint], axis: Sweep.AxisKind, checksBusyMonths: Bool = false, scaledSalary: ScaledSalary? = nil,
                replacedSalary: Money? = nil, shortJob: ShortJob? = nil, busierMonthUnknown: BusierMonth? = nil) {
        self.points = points
        self.axis = axis
        self.checksBusyMonths = checksBusyMonths
        self.scaledSalary = scaledSalary
        self.replacedSalary = replacedSalary
        self.shortJob = shortJob
        self.busierMonthUnknown = busierMonthUnknown
    }

    /// Whether the person has any benefit without the job that working could stop.
    public var hasBenefitsToLose: Bool {
        points.contains { !$0.heldBenefits.isEmpty || !$0.unknownBenefits.isEmpty }
    }

    /// Benefits whose amount is unknown somewhere in the sweep: then no hours can be called safe.
    public var unknownBenefits: [AmountLine] {
        Sweep.benefits.filter { line in points.contains { $0.unknownBenefits.contains(line) } }
    }

    /// The most hours that keep every benefit the person has without the job; none while a benefit's
    /// amount is unknown.
    public var bestSafe: SweepPoint? {
        guard unknownBenefits.isEmpty else { return nil }
        return points.filter(\.keepsEveryBenefit).max { $0.grossWage < $1.grossWage }
    }

    /// Some point's net income rests on the tax withheld alone, so a residual tax or refund could change it.
    public var netFromWithholdingOnly: Bool { points.contains(where: \.netFromWithholdingOnly) }

    /// Every point's net income is known, so comparisons between points can be made.
    public var netIsKnownEverywhere: Bool { !points.isEmpty && points.allSatisfy { $0.net != nil } }

    /// The point with the highest net income; beyond it, working more does not pay. Only when every
    /// point's net income is known, and among points whose figures show what they lose.
    public var highestNet: SweepPoint? {
        guard netIsKnownEverywhere else { return nil }
        return points.filter { !$0.lossOutsideFigures }.max { $0.net! < $1.net! || ($0.net! == $1.net! && $0.grossWage > $1.grossWage) }
    }

    /// Beyond the best safe hours: the first point whose net income is at least the safe point's,
    /// i.e. how much more work it takes to be better off after losing a benefit.
    public var breakEvenBeyondSafe: SweepPoint? {
        guard netIsKnownEverywhere, let safe = bestSafe, let safeNet = safe.net else { return nil }
        return points.first { $0.grossWage > safe.grossWage && !$0.lossOutsideFigures && ($0.net.map { $0 >= safeNet } ?? false) }
    }

    /// Indices of points whose net income is lower than the previous point's although more is worked or paid.
    /// The axis, not the wage shown, says so: a point shown in the real calendar's months may show a lower
    /// average wage than its neighbour counted in average months.
    public var traps: [Int] {
        points.indices.dropFirst().filter { index in
            guard let net = points[index].net, let previous = points[index - 1].net else { return false }
            return net < previous
        }
    }

    /// The effective marginal tax rate from the previous point to this one; none when only one of the two is
    /// shown in the real calendar's months (found unsafe in busy months), as an average month's wage and net
    /// income are not comparable with those of calendar months (a few euros of wage apart, the rate would be
    /// in the thousands of percent).
    public func effectiveMarginalRate(at index: Int) -> Rate? {
        guard index > 0, points[index].figuresInCalendarMonths == points[index - 1].figuresInCalendarMonths,
              let net = points[index].net, let previous = points[index - 1].net else { return nil }
        return Rate.lostShare(net: net - previous, gross: points[index].grossWage - points[index - 1].grossWage)
    }
}
