import Testing
@testable import TukiEngine

@Suite struct SweepTests {
    static let pensioner = """
    name: s
    start: 2026-02
    months: 3
    person: {birthYear: 1995, municipality: Helsinki}
    benefits: {kelaDisabilityPension: true}
    job: {pattern: {daysPerWeek: 3, hoursPerDay: 5}, hourlyWage: 12.40}
    """

    let sweep: SweepResult

    init() throws {
        let simulation = Simulation(rules: try rulesWithHypothetical2026Figures())
        let hours = (0...40).map { Hours.whole(Int64($0)) }
        sweep = Sweep(simulation: simulation).run(try scenario(Self.pensioner), axis: .weeklyHours(hours))
    }

    @Test func inTheAverageMonthTheKelaLimitIsCrossedBetween18And19HoursAWeek() {
        // 18 h × 52 / 12 × 12.40 = 967.20 €, under 976.59 €; 19 h gives 1 020.93 €, over it.
        #expect(sweep.points[17].grossWage == money("913.47"))
        #expect(sweep.points[19].grossWage == money("1020.93"))
        #expect(sweep.points[19].stoppedBenefits == [.kelaDisabilityPension, .guaranteePension])
        #expect(!sweep.points[19].unsafeInBusyMonths)
    }

    @Test func aJobInSomeOfTheMonthsIsSaidToBeAveragedOverAllOfThem() throws {
        // A job of April to November in a year: its points average 8/12 of its wage (608.98 € for 913.47 €), so that a
        // rest after the job counts; the best safe hours' wage read as the job's. The conclusions say how it is averaged.
        let yearWithAShortJob = """
        name: s
        start: 2026-01
        months: 12
        person: {birthYear: 1995, municipality: Helsinki}
        job: {start: 2026-04, end: 2026-11, pattern: {hoursPerWeek: 17}, hourlyWage: 12.40}
        """
        let simulation = Simulation(rules: try rulesWithHypothetical2026Figures())
        let result = Sweep(simulation: simulation).run(try scenario(yearWithAShortJob), axis: .weeklyHours([.whole(17)]))
        #expect(result.points.first?.grossWage == money("608.98"))
        #expect(result.shortJob == SweepResult.ShortJob(jobMonths: 8, months: 12))
        #expect(Sweep(simulation: simulation).run(try scenario(Self.pensioner), axis: .weeklyHours([.whole(17)])).shortJob == nil)
        // A job in none of the months is warned about on its own, not said to last 0 of them.
        let noMonth = yearWithAShortJob.replacingOccurrences(of: "start: 2026-04, end: 2026-11", with: "start: 2027-04, end: 2027-11")
        #expect(Sweep(simulation: simulation).run(try scenario(noMonth), axis: .weeklyHours([.whole(17)])).shortJob == nil)
    }

    /// A monthly salary swept over hours is scaled in proportion: 1 200 € for 20 h is 600 € at 10 h and 1 500 € at 25 h,
    /// so the 2024 Kela earnings limit (976.59 €) is crossed between 16 and 17 h.
    @Test func aMonthlySalaryIsScaledByTheHoursTried() throws {
        let simulation = Simulation(rules: try RuleLoader.load(directory: TestPaths.rules))
        let salaried = try scenario("""
            name: s
            start: 2024-02
            months: 1
            person: {birthYear: 1995, municipality: Helsinki}
            benefits: {kelaDisabilityPension: true}
            job: {pattern: {hoursPerWeek: 20}, monthlySalary: 1200.00}
            """)
        let result = Sweep(simulation: simulation).run(salaried, axis: .weeklyHours([10, 16, 17, 25].map { Hours.whole($0) }))
        #expect(result.points.map(\.grossWage) == ["600.00", "960.00", "1020.00", "1500.00"].map(money))
        #expect(result.bestSafe?.weeklyHours == Hours.whole(16))
        #expect(result.scaledSalary == .init(salary: money("1200.00"), weeklyHours: Hours.whole(20)))
        let overWages = Sweep(simulation: simulation).run(salaried, axis: .hourlyWage([money("10.00")]))
        #expect(overWages.replacedSalary == money("1200.00"))
        #expect(overWages.scaledSalary == nil)
    }

    @Test func hourlyPayIsAlsoCheckedInTheMonthWithTheMostWorkingDays() {
        // March 2026 has 22 working days: 18 h a week is 18 × 22 / 5 = 79.2 h × 12.40 = 982.08 €, over 976.59 €,
        // although the average month (967.20 €) is under it. 17 h gives 74.8 h = 927.52 €.
        #expect(sweep.checksBusyMonths)
        let eighteen = sweep.points[18]
        #expect(eighteen.unsafeInBusyMonths)
        #expect(!eighteen.keepsEveryBenefit)
        #expect(eighteen.stoppedBenefits == [.kelaDisabilityPension, .guaranteePension])
        // The point shows the calendar months' figures, in which the pensions stop: the average wage of Feb–Apr 2026
        // (20, 22 and 20 working days) is 18 × 62 / 5 h × 12.40 / 3 = 922.56 €.
        #expect(eighteen.grossWage == money("922.56"))
        #expect(sweep.points[17].keepsEveryBenefit)
        #expect(sweep.bestSafe?.weeklyHours == .whole(17))
    }

    @Test func theBestSafeHoursEqualTheBruteForceSearch() throws {
        // Independently of the sweep: the most whole hours at which, counted both in average and in real calendar
        // months, no month with the job pays less Kela or guarantee pension than the same month without it.
        let simulation = Simulation(rules: try rulesWithHypothetical2026Figures())
        let base = try scenario(Self.pensioner)
        let keepsPensions = { (hours: Int64, calendar: CalendarMode) -> Bool in
            let job = base.job!.with(weeklyHours: .whole(hours)).with(calendar: calendar)
            return simulation.run(base.with(job: job)).months.allSatisfy { month in
                [AmountLine.kelaDisabilityPension, .guaranteePension].allSatisfy { line in
                    month.withJob.amount(line) == month.baseline.amount(line)
                }
            }
        }
        let bruteForce = (0...40).map(Int64.init).filter { keepsPensions($0, .average) && keepsPensions($0, .actual) }.max()
        #expect(bruteForce == 17)
        #expect(sweep.bestSafe?.weeklyHours == bruteForce.map(Hours.whole))
    }

    @Test func aMonthlySalaryIsNotCheckedAgainstBusyMonths() throws {
        let salaried = try scenario(Self.pensioner.replacingOccurrences(of: "hourlyWage: 12.40", with: "monthlySalary: 900"))
        let simulation = Simulation(rules: try rulesWithHypothetical2026Figures())
        let result = Sweep(simulation: simulation).run(salaried, axis: .weeklyHours([.whole(10), .whole(20)]))
        #expect(!result.checksBusyMonths)
    }

    @Test func losingThePensionIsATrap() throws {
        #expect(sweep.traps.contains(19))
        let before = try #require(sweep.points[18].net)
        let after = try #require(sweep.points[19].net)
        #expect(after < before)
        #expect(try #require(sweep.effectiveMarginalRate(at: 20)) < .one)
    }

    @Test func aPointShownInCalendarMonthsHasNoMarginalRateAgainstANeighbourShownInAverageMonths() throws {
        // 18 h is shown in Feb–Apr 2026's calendar months (922.56 €), 17 and 19 h in average months (913.47 €,
        // 1 020.93 €): 9.09 € of wage apart, a rate from their net incomes would mean nothing.
        #expect(sweep.points[18].unsafeInBusyMonths && !sweep.points[17].unsafeInBusyMonths)
        #expect(sweep.effectiveMarginalRate(at: 18) == nil)
        #expect(sweep.effectiveMarginalRate(at: 19) == nil)
        let seventeen = try #require(sweep.effectiveMarginalRate(at: 17))
        #expect(seventeen == Rate.lostShare(net: sweep.points[17].net! - sweep.points[16].net!,
                                            gross: sweep.points[17].grossWage - sweep.points[16].grossWage))
    }

    @Test func aTrapIsFoundWhereThePointShownInCalendarMonthsHasALowerAverageWage() throws {
        // 2024 example, Feb–Dec: at 17.25 h the pensions stop in busy months; that point shows the calendar months'
        // average wage (894.49 €), lower than 17 h's average month (913.47 €), and a lower net income.
        let text = try String(contentsOfFile: TestPaths.scenario("examples/saara-2024-confirmed-figures.yaml"), encoding: .utf8)
        let hours = stride(from: Int64(1_700), through: 1_800, by: 25).map(Hours.init)
        let result = Sweep(simulation: Simulation(rules: try RuleLoader.load(directory: TestPaths.rules)))
            .run(try ScenarioDecoder.decode(text, file: "saara-2024.yaml"), axis: .weeklyHours(hours))
        let (seventeen, next) = (result.points[0], result.points[1])
        #expect(next.unsafeInBusyMonths && next.grossWage < seventeen.grossWage)
        #expect(try #require(next.net) < (try #require(seventeen.net)))
        #expect(result.traps.first == 1)
    }

    @Test func theParticipationTaxRateIsOneMinusNetGainOverGrossGain() throws {
        let point = sweep.points[15]
        let gain = try #require(point.net) - point.baseline[.netIncome]!
        let expected = Rate.lostShare(net: gain, gross: point.grossWage)
        #expect(point.participationTaxRate == expected)
        // By hand: 1 − Δnet / Δgross with Δgross the whole wage, since there is no wage without the job.
        let rate = try #require(point.participationTaxRate)
        let keptUnits = Rate.one.units - rate.units
        #expect(abs(Int128(keptUnits) * Int128(point.grossWage.cents) - Int128(gain.cents) * Int128(Rate.one.units))
                <= Int128(point.grossWage.cents))
    }

    @Test func workingMoreOnlyPaysOffWellBeyondTheSafeHours() throws {
        // Net at 17 h keeps every benefit; at 18 h the pensions stop in March (22 working days) and at 19 h in every month.
        #expect(try #require(sweep.points[18].net) < sweep.points[17].net!)
        #expect(sweep.points[19].net == money("937.32"))
        let breakEven = try #require(sweep.breakEvenBeyondSafe)
        let safeNet = try #require(sweep.points[17].net)
        let bruteForce = sweep.points.dropFirst(18).first { $0.net! >= safeNet }
        #expect(breakEven.weeklyHours == bruteForce?.weeklyHours)
        #expect(breakEven.weeklyHours > .whole(30))
        #expect(sweep.highestNet?.weeklyHours == .whole(40))
    }

    /// 2026: the pensions are known without the job, but with it the Kela earnings limit is not, so their
    /// amounts are unknown (not stopped) and no hours can be called safe.
    @Test func unknownBenefitAmountsMeanNoHoursCanBeCalledSafe() throws {
        let simulation = Simulation(rules: try RuleLoader.load(directory: TestPaths.rules))
        let unknown = Sweep(simulation: simulation).run(try scenario(Self.pensioner), axis: .weeklyHours([.whole(10), .whole(20)]))
        #expect(unknown.unknownBenefits == [.kelaDisabilityPension, .guaranteePension])
        #expect(unknown.hasBenefitsToLose)
        #expect(unknown.bestSafe == nil)
        #expect(unknown.points.allSatisfy { $0.stoppedBenefits.isEmpty && !$0.keepsEveryBenefit })
    }

    /// Where a year's final tax cannot be worked out (here the average municipal rate is unknown), the net incomes
    /// rest on the card's withholding alone, and the sweep says so as simulate does.
    @Test func aSweepSaysWhenItsNetIncomeRestsOnWithholdingAlone() throws {
        let rules = try TukiEngineTests.rules(try RuleLoader.load(directory: TestPaths.rules), withUnknown: "tax.municipal.average_rate",
                                              from: "2026-01-01")
        func input(_ municipality: String) throws -> Scenario {
            try scenario("""
            name: s
            start: 2026-02
            months: 2
            person: {birthYear: 1990, municipality: \(municipality)}
            job: {pattern: {hoursPerWeek: 20}, hourlyWage: 15.00}
            tax: {currentCard: {basePercent: 10, incomeLimit: 20000, additionalPercent: 30}}
            """)
        }
        let hours = Sweep.Axis.weeklyHours([.whole(10), .whole(20)])
        let withholdingOnly = Sweep(simulation: Simulation(rules: rules)).run(try input("Nowhere"), axis: hours)
        #expect(withholdingOnly.netFromWithholdingOnly)
        #expect(withholdingOnly.points.allSatisfy { $0.net != nil })
        // The same in Helsinki, whose own rate is in the rules: the final tax is worked out.
        #expect(!Sweep(simulation: Simulation(rules: rules)).run(try input("Helsinki"), axis: hours).netFromWithholdingOnly)
    }

    /// The same check in a sweep: three months from March 2024 called 15 h safe, though July 2024's 23 working days
    /// stop the pensions (14 h × 23 / 5 × 15 € = 966.00 €, under 976.59 €; 14.5 h gives 1 000.50 €).
    @Test func aBusierMonthOutsideTheCalculationMakesHoursUnsafe() throws {
        let short = try scenario("""
        name: s
        start: 2024-03
        months: 3
        person: {birthYear: 1990, municipality: Helsinki}
        benefits: {kelaDisabilityPension: true}
        job: {pattern: {hoursPerWeek: 10}, hourlyWage: 15.00}
        """)
        let hours = ["14", "14.5", "15"].map { Hours(hundredths: Int64(Double($0)! * 100)) }
        let result = Sweep(simulation: Simulation(rules: try RuleLoader.load(directory: TestPaths.rules)))
            .run(short, axis: .weeklyHours(hours))
        #expect(result.bestSafe?.weeklyHours == .whole(14))
        #expect(result.points.map(\.lossOutsideFigures) == [false, true, true])
        #expect(result.points[2].stoppedBenefits == [.kelaDisabilityPension, .guaranteePension])
        #expect(result.highestNet?.weeklyHours == .whole(14), "15 h shows the most net income only because July is not shown")
        #expect(result.breakEvenBeyondSafe == nil)
        #expect(result.effectiveMarginalRate(at: 1) != nil, "all three are average months")
    }
}
