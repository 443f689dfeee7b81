import Testing
@testable import TukiEngine

/// The income change a housing allowance is told about when the job starts: the whole income's, pensions included.
struct HousingReviewTests {
    let rules: RuleSet
    init() throws { rules = try RuleLoader.load(directory: TestPaths.rules) }

    func firstJobMonth(kela: String, salary: String) throws -> MonthFigures {
        try Simulation(rules: rules).run(scenario("""
            name: review
            start: 2026-02
            months: 2
            person: {birthYear: 1980, municipality: Kajaani}
            household: {adults: 1, children: 1}
            benefits: {kelaDisabilityPension: \(kela), earningsRelatedPension: {monthly: 290.90, earningsLimit: 2000.00}}
            housing: {rent: 700.00}
            job: {start: 2026-03, pattern: {hoursPerWeek: 30}, monthlySalary: \(salary)}

            """)).months[1].withJob
    }

    /// The wage of 1 100 € stops the Kela pension of 700 €: the income rises from 700 + 290.90 = 990.90 to
    /// 1 100 + 290.90 = 1 390.90, by 400 €, not from the earnings-related pension alone (290.90) by the whole wage.
    @Test func theRiseCountsThePensionTheWageStops() throws {
        let month = try firstJobMonth(kela: "{monthly: 700.00, earningsLimit: 1000.00}", salary: "1100.00")
        #expect(month.amount(.kelaDisabilityPension) == .zero)
        let warning = try #require(month.warnings.first { $0.statement.kind == HousingMessages.warnReportIncome })
        #expect(warning.statement.values["before"] == .money(money("990.90")))
        #expect(warning.statement.values["after"] == .money(money("1390.90")))
    }

    /// A wage of 600 € stopping a Kela pension of 900 € (a decision's limit of 500 €) lowers the income by 300 €.
    @Test func aPensionLargerThanTheWageLowersTheIncome() throws {
        let month = try firstJobMonth(kela: "{monthly: 900.00, earningsLimit: 500.00}", salary: "600.00")
        let warning = try #require(month.warnings.first { $0.statement.kind == HousingMessages.warnIncomeFallsWithJob })
        #expect(warning.statement.values["before"] == .money(money("1190.90")))
        #expect(warning.statement.values["after"] == .money(money("890.90")))
        #expect(!month.warnings.contains { $0.statement.kind == HousingMessages.warnReportIncome })
    }

    /// The pensioners' allowance is reviewed when yearly income rises by at least 1 018 € (Kela, 2025; carried to 2026,
    /// unverified): a 1-hour week at 12 € (52.00 € a month, 624 € a year) need not be reviewed; 3 hours (1 872 €) must.
    @Test(arguments: [("1", false), ("3", true)])
    func thePensionersAllowanceHasAYearlyReviewThreshold(hours: String, reviewed: Bool) throws {
        let month = try Simulation(rules: rules).run(scenario("""
            name: pensioner
            start: 2026-03
            months: 2
            person: {birthYear: 1980, municipality: Tampere}
            benefits: {kelaDisabilityPension: {earningsLimit: 1000.00}}
            housing: {rent: 500.00, pensionersMunicipalityGroup: III, netAssets: 0}
            job: {start: 2026-04, pattern: {hoursPerWeek: \(hours)}, hourlyWage: 12.00}

            """)).months[1].withJob
        #expect(month.warnings.contains { $0.statement.kind == HousingMessages.warnReportIncome } == reviewed)
        #expect(month.warnings.contains { $0.statement.kind == HousingMessages.warnRiseUnderReviewThreshold } == !reviewed)
    }

    /// A two-month job (June–July 2026, 1 200 € a month) is shorter than the three months Kela counts as continuing
    /// income: the first month warns that it is averaged over 12 months, 2 400 / 12 = 200 € a month. A job with no end
    /// or of three months does not.
    @Test(arguments: [("end: 2026-07", true), ("end: 2026-08", false), ("", false)])
    func aShortJobWarnsThatKelaAveragesItsIncome(end: String, warned: Bool) throws {
        let months = try Simulation(rules: rules).run(scenario("""
            name: short
            start: 2026-05
            months: 3
            person: {birthYear: 1985, municipality: Lahti}
            housing: {rent: 600.00, netAssets: 0}
            job: {start: 2026-06, \(end.isEmpty ? "" : end + ", ")pattern: {hoursPerWeek: 30}, monthlySalary: 1200.00}

            """)).months
        let warning = months[1].withJob.warnings.first { $0.statement.kind == HousingMessages.warnShortJob }
        #expect((warning != nil) == warned)
        // A short job gets no review warning beside it, as none may be due.
        let review = months.flatMap(\.withJob.warnings).contains {
            [HousingMessages.warnReportIncome, HousingMessages.warnRiseUnderReviewThreshold, HousingMessages.warnReportIncomeFall,
             HousingMessages.warnFallUnderReviewThreshold].contains($0.statement.kind)
        }
        #expect(review == !warned)
        if warned { #expect(warning?.statement.values["average"] == .money(money("200.00"))) }
    }

    /// A household getting no allowance without the job (the partner earns 3 000 €) has no income rise to report.
    @Test func noAllowanceNoReport() throws {
        let month = try Simulation(rules: rules).run(scenario("""
            name: none
            start: 2026-02
            months: 2
            person: {birthYear: 1985, municipality: Lahti}
            household: {adults: 2, partnerMonthlyIncome: 3000.00}
            housing: {rent: 500.00, netAssets: 0}
            job: {start: 2026-03, pattern: {hoursPerWeek: 30}, monthlySalary: 1100.00}

            """)).months[1]
        #expect(month.baseline.amount(.housingAllowance) == .zero)
        #expect(!month.withJob.warnings.contains {
            [HousingMessages.warnReportIncome, HousingMessages.warnRiseUnderReviewThreshold].contains($0.statement.kind)
        })
    }

    /// A job that stops a pension larger than its wage can bring an allowance the household does not get now: it must
    /// be applied for, which the first month says.
    @Test func aNewAllowanceIsToBeAppliedFor() throws {
        let month = try Simulation(rules: rules).run(scenario("""
            name: apply
            start: 2026-04
            months: 1
            person: {birthYear: 1985, municipality: Lahti}
            household: {adults: 2, children: 1, partnerMonthlyIncome: 2000.00}
            benefits: {kelaDisabilityPension: {monthly: 775.70, earningsLimit: 500.00}}
            housing: {rent: 900.00, netAssets: 0}
            job: {pattern: {hoursPerWeek: 10}, monthlySalary: 520.00}

            """)).months[0]
        #expect(month.baseline.amount(.housingAllowance) == .zero)
        #expect((month.withJob.amount(.housingAllowance) ?? .zero) > .zero)
        #expect(month.withJob.warnings.contains { $0.statement.kind == HousingMessages.warnApply })
    }

    /// A one-month job of 900 € adds 900 € to the pensioners' year ahead, under Kela's 1 018 € review threshold, though
    /// the month's income rises by 900 €.
    @Test func thePensionersReviewMeasuresTheYearAhead() throws {
        let month = try Simulation(rules: rules).run(scenario("""
            name: one month
            start: 2026-05
            months: 2
            person: {birthYear: 1980, municipality: Tampere}
            benefits: {kelaDisabilityPension: {earningsLimit: 1100.00}}
            housing: {rent: 500.00, pensionersMunicipalityGroup: III, netAssets: 0}
            job: {start: 2026-06, end: 2026-06, pattern: {hoursPerWeek: 20}, monthlySalary: 900.00}

            """)).months[1].withJob
        #expect(month.warnings.contains { $0.statement.kind == HousingMessages.warnRiseUnderReviewThreshold })
        #expect(!month.warnings.contains { $0.statement.kind == HousingMessages.warnReportIncome })
    }
}
