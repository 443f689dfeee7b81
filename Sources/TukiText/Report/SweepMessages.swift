import TukiEngine

/// Headings and conclusions of a sweep.
public enum SweepMessages {
    public static let title = MessageKind("sweep.title", ["scenario"])
    public static let hoursColumn = MessageKind("sweep.column.hours")
    public static let wageColumn = MessageKind("sweep.column.wage")
    public static let netWithoutColumn = MessageKind("sweep.column.net_without")
    public static let netWithColumn = MessageKind("sweep.column.net_with")
    public static let gainColumn = MessageKind("sweep.column.gain")
    public static let marginalColumn = MessageKind("sweep.column.marginal")
    public static let notesColumn = MessageKind("sweep.column.notes")
    public static let bestSafe = MessageKind("sweep.best_safe", ["hours", "wage"])
    public static let noSafePoint = MessageKind("sweep.no_safe_point")
    public static let noBenefits = MessageKind("sweep.no_benefits")
    public static let benefitsUnknown = MessageKind("sweep.benefits_unknown", ["benefits"])
    public static let breakEven = MessageKind("sweep.break_even", ["hours", "wage"])
    public static let trap = MessageKind("sweep.trap", ["hours", "stopped", "count", "busyMonths"])
    public static let highestNet = MessageKind("sweep.highest_net", ["hours", "net"])
    public static let netUnknown = MessageKind("sweep.net_unknown")
    public static let stopsNote = MessageKind("sweep.note.stops", ["stopped"])
    public static let limitNote = MessageKind("sweep.note.limit")
    public static let busyMonthsNote = MessageKind("sweep.note.busy_months")
    public static let busyMonthsChecked = MessageKind("sweep.busy_months_checked")
    public static let busyMonthsPartlyChecked = MessageKind("sweep.busy_months_partly_checked", ["checkedDays", "month", "days"])
    /// A monthly salary swept over hours is scaled in proportion to them.
    public static let salaryScaled = MessageKind("sweep.salary_scaled", ["salary", "hours"])
    /// The job lasts only some of the simulated months; the averages spread it over all of them.
    public static let shortJob = MessageKind("sweep.short_job", ["jobMonths", "months"])
    /// A monthly salary swept over hourly wages gives way to them.
    public static let salaryReplaced = MessageKind("sweep.salary_replaced", ["salary"])
    /// A monthly salary given for no weekly hours cannot be scaled by them.
    public static let salaryNotScaled = MessageKind("sweep.salary_not_scaled", ["salary"])
    /// The next point tried lies more than an hour beyond the best safe one: the hours between were not computed.
    public static let stepBeyondSafe = MessageKind("sweep.step_beyond_safe", ["next"])
    public static let chartTitle = MessageKind("sweep.chart.title", ["scenario"])
    public static let chartXAxis = MessageKind("sweep.chart.x_axis")
    public static let chartYAxis = MessageKind("sweep.chart.y_axis")
    public static let chartNet = MessageKind("sweep.chart.net")
    public static let chartSafe = MessageKind("sweep.chart.safe")

    /// The hourly-wage twins of the messages above, for a sweep over wages.
    public static let titleWage = MessageKind("sweep.title_wage", ["scenario"])
    public static let hourlyWageColumn = MessageKind("sweep.column.hourly_wage")
    public static let bestSafeWage = MessageKind("sweep.best_safe_wage", ["hourlyWage", "wage"])
    public static let breakEvenWage = MessageKind("sweep.break_even_wage", ["hourlyWage", "wage"])
    public static let trapWage = MessageKind("sweep.trap_wage", ["hourlyWage", "stopped", "count", "busyMonths"])
    public static let highestNetWage = MessageKind("sweep.highest_net_wage", ["hourlyWage", "net"])
    public static let chartTitleWage = MessageKind("sweep.chart.title_wage", ["scenario"])
    public static let chartXAxisWage = MessageKind("sweep.chart.x_axis_wage")

    /// A benefit's name inside a sentence ("koska takuueläke loppuu"); tables use the capitalised `term.line.*`.
    static func benefitInSentence(_ line: AmountLine) -> String { "term.benefit_in_sentence.\(line.id)" }

    /// Terms the sweep's sentences use.
    public static let terms = ["term.and"] + Sweep.benefits.map(benefitInSentence)

    public static let all = [title, hoursColumn, wageColumn, netWithoutColumn, netWithColumn, gainColumn, marginalColumn,
                             notesColumn, bestSafe, noSafePoint, noBenefits, benefitsUnknown, breakEven, trap, highestNet, netUnknown, stopsNote, limitNote, busyMonthsNote, busyMonthsChecked, busyMonthsPartlyChecked, salaryScaled, shortJob, salaryReplaced, salaryNotScaled, stepBeyondSafe,
                             chartTitle, chartXAxis, chartYAxis, chartNet, chartSafe,
                             titleWage, hourlyWageColumn, bestSafeWage, breakEvenWage, trapWage, highestNetWage, chartTitleWage,
                             chartXAxisWage]
}
