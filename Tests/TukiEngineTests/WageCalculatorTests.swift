import Testing
@testable import TukiEngine

@Suite struct WageCalculatorTests {
    let rules: RuleSet

    init() throws { rules = try RuleLoader.load(directory: TestPaths.rules) }

    func wages(_ jobYAML: String, start: String = "2026-01", months: Int = 12) throws -> [String: Money] {
        let decoded = try scenario("name: w\nstart: \(start)\nmonths: \(months)\nperson: {birthYear: 1990}\njob:\n\(jobYAML)")
        let result = Simulation(rules: rules).run(decoded)
        return Dictionary(uniqueKeysWithValues: result.months.map { ($0.month.description, $0.withJob.amount(.grossWage)!) })
    }

    @Test func theAverageMonthIsWeeklyHoursTimes52Over12() throws {
        let gross = try wages("  pattern: {daysPerWeek: 3, hoursPerDay: 5}\n  hourlyWage: 12.40\n")
        #expect(Set(gross.values) == [money("806.00")])
    }

    @Test func theAverageMonthRoundsOnceToTheCent() throws {
        // 7.5 h a week × 52 / 12 = 32.5 h; × 11.11 € = 361.075 → 361.08 (half up).
        let gross = try wages("  pattern: {hoursPerWeek: 7.5}\n  hourlyWage: 11.11\n", months: 1)
        #expect(gross["2026-01"] == money("361.08"))
    }

    @Test func theRealCalendarSpreadsWeeklyHoursOverWorkingDays() throws {
        // 15 h a week = 3 h per working day. March 2026: 22 days → 66 h; April: 20 days → 60 h.
        let gross = try wages("  pattern: {hoursPerWeek: 15}\n  hourlyWage: 12.40\n  calendar: actual\n", start: "2026-03", months: 2)
        #expect(gross["2026-03"] == money("818.40"))
        #expect(gross["2026-04"] == money("744.00"))
    }

    @Test func theRealCalendarCountsTheJobsOwnWeekdaysAndSkipsHolidays() throws {
        // Mon–Wed in December 2026 (the 1st is a Tuesday): 4 Mon, 5 Tue, 5 Wed; the 24th–26th are Thu–Sat.
        // In January 2027 New Year's Day is a Friday and Epiphany a Wednesday: 4 Mon, 4 Tue, 3 Wed.
        let gross = try wages("  pattern: {daysPerWeek: 3, hoursPerDay: 5, weekdays: [mon, tue, wed]}\n  hourlyWage: 10.00\n  calendar: actual\n",
                              start: "2026-12", months: 2)
        #expect(gross["2026-12"] == money("700.00"))
        #expect(gross["2027-01"] == money("550.00"))
    }

    /// A Mon–Wed worker's January 2027: Epiphany (a Wednesday) costs her a day and is explained; New Year's Day (a
    /// Friday) is not one of her days and is not mentioned.
    @Test func onlyHolidaysOnTheJobsOwnWeekdaysAreExplained() throws {
        let decoded = try scenario("name: w\nstart: 2027-01\nmonths: 1\nperson: {birthYear: 1990}\n"
            + "job: {pattern: {daysPerWeek: 3, hoursPerDay: 5, weekdays: [mon, tue, wed]}, hourlyWage: 10.00, calendar: actual}\n")
        let trace = Simulation(rules: rules).run(decoded).months[0].withJob.trace
        let holidays = trace.filter { $0.statement.kind == WageMessages.publicHoliday }.compactMap { $0.statement.values["holiday"] }
        #expect(holidays == [.term(FinnishHoliday.epiphany.termKey)])
    }

    /// A weekend worker in June 2026 (Saturdays and Sundays, 5 h a day, 12 €/h): 4 Saturdays and 4 Sundays, less
    /// Midsummer Day on Saturday the 20th, is 7 days × 5 h × 12 € = 420 €.
    @Test func weekendWorkIsPaidInTheRealCalendar() throws {
        let gross = try wages("  pattern: {daysPerWeek: 2, hoursPerDay: 5, weekdays: [sat, sun]}\n  hourlyWage: 12.00\n  calendar: actual\n",
                              start: "2026-06", months: 1)
        #expect(gross["2026-06"] == money("420.00"))
    }

    @Test func aHolidayOnAWorkdayIsExplained() throws {
        let decoded = try scenario("""
        name: w
        start: 2026-04
        months: 1
        person: {birthYear: 1990}
        job: {pattern: {hoursPerWeek: 15}, hourlyWage: 12.40, calendar: actual}
        """)
        let steps = Simulation(rules: rules).run(decoded).months[0].withJob.trace.map(\.statement)
        #expect(steps.contains(Statement(WageMessages.publicHoliday,
                                         ["holiday": .term(FinnishHoliday.goodFriday.termKey), "date": .day(Day(iso: "2026-04-03")!)])))
        #expect(steps.contains(Statement(WageMessages.publicHoliday,
                                         ["holiday": .term(FinnishHoliday.easterMonday.termKey), "date": .day(Day(iso: "2026-04-06")!)])))
    }

    @Test func aMonthlySalaryIsTheSameEveryMonthWhateverTheCalendar() throws {
        let gross = try wages("  pattern: {hoursPerWeek: 20}\n  monthlySalary: 1500.00\n  calendar: actual\n")
        #expect(Set(gross.values) == [money("1500.00")])
    }

    @Test func holidayBonusIsAddedInItsMonthOnly() throws {
        let gross = try wages("""
          pattern: {daysPerWeek: 3, hoursPerDay: 5}
          hourlyWage: 12.40
          extraPay:
            - {month: 2026-06, kind: holidayBonus, amount: 201.50}
        """ + "\n")
        #expect(gross["2026-05"] == money("806.00"))
        #expect(gross["2026-06"] == money("1007.50"))
        #expect(gross["2026-07"] == money("806.00"))
    }

    /// Holiday compensation is often paid after the job's last month: it is paid in its month, not dropped.
    @Test func extraPayAfterTheJobEndsIsPaidInItsMonth() throws {
        let gross = try wages("""
          start: 2024-03
          end: 2024-04
          pattern: {hoursPerWeek: 20}
          monthlySalary: 1100.00
          extraPay:
            - {month: 2024-05, kind: holidayCompensation, amount: 120.00}
        """ + "\n", start: "2024-03", months: 4)
        #expect(gross["2024-04"] == money("1100.00"))
        #expect(gross["2024-05"] == money("120.00"))
        #expect(gross["2024-06"] == .zero)
    }

    @Test func theBaselineHasNoWage() throws {
        let decoded = try scenario("name: w\nstart: 2026-01\nmonths: 1\nperson: {birthYear: 1990}\njob: {pattern: {hoursPerWeek: 10}, hourlyWage: 12}\n")
        let month = Simulation(rules: rules).run(decoded).months[0]
        #expect(month.baseline.amount(.grossWage) == .zero)
        #expect(month.baseline.trace.first?.statement.kind == WageMessages.noJob)
    }
}
