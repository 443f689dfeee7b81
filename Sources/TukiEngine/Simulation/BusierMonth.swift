/// Hourly pay counted in average months is checked in the real calendar's months, but only those simulated. A month
/// of the job's first year outside them can have more working days, so a higher wage than any month checked: three
/// months from March 2024 (at most 21 working days) called 15 hours a week safe, though July's 23 put the wage over
/// Kela's earnings limit.
public struct BusierMonth: Sendable, Hashable {
    /// The first month outside the simulation with the most working days, in the twelve from the job's first
    /// simulated month (to the job's end).
    public let month: YearMonth
    public let workingDays: Int
    /// The most working days of a simulated month with the job.
    public let mostChecked: Int

    /// That month run on its own in the real calendar: a pension stops, an earnings limit is crossed, neither, or
    /// the rules cannot tell (its figures are unknown).
    public enum Outcome: Sendable, Hashable {
        case stops([AmountLine]), crossesLimit, safe, unknown
    }

    /// Nil when the pay is not hourly pay in average months, or no month outside has more working days.
    public init?(_ scenario: Scenario, job: Job) {
        guard job.averagesHourlyPay else { return nil }
        let checked = scenario.simulatedMonths.filter(job.isActive)
        guard let first = checked.first else { return nil }
        let mostChecked = checked.map { job.pattern.workingDays(in: $0).count }.max() ?? 0
        let outside = (0..<12).map { first.adding(months: $0) }.filter { job.isActive(in: $0) && !checked.contains($0) }
        var busiest: (month: YearMonth, days: Int)?
        for month in outside {
            let days = job.pattern.workingDays(in: month).count
            if days > busiest?.days ?? mostChecked { busiest = (month, days) }
        }
        guard let busiest else { return nil }
        self.month = busiest.month
        workingDays = busiest.days
        self.mostChecked = mostChecked
    }
}

extension WorkPattern {
    /// The days of `month` this pattern works in the real calendar: its weekdays when named (a weekend worker works
    /// Saturdays), else Monday to Friday, less the weekday holidays that fall on them.
    public func workingDays(in month: YearMonth) -> [Day] {
        let workdays = weekdays.flatMap { $0.isEmpty ? nil : $0 } ?? WageCalculator.mondayToFriday
        let holidays = Set(FinnishHoliday.allCases.map { $0.date(in: month.year) })
        return month.days.filter { workdays.contains($0.weekday) && !holidays.contains($0) }
    }
}

extension BusierMonth.Outcome {
    /// Said in the job's first simulated month, as the month itself is not shown; nothing when it is safe.
    func warning(_ busier: BusierMonth, shownIn month: YearMonth) -> Warning? {
        let values: StatementValues = ["month": .month(busier.month), "days": .count(busier.workingDays),
                                       "checkedDays": .count(busier.mostChecked)]
        switch self {
        case let .stops(lines):
            return Warning(SimulationMessages.busierMonthStops,
                           values.merging(["lines": .terms(lines.map(\.termKey)), "count": .count(lines.count)]) { $1 },
                           severity: .problem, month: month)
        case .crossesLimit: return Warning(SimulationMessages.busierMonthLimit, values, severity: .caution, month: month)
        case .unknown: return Warning(SimulationMessages.busierMonthUnknown, values, severity: .caution, month: month)
        case .safe: return nil
        }
    }
}
