/// Copies of a scenario with a different work pattern or pay, for sweeps over hours or wages.
extension Scenario {
    public func with(job: Job?) -> Scenario {
        Scenario(name: name, start: start, months: months, person: person, household: household, benefits: benefits,
                 housing: housing, job: job, tax: tax, expectations: expectations)
    }

    /// The same person and job over `months` months from `start`.
    func with(start: YearMonth, months: Int) -> Scenario {
        Scenario(name: name, start: start, months: months, person: person, household: household, benefits: benefits,
                 housing: housing, job: job, tax: tax, expectations: [])
    }
}

extension Job {
    /// The same job at `weeklyHours`, keeping the days worked when the pattern names them. A monthly salary is
    /// scaled in proportion to the hours, as a part-time salary is.
    public func with(weeklyHours: Hours) -> Job {
        let shape: WorkPattern.Shape
        switch pattern.shape {
        case let .daysAndHours(days, _) where weeklyHours.hundredths % Int64(days) == 0:
            shape = .daysAndHours(daysPerWeek: days, hoursPerDay: Hours(hundredths: weeklyHours.hundredths / Int64(days)))
        default:
            shape = .weekly(weeklyHours)
        }
        var scaledPay = pay
        if case let .monthly(salary) = pay, pattern.weeklyHours.hundredths > 0 {
            scaledPay = .monthly(salary.times(weeklyHours.hundredths, over: pattern.weeklyHours.hundredths))
        }
        return copy(pattern: WorkPattern(shape: shape, weekdays: pattern.weekdays), pay: scaledPay)
    }

    public func with(pay: Pay) -> Job { copy(pay: pay) }

    /// The same job with its months counted by `calendar`.
    public func with(calendar: CalendarMode) -> Job { copy(calendar: calendar) }

    private func copy(pattern: WorkPattern? = nil, pay: Pay? = nil, calendar: CalendarMode? = nil) -> Job {
        Job(start: start, end: end, pattern: pattern ?? self.pattern, pay: pay ?? self.pay, calendar: calendar ?? self.calendar,
            extraPay: extraPay, employer: employer)
    }

    /// Paid by the hour but counted in average months: a real month with more working days pays more than the
    /// average, so an earnings limit can be crossed in months the average hides.
    public var averagesHourlyPay: Bool {
        if case .hourly = pay, calendar == .average { return true }
        return false
    }
}
