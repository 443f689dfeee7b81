/// The job offer: when, how many hours, and what it pays.
public struct Job: Sendable, Hashable {
    public let start: YearMonth
    /// The last month with the job, if it ends.
    public let end: YearMonth?
    public let pattern: WorkPattern
    public let pay: Pay
    public let calendar: CalendarMode
    public let extraPay: [ExtraPay]
    public let employer: Employer?

    /// The job's usual month's wage: the monthly salary, or hourly pay for the weekly hours in an average month
    /// (52 weeks over 12 months), whatever the calendar.
    public var averageMonthWage: Money {
        switch pay {
        case let .monthly(salary): salary
        case let .hourly(wage): wage.times(pattern.weeklyHours.hundredths * 52, over: 12 * 100)
        }
    }

    /// How many months a job with an end lasts, its first and last included; nil when it has no end.
    public var monthCount: Int? { end.map { start.months(until: $0) + 1 } }

    /// How many months the job lasts from `month` on, at most `limit` (the whole limit when it has no end).
    public func months(from month: YearMonth, atMost limit: Int) -> Int {
        guard let end else { return limit }
        return Swift.max(0, min(limit, month.months(until: end) + 1))
    }

    public func isActive(in month: YearMonth) -> Bool {
        month >= start && (end.map { month <= $0 } ?? true)
    }
}

public struct WorkPattern: Sendable, Hashable {
    public enum Shape: Sendable, Hashable {
        case daysAndHours(daysPerWeek: Int, hoursPerDay: Hours)
        case weekly(Hours)
    }

    public let shape: Shape
    /// The days of the week worked, when the scenario names them.
    public let weekdays: [Weekday]?

    public var weeklyHours: Hours {
        switch shape {
        case let .daysAndHours(days, hoursPerDay): hoursPerDay * Int64(days)
        case let .weekly(hours): hours
        }
    }
}

public enum Pay: Sendable, Hashable {
    case hourly(Money)
    case monthly(Money)
}

/// How a month's hours are counted.
public enum CalendarMode: String, Sendable, Hashable, CaseIterable {
    /// Every month is the average month: weekly hours × 52 / 12.
    case average
    /// The month's own working days, weekday holidays excluded.
    case actual
}

/// An expected figure for a month, checked to the cent.
public struct Expectation: Sendable, Hashable {
    public let month: YearMonth
    public let variant: Variant
    public let line: AmountLine
    public let amount: Money
    /// Where in the scenario file it was written, for mismatch reports.
    public let fileLine: Int?
}
