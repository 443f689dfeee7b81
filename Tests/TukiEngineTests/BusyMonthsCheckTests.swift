import Testing
@testable import TukiEngine

/// Hourly pay counted in average months: `simulate` also runs the real calendar's months and warns where a month
/// with more working days stops a benefit that the average month keeps.
@Suite struct BusyMonthsCheckTests {
    let rules: RuleSet

    init() throws { rules = try RuleLoader.load(directory: TestPaths.rules) }

    func run(hoursPerWeek: Int, calendar: String = "average", checks: Bool = true) throws -> SimulationResult {
        Simulation(rules: rules, checksBusyMonths: checks).run(try scenario("""
        name: b
        start: 2024-02
        months: 11
        person: {birthYear: 2002}
        benefits: {kelaDisabilityPension: true}
        job: {pattern: {hoursPerWeek: \(hoursPerWeek)}, hourlyWage: 12.40, calendar: \(calendar)}
        """))
    }

    func busyMonths(_ result: SimulationResult, _ kind: MessageKind) -> [String] {
        result.months.filter { $0.withJob.warnings.contains { $0.statement.kind == kind } }.map(\.month.description)
    }

    /// 18 h a week at 12.40 € is 967.20 € in the average month, under Kela's 2024 limit of 976.59 €, so the average
    /// months keep the pensions; July 2024 has 23 working days (1 026.72 €), over it, and the rest lasts at least
    /// three months more than July, so the real calendar stops them July to October.
    @Test func aBusyMonthThatStopsThePensionsIsWarnedAbout() throws {
        let result = try run(hoursPerWeek: 18)
        #expect(result.months.allSatisfy { $0.withJob.amount(.kelaDisabilityPension) == money("775.70") })
        #expect(busyMonths(result, SimulationMessages.busyMonthStops) == ["2024-07", "2024-08", "2024-09", "2024-10"])
        #expect(result.summary.monthsStoppedInBusyMonths.map(\.description) == ["2024-07", "2024-08", "2024-09", "2024-10"],
                "the summary's averages are for average months, so it names them too")
        let july = try #require(result.months.first { $0.month.description == "2024-07" })
        let stops = july.withJob.warnings.filter { $0.statement.kind == SimulationMessages.busyMonthStops }
        #expect(stops.map { $0.statement.values["lines"] }
                == [.terms([AmountLine.kelaDisabilityPension.termKey, AmountLine.guaranteePension.termKey])])
        #expect(july.baseline.warnings.allSatisfy { $0.statement.kind != SimulationMessages.busyMonthStops })
    }

    /// An earnings-related pension whose limit is 40 % of 2 500.00 € = 1 000.00 €: 18 h a week stays under it on
    /// average (967.20 €) but not in a 23-working-day month (1 026.72 €), where the pension is still paid (it rests
    /// only over 60 %), so the warning is about the limit, not a stop.
    @Test func aLimitCrossedOnlyInBusyMonthsIsWarnedAbout() throws {
        let result = Simulation(rules: rules).run(try scenario("""
        name: b
        start: 2024-02
        months: 11
        person: {birthYear: 1980}
        benefits: {earningsRelatedPension: {monthly: 1200.00, kind: full, establishedEarnings: 2500.00}}
        job: {pattern: {hoursPerWeek: 18}, hourlyWage: 12.40}
        """))
        #expect(busyMonths(result, SimulationMessages.busyMonthLimit) == ["2024-07", "2024-10"])
        #expect(busyMonths(result, SimulationMessages.busyMonthStops).isEmpty)
        #expect(result.months.allSatisfy { $0.withJob.amount(.earningsRelatedPension) == money("1200.00") })
    }

    /// 17 h a week is 969.68 € even in a 23-day month: no warning.
    @Test func hoursSafeInEveryRealMonthGiveNoWarning() throws {
        let result = try run(hoursPerWeek: 17)
        #expect(busyMonths(result, SimulationMessages.busyMonthStops).isEmpty)
        #expect(busyMonths(result, SimulationMessages.busyMonthLimit).isEmpty)
        #expect(result.summary.monthsStoppedInBusyMonths.isEmpty)
    }

    /// Counted in the real calendar the months already show the rest; and the check can be turned off (the sweep
    /// runs its own).
    @Test func onlyAverageMonthsOfHourlyPayAreChecked() throws {
        let calendar = try run(hoursPerWeek: 18, calendar: "actual")
        #expect(busyMonths(calendar, SimulationMessages.busyMonthStops).isEmpty)
        #expect(calendar.months.first { $0.month.description == "2024-07" }?.withJob.amount(.kelaDisabilityPension) == .zero)
        #expect(busyMonths(try run(hoursPerWeek: 18, checks: false), SimulationMessages.busyMonthStops).isEmpty)
    }

    /// A monthly salary is the same every month, and without a pension there is no earnings limit: no second run.
    @Test func aSalaryOrNoPensionNeedsNoCheck() throws {
        let salary = try scenario("""
        name: b
        start: 2024-02
        months: 11
        person: {birthYear: 2002}
        benefits: {kelaDisabilityPension: true}
        job: {pattern: {hoursPerWeek: 18}, monthlySalary: 970.00}
        """)
        #expect(salary.job?.averagesHourlyPay == false)
        let result = Simulation(rules: rules).run(salary)
        #expect(busyMonths(result, SimulationMessages.busyMonthStops).isEmpty && busyMonths(result, SimulationMessages.busyMonthLimit).isEmpty)
        let withoutPension = try scenario("name: b\nstart: 2024-02\nperson: {birthYear: 2002}\njob: {pattern: {hoursPerWeek: 18}, hourlyWage: 12.40}\n")
        #expect(!BusyMonthsCheck.applies(to: withoutPension))
        #expect(BusyMonthsCheck.applies(to: salary))
    }

    func shortRun(hoursPerWeek: String, start: String = "2024-03", months: Int = 3) throws -> SimulationResult {
        Simulation(rules: rules).run(try scenario("""
        name: b
        start: \(start)
        months: \(months)
        person: {birthYear: 1990, municipality: Helsinki}
        benefits: {kelaDisabilityPension: true}
        job: {pattern: {hoursPerWeek: \(hoursPerWeek)}, hourlyWage: 15.00}
        """))
    }

    /// Three months from March 2024 have at most 21 working days; July 2024, outside them, has 23: at 15 h a week
    /// and 15 € an hour that is 1 035.00 €, over Kela's limit of 976.59 €, though no month shown goes over it.
    @Test func aBusierMonthOutsideTheCalculationThatStopsThePensionsIsWarnedAbout() throws {
        let result = try shortRun(hoursPerWeek: "15")
        let warning = try #require(result.months[0].withJob.warnings.first { $0.statement.kind == SimulationMessages.busierMonthStops })
        #expect(warning.statement.values["month"] == .month(YearMonth(year: 2024, month: 7)!))
        #expect(warning.statement.values["days"] == .count(23))
        #expect(warning.statement.values["checkedDays"] == .count(21))
        #expect(warning.severity == .problem)
        #expect(busyMonths(result, SimulationMessages.busyMonthStops).isEmpty, "no month shown stops them")
    }

    /// 14 h a week is 966.00 € in a month of 23 working days, under the limit; twelve months show July themselves.
    @Test(arguments: [("14", 3), ("15", 12)])
    func noWarningWhenTheBusiestMonthIsSafeOrShown(hours: String, months: Int) throws {
        let kinds = [SimulationMessages.busierMonthStops, SimulationMessages.busierMonthLimit, SimulationMessages.busierMonthUnknown]
        let result = try shortRun(hoursPerWeek: hours, months: months)
        #expect(result.warnings.allSatisfy { !kinds.contains($0.statement.kind) })
    }

    /// November and December 2024 have at most 21 working days; the busiest month of the next twelve is in 2025, whose Kela earnings limit is unknown.
    @Test func aBusierMonthWhoseFiguresAreUnknownIsSaidSo() throws {
        let result = try shortRun(hoursPerWeek: "10", start: "2024-11", months: 2)
        let warning = result.months[0].withJob.warnings.first { $0.statement.kind == SimulationMessages.busierMonthUnknown }
        #expect(warning?.statement.values["month"].map { if case let .month(month) = $0 { month.year == 2025 } else { false } } == true)
    }
}
