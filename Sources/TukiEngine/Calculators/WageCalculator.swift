/// Gross wage for the month from the work pattern, plus any extra pay stated for the month.
public struct WageCalculator: Calculator {
    let wording: WageMessages.Wording

    public init(wording: WageMessages.Wording = WageMessages.forWorker) { self.wording = wording }
    public var name: CalculatorName { .wage }
    public var reads: [CalculatorRequirement.Read] { [] }

    static let mondayToFriday = Weekday.allCases.filter { !$0.isWeekend }
    static let weeksPerYear: Int64 = 52
    static let monthsPerYear: Int64 = 12
    static let calendarSource = Source(law: "Kirkkolaki (kirkolliset juhlapäivät); laki itsenäisyyspäivästä; laki vapunpäivästä",
                                       note: "Juhannusaatto ja jouluaatto vapaapäiviä useimpien työehtosopimusten mukaan")

    /// Extra pay is paid in its month even outside the job's months: holiday compensation often comes after the end.
    public func compute(_ context: inout MonthContext) {
        var regular = Money.zero
        if let job = context.activeJob {
            regular = regularWage(job, in: context.month, recording: &context)
            context.set(.regularWage, regular)
        } else {
            context.record(wording.noJob)
        }
        var extra = Money.zero
        if context.variant == .withJob, let job = context.scenario.job {
            for payment in job.extraPay where payment.month == context.month {
                extra += payment.amount
                context.record(wording.extraPay, ["kind": .term(payment.kind.termKey), "amount": .money(payment.amount)])
            }
        }
        if extra != .zero { context.set(.extraPay, extra) }
        context.set(.grossWage, regular + extra)
        if context.activeJob != nil || extra != .zero {
            context.record(wording.grossTotal, ["grossWage": .money(regular + extra)])
        }
    }

    private func regularWage(_ job: Job, in month: YearMonth, recording context: inout MonthContext) -> Money {
        let hourlyWage: Money
        switch job.pay {
        case let .monthly(salary):
            context.record(wording.monthlySalary, ["monthlyWage": .money(salary)])
            return salary
        case let .hourly(wage):
            hourlyWage = wage
        }
        let weeklyHours = job.pattern.weeklyHours
        switch job.calendar {
        case .average:
            let monthlyHundredths = weeklyHours.hundredths * Self.weeksPerYear
            let wage = job.averageMonthWage
            context.record(WageMessages.averageMonth, [
                "weeklyHours": .hours(weeklyHours),
                "monthlyHours": .hours(Hours(hundredths: Rounding.halfUp.divideInt64(monthlyHundredths, by: Self.monthsPerYear))),
                "hourlyWage": .money(hourlyWage), "monthlyWage": .money(wage),
            ])
            return wage
        case .actual:
            return actualMonthWage(job.pattern, hourlyWage: hourlyWage, month: month, recording: &context)
        }
    }

    private func actualMonthWage(_ pattern: WorkPattern, hourlyWage: Money, month: YearMonth,
                                 recording context: inout MonthContext) -> Money {
        // The job's own weekdays when named (a weekend worker works Saturdays), else Monday to Friday.
        let workdays = pattern.weekdays.flatMap { $0.isEmpty ? nil : $0 } ?? Self.mondayToFriday
        let holidays = FinnishHoliday.allCases
            .map { ($0, $0.date(in: month.year)) }
            .filter { $0.1.yearMonth == month && workdays.contains($0.1.weekday) }
        let workingDays = pattern.workingDays(in: month)

        let wage: Money
        if let weekdays = pattern.weekdays, !weekdays.isEmpty {
            let days = workingDays.count
            let weeklyHundredths = pattern.weeklyHours.hundredths
            // Hours a day = weekly hours / days a week; keep it exact until the money is rounded.
            wage = hourlyWage.times(weeklyHundredths * Int64(days), over: Int64(weekdays.count) * 100)
            let hours = Rounding.halfUp.divideInt64(weeklyHundredths * Int64(days), by: Int64(weekdays.count))
            context.record(wording.calendarWeekdays, [
                "days": .count(days),
                "hoursPerDay": .hours(Hours(hundredths: Rounding.halfUp.divideInt64(weeklyHundredths, by: Int64(weekdays.count)))),
                "hours": .hours(Hours(hundredths: hours)), "hourlyWage": .money(hourlyWage), "monthlyWage": .money(wage),
            ], source: Self.calendarSource)
        } else {
            let weeklyHundredths = pattern.weeklyHours.hundredths
            wage = hourlyWage.times(weeklyHundredths * Int64(workingDays.count), over: 5 * 100)
            let hours = Rounding.halfUp.divideInt64(weeklyHundredths * Int64(workingDays.count), by: 5)
            context.record(wording.calendarProrated, [
                "weeklyHours": .hours(pattern.weeklyHours), "workingDays": .count(workingDays.count),
                "hours": .hours(Hours(hundredths: hours)), "hourlyWage": .money(hourlyWage), "monthlyWage": .money(wage),
            ], source: Self.calendarSource)
        }
        for (holiday, date) in holidays {
            context.record(WageMessages.publicHoliday, ["holiday": .term(holiday.termKey), "date": .day(date)],
                           source: Self.calendarSource)
        }
        return wage
    }
}

extension Rounding {
    func divideInt64(_ numerator: Int64, by denominator: Int64) -> Int64 {
        Int64(divide(Int128(numerator), by: Int128(denominator)))
    }
}
