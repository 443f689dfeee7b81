/// Trace steps of the wage calculator.
public enum WageMessages {
    /// Average month: weekly hours × 52 / 12.
    public static let averageMonth = MessageKind("wage.average_month",
                                                 ["weeklyHours", "monthlyHours", "hourlyWage", "monthlyWage"])
    /// A holiday on a weekday that shortens the month's working days.
    public static let publicHoliday = MessageKind("wage.public_holiday", ["holiday", "date"])
    /// The month has no job: before it starts, after it ends, or the baseline.
    public static let noJob = forWorker.noJob

    /// The steps that address the reader: "your wage" for the worker, "the wage" for the employer.
    public struct Wording: Sendable, Hashable {
        /// Real calendar, the job's own weekdays: days worked in the month × hours a day.
        public let calendarWeekdays: MessageKind
        /// Real calendar, no weekdays given: weekly hours spread over the month's working days.
        public let calendarProrated: MessageKind
        public let monthlySalary: MessageKind
        /// Holiday bonus, holiday pay or other pay stated for a month.
        public let extraPay: MessageKind
        public let grossTotal: MessageKind
        /// No job this month (a month with only extra pay, or the baseline).
        public let noJob: MessageKind

        init(prefix: String) {
            calendarWeekdays = MessageKind("\(prefix).calendar_weekdays", ["days", "hoursPerDay", "hours", "hourlyWage", "monthlyWage"])
            calendarProrated = MessageKind("\(prefix).calendar_prorated",
                                           ["weeklyHours", "workingDays", "hours", "hourlyWage", "monthlyWage"])
            monthlySalary = MessageKind("\(prefix).monthly_salary", ["monthlyWage"])
            extraPay = MessageKind("\(prefix).extra_pay", ["kind", "amount"])
            grossTotal = MessageKind("\(prefix).gross_total", ["grossWage"])
            noJob = MessageKind("\(prefix).no_job")
        }

        var all: [MessageKind] { [calendarWeekdays, calendarProrated, monthlySalary, extraPay, grossTotal, noJob] }
    }

    public static let forWorker = Wording(prefix: "wage")
    public static let forEmployer = Wording(prefix: "employer.wage")

    public static let all = [averageMonth, publicHoliday] + forWorker.all + forEmployer.all
}
