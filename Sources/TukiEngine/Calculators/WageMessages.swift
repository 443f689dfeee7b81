/// Trace steps of the wage calculator.
public enum WageMessages {
    /// Average month: weekly hours × 52 / 12.
    public static let averageMonth = MessageKind("wage.average_month",
                                                 ["weeklyHours", "monthlyHours", "hourlyWage", "monthlyWage"])
    /// Real calendar, the job's own weekdays: days worked in the month × hours a day.
    public static let calendarWeekdays = MessageKind("wage.calendar_weekdays",
                                                     ["days", "hoursPerDay", "hours", "hourlyWage", "monthlyWage"])
    /// Real calendar, no weekdays given: weekly hours spread over the month's working days.
    public static let calendarProrated = MessageKind("wage.calendar_prorated",
                                                     ["weeklyHours", "workingDays", "hours", "hourlyWage", "monthlyWage"])
    /// A holiday on a weekday that shortens the month's working days.
    public static let publicHoliday = MessageKind("wage.public_holiday", ["holiday", "date"])
    public static let monthlySalary = MessageKind("wage.monthly_salary", ["monthlyWage"])
    /// Holiday bonus, holiday pay or other pay stated for a month.
    public static let extraPay = MessageKind("wage.extra_pay", ["kind", "amount"])
    public static let grossTotal = MessageKind("wage.gross_total", ["grossWage"])
    /// The month has no job: before it starts, after it ends, or the baseline.
    public static let noJob = MessageKind("wage.no_job")

    public static let all = [averageMonth, calendarWeekdays, calendarProrated, publicHoliday, monthlySalary,
                             extraPay, grossTotal, noJob]
}
