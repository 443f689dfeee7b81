import Testing
@testable import TukiEngine

/// The pensions' old-age limit (Kela) and the earnings-related pension's minimum rest.
struct PensionAgeAndRestTests {
    let rules: RuleSet
    init() throws { rules = try RuleLoader.load(directory: TestPaths.rules) }

    func months(birthYear: Int, _ yaml: String, start: String = "2024-03", months: Int = 1) throws -> [MonthResult] {
        Simulation(rules: rules).run(try scenario("name: p\nstart: \(start)\nmonths: \(months)\nperson: {birthYear: \(birthYear)}\n" + yaml))
            .months
    }

    /// Kela turns the disability pension into an old-age pension after the 65th birthday (KEL 10 §); earnings do not
    /// stop it. Born 1957, she is 67 in 2024: a wage of 1 200 € over the 976.59 € limit leaves the 775.70 € paid.
    @Test func pastTheOldAgePensionAgeEarningsDoNotStopTheKelaPension() throws {
        let result = try months(birthYear: 1957, "benefits: {kelaDisabilityPension: true}\njob: {pattern: {hoursPerWeek: 30}, monthlySalary: 1200.00}\n")
        #expect(result[0].withJob.amount(.kelaDisabilityPension) == money("775.70"))
        #expect(result[0].withJob.trace.contains { $0.statement.kind == PensionMessages.oldAgeNoEarningsLimit })
        #expect(!result[0].withJob.warnings.contains { $0.statement.kind == PensionMessages.warnKelaOverLimit })
    }

    /// Turning 65 in 2024 (born 1959), the birth month decides; it is not known, so the limit is tested all year
    /// (the pension rests) and a warning says the months after the birthday may be better, once.
    @Test func inTheYearOfTurning65TheLimitStillAppliesWithAWarning() throws {
        let result = try months(birthYear: 1959, "benefits: {kelaDisabilityPension: true}\njob: {pattern: {hoursPerWeek: 30}, monthlySalary: 1200.00}\n",
                                months: 2)
        #expect(result.map { $0.withJob.amount(.kelaDisabilityPension) } == [.zero, .zero])
        let warnings = result.flatMap(\.withJob.warnings).filter { $0.statement.kind == PensionMessages.warnOldAgeThisYear }
        #expect(warnings.count == 1)
        #expect(warnings.first?.statement.values["pension"] == .term("term.benefit_in_sentence.kelaDisabilityPension"))
    }

    /// The earnings-related disability pension becomes an old-age pension from the month after the lowest retirement
    /// age of the birth cohort (ETK). Born 1958 (64 years), she has surely reached it before 2024 (January 2023 for a
    /// December birthday): 1 300 € over a 1 200 € limit leaves the pension paid. Born 1961 (64 years 9 months) the
    /// change falls between November 2025 and October 2026: in 2026 the limit is tested, with one warning.
    @Test func pastTheLowestRetirementAgeEarningsDoNotAffectTheEarningsRelatedPension() throws {
        let past = try months(birthYear: 1958, """
            benefits: {earningsRelatedPension: {monthly: 500.00, kind: partial, establishedEarnings: 2000.00}}
            job: {pattern: {hoursPerWeek: 30}, monthlySalary: 1300.00}

            """, months: 4)
        #expect(past.allSatisfy { $0.withJob.amount(.earningsRelatedPension) == money("500.00") })
        #expect(past[0].withJob.trace.contains { $0.statement.kind == PensionMessages.earningsRelatedOldAge })
        let during = try months(birthYear: 1961, """
            benefits: {earningsRelatedPension: {monthly: 500.00, kind: partial, earningsLimit: 1200.00}}
            job: {pattern: {hoursPerWeek: 30}, monthlySalary: 1300.00}

            """, start: "2026-03", months: 4)
        #expect(during[3].withJob.amount(.earningsRelatedPension) == .zero)
        #expect(during.flatMap(\.withJob.warnings).filter { $0.statement.kind == PensionMessages.warnEarningsRelatedOldAgeYear }.count == 1)
        // Born 1960 (64 years 6 months): in March–June 2024 the change cannot have come yet (August 2024 at the earliest).
        let before = try months(birthYear: 1960, """
            benefits: {earningsRelatedPension: {monthly: 500.00, kind: partial, establishedEarnings: 2000.00}}
            job: {pattern: {hoursPerWeek: 30}, monthlySalary: 1300.00}

            """, months: 4)
        #expect(!before.flatMap(\.withJob.warnings).contains { $0.statement.kind == PensionMessages.warnEarningsRelatedOldAgeYear })
    }

    /// A partial pension of 500 € with established earnings of 2 000 €: limit 60 % = 1 200 €. Three months at 1 300 €
    /// (1 000 € salary and 300 € extra) start a rest in the third; it lasts at least three months (HE 72/2009) though
    /// the wage falls back to 1 000 € in June, and the pension is paid again in August.
    @Test func anEarningsRelatedRestLastsAtLeastTheMinimumMonths() throws {
        let extra = (3...5).map { "{month: 2024-0\($0), kind: other, amount: 300.00}" }.joined(separator: ", ")
        let result = try months(birthYear: 1980, """
            benefits: {earningsRelatedPension: {monthly: 500.00, kind: partial, establishedEarnings: 2000.00}}
            job: {pattern: {hoursPerWeek: 30}, monthlySalary: 1000.00, extraPay: [\(extra)]}

            """, months: 6)
        #expect(result.map { $0.withJob.amount(.earningsRelatedPension) }
            == ["500.00", "500.00", "0.00", "0.00", "0.00", "500.00"].map(money))
        #expect(result[3].withJob.trace.contains { $0.statement.kind == PensionMessages.earningsRelatedRestContinues })
        #expect(result[5].withJob.trace.contains { $0.statement.kind == PensionMessages.earningsRelatedRestEnds })
    }

    /// Past its minimum a rest goes on while the wage stays over the limit.
    @Test func anEarningsRelatedRestGoesOnWhileEarningsStayOver() throws {
        let result = try months(birthYear: 1980, """
            benefits: {earningsRelatedPension: {monthly: 500.00, kind: partial, establishedEarnings: 2000.00}}
            job: {pattern: {hoursPerWeek: 30}, monthlySalary: 1300.00}

            """, months: 7)
        #expect(result.map { $0.withJob.amount(.earningsRelatedPension) }
            == ["500.00", "500.00", "0.00", "0.00", "0.00", "0.00", "0.00"].map(money))
        #expect(result[5].withJob.trace.contains { $0.statement.kind == PensionMessages.earningsRelatedStillResting })
    }

    /// A decision's figures are used unchanged into the next year, though they are revised each January: that January
    /// says which fields to update; a scenario without decision figures, or one starting in January, says nothing.
    @Test func decisionFiguresCarriedIntoANewYearWarnOnce() throws {
        let result = try months(birthYear: 1980, "benefits: {kelaDisabilityPension: {monthly: 783.41, earningsLimit: 986.30}}\n",
                                start: "2025-11", months: 4)
        let warnings = result.flatMap(\.baseline.warnings).filter { $0.statement.kind == SimulationMessages.decisionFiguresCarried }
        #expect(warnings.map(\.month) == [YearMonth(year: 2026, month: 1)])
        #expect(warnings.first?.statement.values["fields"]
            == .text("benefits.kelaDisabilityPension.monthly, benefits.kelaDisabilityPension.earningsLimit"))
        let fromRules = try months(birthYear: 1980, "benefits: {kelaDisabilityPension: true}\n", start: "2025-11", months: 4)
        #expect(!fromRules.flatMap(\.baseline.warnings).contains { $0.statement.kind == SimulationMessages.decisionFiguresCarried })
    }

    /// The 2026 euro minimum of the earnings-related limit is unknown, but the limit is at least 60 % of established
    /// earnings (1 320 € of 2 200 €): a wage of 1 100 € is within it whatever the minimum; 1 400 € needs the minimum.
    @Test(arguments: [("1100.00", "650.00"), ("1400.00", nil)])
    func aWageUnderTheShareNeedsNoEuroMinimum(salary: String, pension: String?) throws {
        let result = try months(birthYear: 1980, """
            benefits: {earningsRelatedPension: {monthly: 650.00, kind: partial, establishedEarnings: 2200.00}}
            job: {pattern: {hoursPerWeek: 30}, monthlySalary: \(salary)}

            """, start: "2026-03")
        #expect(result[0].withJob.amount(.earningsRelatedPension) == pension.map(money))
    }

    /// 2025: other pensions of 1 650 € are over Kela's upper limit (1 617.13 €, unverified), so no Kela pension is paid,
    /// though the year's full-pension threshold is unknown: the limit is read first.
    @Test func overTheUpperLimitNoThresholdIsNeeded() throws {
        let result = try months(birthYear: 1980, "benefits: {kelaDisabilityPension: true, earningsRelatedPension: {monthly: 1650.00}}\n",
                                start: "2025-03")
        #expect(result[0].baseline.amount(.kelaDisabilityPension) == .zero)
    }

    /// A full pension with the decision's limit (1 120 €) and the 2026 euro minimum unknown: a wage of 1 305 € is over
    /// the limit but under 60 % of established earnings (1 440 €), so it cannot reach the resting threshold.
    @Test func underTheSharePartOfTheRestingThresholdNeedsNoEuroMinimum() throws {
        let result = try months(birthYear: 1980, """
            benefits: {earningsRelatedPension: {monthly: 800.00, kind: full, establishedEarnings: 2400.00, earningsLimit: 1120.00}}
            job: {pattern: {hoursPerWeek: 30}, monthlySalary: 1305.00}

            """, start: "2026-03")
        #expect(result[0].withJob.amount(.earningsRelatedPension) == money("800.00"))
        #expect(result[0].withJob.trace.contains { $0.statement.kind == PensionMessages.earningsRelatedRestingThresholdShareOnly })
    }

    /// The lowest retirement age of people born in 1965 or later is set by decree and not in the table: someone born in
    /// 1966 is still tested at 66 (2032), and her pension rests from the third month over the limit.
    @Test func aCohortNotInTheTableIsStillTested() throws {
        let result = try months(birthYear: 1966, """
            benefits: {earningsRelatedPension: {monthly: 500.00, kind: partial, earningsLimit: 1200.00}}
            job: {pattern: {hoursPerWeek: 30}, monthlySalary: 1300.00}

            """, start: "2032-03", months: 3)
        #expect(result[2].withJob.amount(.earningsRelatedPension) == .zero)
        #expect(!result.flatMap(\.withJob.trace).contains { $0.statement.kind == PensionMessages.earningsRelatedOldAge })
    }
}
