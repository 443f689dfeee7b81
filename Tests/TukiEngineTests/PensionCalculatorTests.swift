import Testing
@testable import TukiEngine

@Suite struct PensionCalculatorTests {
    let rules: RuleSet

    init() throws { rules = try RuleLoader.load(directory: TestPaths.rules) }

    func month(_ yaml: String, start: String = "2024-03", months: Int = 1) throws -> [MonthResult] {
        Simulation(rules: rules).run(try scenario("name: p\nstart: \(start)\nmonths: \(months)\nperson: {birthYear: 1985}\n" + yaml)).months
    }

    @Test(arguments: [("976.58", "775.70"), ("976.59", "775.70"), ("976.60", "0.00")])
    func theKelaPensionRestsOnlyWhenEarningsExceedTheLimit(salary: String, pension: String) throws {
        // 2024 earnings limit 976.59 €: at the limit the pension is paid, one cent over it rests.
        let result = try month("benefits: {kelaDisabilityPension: true}\njob: {pattern: {hoursPerWeek: 20}, monthlySalary: \(salary)}\n")
        #expect(result[0].withJob.amount(.kelaDisabilityPension) == money(pension))
        let overLimit = result[0].withJob.warnings.contains { $0.statement.kind == PensionMessages.warnKelaOverLimit }
        #expect(overLimit == (pension == "0.00"))
    }

    /// 2026: the rules lack Kela's amounts, the guarantee pension's full amount and the care allowance;
    /// the person's decisions stand in for them.
    static let fromDecisions = """
    benefits:
      kelaDisabilityPension: {monthly: 700.00, earningsLimit: 1000.00}
      guaranteePension: {monthly: 300.00}
      disabilityAllowance: {level: basic, monthly: 85.00}

    """

    @Test func theDecisionsAmountsStandInForFiguresTheRulesLack() throws {
        let within = try month(Self.fromDecisions + "job: {pattern: {hoursPerWeek: 20}, monthlySalary: 900.00}\n", start: "2026-02")
        for figures in [within[0].baseline, within[0].withJob] {
            #expect(figures.amount(.guaranteePension) == money("300.00"))
            #expect(figures.amount(.disabilityAllowance) == money("85.00"))
            #expect(figures.trace.contains { $0.statement.kind == PensionMessages.guaranteeFromDecision })
        }
        #expect(within[0].withJob.amount(.totalIncome) == money("1985.00"))  // 900 + 700 + 300 + 85
        // Over the decision's earnings limit the Kela pension rests, and the guarantee pension with it.
        let over = try month(Self.fromDecisions + "job: {pattern: {hoursPerWeek: 20}, monthlySalary: 1000.01}\n", start: "2026-02")
        #expect(over[0].withJob.amount(.kelaDisabilityPension) == .zero)
        #expect(over[0].withJob.amount(.guaranteePension) == .zero)
        #expect(over[0].withJob.amount(.disabilityAllowance) == money("85.00"))
    }

    /// 2025: the guarantee pension's minimum payable amount and the disability allowance are not in the rules.
    @Test func withoutTheDecisionsAmountsTheUnknownFiguresSayWhichFieldWouldGiveThem() throws {
        let result = try month("benefits: {kelaDisabilityPension: {monthly: 700.00, earningsLimit: 1000.00}, disabilityAllowance: basic}\n",
                               start: "2025-02")
        let fields = result[0].baseline.warnings.filter { $0.statement.kind == PensionMessages.warnGiveFromDecision }
            .compactMap { $0.statement.values["field"] }
        #expect(fields.contains(.text("benefits.guaranteePension.monthly")))
        #expect(fields.contains(.text("benefits.disabilityAllowance.monthly")))
        #expect(result[0].baseline.amount(.guaranteePension) == nil)
    }

    /// From 2025 Kela's disability pension starts at 18 (16 before); only the birth year is known, so a warning is
    /// given for a person under the limit all year, once, and the figures still follow the scenario.
    @Test(arguments: [(2009, "2026-01", true), (2008, "2026-01", false), (2008, "2024-03", false), (2009, "2024-03", true)])
    func aPersonUnderKelasMinimumAgeAllYearIsWarnedOnce(birthYear: Int, start: String, warned: Bool) throws {
        let yaml = "name: p\nstart: \(start)\nmonths: 3\nperson: {birthYear: \(birthYear)}\n"
            + "benefits: {kelaDisabilityPension: {monthly: 700.00, earningsLimit: 1000.00}}\n"
        let result = Simulation(rules: rules).run(try scenario(yaml))
        let underAge = result.warnings.filter { $0.statement.kind == PensionMessages.warnKelaUnderMinimumAge }
        #expect(underAge.count == (warned ? 1 : 0))
        if warned { #expect(underAge.first?.month == YearMonth(iso: start)) }
        #expect(result.months.allSatisfy { $0.baseline.amount(.kelaDisabilityPension) == money("700.00") })
    }

    @Test func aCoupleGetsTheCoupleAmount() throws {
        let result = try month("household: {adults: 2}\nbenefits: {kelaDisabilityPension: true}\n")
        #expect(result[0].baseline.amount(.kelaDisabilityPension) == money("692.54"))
        #expect(result[0].baseline.amount(.guaranteePension) == money("284.05"))  // 976.59 − 692.54
    }

    /// Kela's upper income limit (2024, living alone: 1 601.21 €): at the limit ½ × (1 601.21 − 65.62) = 767.80 is taken off,
    /// leaving 7.90 €, the minimum payable; a cent over it nothing is paid, though the reduction's rounding leaves 7.90 too.
    @Test func noPensionIsPaidOverTheUpperIncomeLimit() throws {
        let atLimit = try month("benefits: {kelaDisabilityPension: true, earningsRelatedPension: {monthly: 1601.21}}\n")
        #expect(atLimit[0].baseline.amount(.kelaDisabilityPension) == money("7.90"))
        let over = try month("benefits: {kelaDisabilityPension: true, earningsRelatedPension: {monthly: 1601.22}}\n")
        #expect(over[0].baseline.amount(.kelaDisabilityPension) == .zero)
        #expect(over[0].baseline.trace.contains { $0.statement.kind == PensionMessages.kelaOverUpperLimit })
    }

    @Test func aPensionBelowTheMinimumIsNotPaid() throws {
        // An overlay raises the upper limit out of the way: 775.70 − ½ × (1 601.50 − 65.62) = 7.76 €, under the 7.90 € minimum.
        let overlay = try temporaryFile("""
        namespace: pension.kela
        parameters:
          upper_income_limit:
            source: {law: Test fixture, note: Raised so the minimum payable amount decides.}
            values:
              2024-01-01: {value: {alone: 2000.00, couple: 2000.00}, status: unverified}
        """)
        let raised = try rules.applying(try RuleLoader.loadOverlay(path: overlay, for: rules))
        let result = Simulation(rules: raised).run(try scenario("name: p\nstart: 2024-03\nmonths: 1\nperson: {birthYear: 1985}\n"
            + "benefits: {kelaDisabilityPension: true, earningsRelatedPension: {monthly: 1601.50}}\n")).months
        #expect(result[0].baseline.amount(.kelaDisabilityPension) == .zero)
        #expect(result[0].baseline.trace.contains { $0.statement.kind == PensionMessages.kelaBelowMinimum })
    }

    @Test func theGuaranteePensionTopsUpSmallPensions() throws {
        // Earnings-related 100.00: Kela 775.70 − ½ × 34.38 = 758.51; top-up 976.59 − 858.51 = 118.08.
        let result = try month("benefits: {kelaDisabilityPension: true, earningsRelatedPension: {monthly: 100.00}}\n")
        #expect(result[0].baseline.amount(.kelaDisabilityPension) == money("758.51"))
        #expect(result[0].baseline.amount(.guaranteePension) == money("118.08"))
    }

    @Test func aPermanentlyBlindPersonKeepsThePensionWhateverTheWage() throws {
        let result = try month("""
        benefits: {kelaDisabilityPension: {blindOrUnableToMove: true}}
        job: {pattern: {hoursPerWeek: 37.5}, monthlySalary: 2500.00}
        """ + "\n")
        #expect(result[0].withJob.amount(.kelaDisabilityPension) == money("775.70"))
        #expect(result[0].withJob.trace.contains { $0.statement.kind == PensionMessages.kelaLimitNotApplied })
    }

    @Test func thePersonalLimitIsTheShareOfEarningsButAtLeastTheMinimum() throws {
        // Full pension: 40 % × 1 500 = 600 < 976.59, so the minimum binds; 40 % × 3 000 = 1 200 does not.
        for (established, limit) in [("1500.00", "976.59"), ("3000.00", "1200.00")] {
            let result = try month("""
            benefits: {earningsRelatedPension: {monthly: 800.00, establishedEarnings: \(established)}}
            job: {pattern: {hoursPerWeek: 10}, monthlySalary: 500.00}
            """ + "\n")
            let step = try #require(result[0].withJob.trace.first { $0.statement.kind == PensionMessages.earningsRelatedLimitComputed })
            #expect(step.statement.values["limit"] == .money(money(limit)))
        }
    }

    @Test func withoutEstablishedEarningsAFullPensionOverItsLimitIsShownRestingFromTheThirdMonth() throws {
        // The decision's limit 1 000.00 € is known but the 60 % resting threshold is not: Tuki shows the lower
        // outcome (resting) after the two allowed months, and says why.
        let result = try month("""
        benefits: {earningsRelatedPension: {monthly: 800.00, earningsLimit: 1000.00}}
        job: {pattern: {hoursPerWeek: 25}, monthlySalary: 1000.01}
        """ + "\n", months: 4)
        #expect(result.map { $0.withJob.amount(.earningsRelatedPension) } == [money("800.00"), money("800.00"), .zero, .zero])
        #expect(result[0].withJob.trace.contains { $0.statement.kind == PensionMessages.earningsRelatedRestingThresholdUnknown })
    }

    /// A full earnings-related pension, 800.00 € a month, with established earnings 3 000.00 €: the limit is
    /// 40 % = 1 200.00 €, the resting threshold max(60 % = 1 800.00, 976.59) = 1 800.00 €.
    func fullPension(salary: String, months: Int = 4) throws -> [MonthResult] {
        try month("""
        benefits: {earningsRelatedPension: {monthly: 800.00, kind: full, establishedEarnings: 3000.00}}
        job: {pattern: {hoursPerWeek: 25}, monthlySalary: \(salary)}
        """ + "\n", months: months)
    }

    @Test func aFullPensionAt45PercentBecomesAPartialPensionNotZeroAfterTheAllowedMonths() throws {
        // 45 % × 3 000.00 = 1 350.00 €: over the 40 % limit, under the 60 % threshold. Months 1–2 keep the full
        // pension (Keva's practice); from the third month in a row the provider may convert it: ½ × 800.00 = 400.00.
        let result = try fullPension(salary: "1350.00")
        #expect(result.map { $0.withJob.amount(.earningsRelatedPension) }
                == [money("800.00"), money("800.00"), money("400.00"), money("400.00")])
        // The guarantee pension (976.59 − 800.00 = 176.59 without the job) rests from the first month, as 1 350.00 € is
        // over Kela's earnings limit 976.59 €; a partial pension alone would give none anyway.
        #expect(result.map { $0.baseline.amount(.guaranteePension) } == Array(repeating: money("176.59"), count: 4))
        #expect(result.map { $0.withJob.amount(.guaranteePension) } == [.zero, .zero, .zero, .zero])
        #expect(result[0].withJob.warnings.contains { $0.statement.kind == PensionMessages.warnEarningsRelatedOverLimitFull })
        let threshold = try #require(result[0].withJob.trace.first {
            $0.statement.kind == PensionMessages.earningsRelatedRestingThreshold
        })
        #expect(threshold.statement.values["threshold"] == .money(money("1800.00")))
        // The conversion is marked as the provider's decision, with its source, and warned about.
        let step = try #require(result[2].withJob.trace.first { $0.statement.kind == PensionMessages.earningsRelatedConvertedToPartial })
        #expect(step.statement.values["amount"] == .money(money("400.00")))
        #expect(step.source == EarningsRelatedPensionCalculator.conversionSource)
        #expect(step.parameters.contains { $0.id == EarningsRelatedPensionCalculator.partialShare })
        #expect(result[2].withJob.warnings.contains { $0.statement.kind == PensionMessages.warnEarningsRelatedPartial })
        #expect(!result[2].withJob.trace.contains { $0.statement.kind == PensionMessages.earningsRelatedResting })
        // The share is unverified, so the month says so.
        #expect(result[2].withJob.warnings.contains {
            $0.statement.kind == SimulationMessages.parameterUnverified
                && $0.statement.values["parameter"] == .text("pension.earnings_related.partial_pension_share")
        })
    }

    @Test func aFullPensionAt61PercentRestsAfterTheAllowedMonths() throws {
        // 61 % × 3 000.00 = 1 830.00 €: over both the euro minimum and 60 % (1 800.00 €).
        let result = try fullPension(salary: "1830.00")
        #expect(result.map { $0.withJob.amount(.earningsRelatedPension) } == [money("800.00"), money("800.00"), .zero, .zero])
        #expect(result[0].withJob.warnings.contains { $0.statement.kind == PensionMessages.warnEarningsRelatedOverLimit })
        #expect(result[2].withJob.warnings.contains { $0.statement.kind == PensionMessages.warnEarningsRelatedResting })
    }

    @Test func aFullPensionAt60PercentExactlyDoesNotRest() throws {
        // 1 800.00 € is not over the threshold: the pension becomes partial, it does not rest.
        let result = try fullPension(salary: "1800.00", months: 3)
        #expect(result.map { $0.withJob.amount(.earningsRelatedPension) } == [money("800.00"), money("800.00"), money("400.00")])
    }

    @Test func theRestingCountStartsAtTheFirstMonthOverTheThreshold() throws {
        // Two months at 45 %, then 61 %: over the 40 % limit three months in a row, so partial in the third month;
        // over the 60 % threshold only from the third month, so not yet resting.
        let result = try month("""
        benefits: {earningsRelatedPension: {monthly: 800.00, kind: full, establishedEarnings: 3000.00}}
        job:
          pattern: {hoursPerWeek: 25}
          monthlySalary: 1350.00
          extraPay: [{month: 2024-05, kind: other, amount: 480.00}]
        """ + "\n", months: 3)
        #expect(result.map { $0.withJob.amount(.earningsRelatedPension) } == [money("800.00"), money("800.00"), money("400.00")])
    }

    @Test(arguments: [("1650.00", ["400.00", "400.00", "400.00"]), ("1830.00", ["400.00", "400.00", "0.00"])])
    func aPartialPensionRestsOnlyOver60Percent(salary: String, pensions: [String]) throws {
        // Partial pension 400.00 €, established earnings 3 000.00 €: the limit is 60 % = 1 800.00 €.
        // 55 % (1 650.00 €) is within it; 61 % (1 830.00 €) rests from the third month in a row.
        let result = try month("""
        benefits: {earningsRelatedPension: {monthly: 400.00, kind: partial, establishedEarnings: 3000.00}}
        job: {pattern: {hoursPerWeek: 25}, monthlySalary: \(salary)}
        """ + "\n", months: 3)
        #expect(result.map { $0.withJob.amount(.earningsRelatedPension) } == pensions.map(money))
    }

    @Test func theEuroMinimumBindsBothTheLimitAndTheRestingThreshold() throws {
        // Established earnings 1 500.00 €: 40 % = 600.00 and 60 % = 900.00 are both under the 2024 minimum 976.59 €.
        // 950.00 € (63 % of established earnings) is within the limit; 976.60 € rests after the allowed months,
        // with no partial step between (the limit and the threshold are the same minimum).
        for (salary, pensions) in [("950.00", ["800.00", "800.00", "800.00"]), ("976.60", ["800.00", "800.00", "0.00"])] {
            let result = try month("""
            benefits: {earningsRelatedPension: {monthly: 800.00, kind: full, establishedEarnings: 1500.00}}
            job: {pattern: {hoursPerWeek: 25}, monthlySalary: \(salary)}
            """ + "\n", months: 3)
            #expect(result.map { $0.withJob.amount(.earningsRelatedPension) } == pensions.map(money))
            let limit = try #require(result[0].withJob.trace.first { $0.statement.kind == PensionMessages.earningsRelatedLimitComputed })
            #expect(limit.statement.values["limit"] == .money(money("976.59")))
            // The resting threshold is worked out in months over the limit.
            let threshold = result[0].withJob.trace.first { $0.statement.kind == PensionMessages.earningsRelatedRestingThreshold }
            #expect(threshold?.statement.values["threshold"] == (salary == "950.00" ? nil : .money(money("976.59"))))
        }
    }

    @Test func aMonthUnderTheLimitResetsTheCount() throws {
        let result = try month("""
        benefits: {earningsRelatedPension: {monthly: 800.00, earningsLimit: 1000.00}}
        job:
          pattern: {hoursPerWeek: 25}
          monthlySalary: 900.00
          extraPay:
            - {month: 2024-03, kind: other, amount: 200.00}
            - {month: 2024-04, kind: other, amount: 200.00}
            - {month: 2024-06, kind: holidayBonus, amount: 200.00}
        """ + "\n", months: 4)
        #expect(result.map { $0.withJob.amount(.earningsRelatedPension) } == Array(repeating: money("800.00"), count: 4))
    }

    static let holidayBonus = """
    benefits: {kelaDisabilityPension: true}
    job:
      pattern: {daysPerWeek: 3, hoursPerDay: 5}
      hourlyWage: 12.40
      extraPay: [{month: 2024-06, kind: holidayBonus, amount: 250.00}]
    """ + "\n"

    @Test func aHolidayBonusOverTheKelaLimitRestsThePensionForAtLeastThreeMonths() throws {
        // 806.00 € a month; June with the 250.00 € bonus is 1 056.00 €, over the 976.59 € limit. The pension
        // rests from June for the minimum three months (June–August) although July and August are under the
        // limit, and is paid again in September. A one-month loss is not a possible outcome.
        let result = try month(Self.holidayBonus, start: "2024-05", months: 5)
        #expect(result.map { $0.withJob.amount(.kelaDisabilityPension) }
                == [money("775.70"), .zero, .zero, .zero, money("775.70")])
        #expect(result.map { $0.withJob.amount(.guaranteePension) }
                == [money("200.89"), .zero, .zero, .zero, money("200.89")])
        let warning = try #require(result[1].withJob.warnings.first { $0.statement.kind == PensionMessages.warnKelaOverLimit })
        #expect(warning.statement.values["minimumRest"] == .count(3))
        #expect(result[2].withJob.trace.contains { $0.statement.kind == PensionMessages.kelaRestContinues })
        #expect(result[3].withJob.trace.contains { $0.statement.kind == PensionMessages.kelaRestContinues })
        let restart = try #require(result[4].withJob.trace.first { $0.statement.kind == PensionMessages.kelaRestEnds })
        #expect(restart.statement.values["months"] == .count(3))
    }

    @Test func theRestGoesOnWhileEarningsStayOverTheLimitAfterTheMinimum() throws {
        // 806.00 + 250.00 € over the limit in March–June, under it from July: four months at rest.
        let result = try month("""
        benefits: {kelaDisabilityPension: true}
        job:
          pattern: {daysPerWeek: 3, hoursPerDay: 5}
          hourlyWage: 12.40
          extraPay:
            - {month: 2024-03, kind: other, amount: 250.00}
            - {month: 2024-04, kind: other, amount: 250.00}
            - {month: 2024-05, kind: other, amount: 250.00}
            - {month: 2024-06, kind: other, amount: 250.00}
        """ + "\n", months: 5)
        #expect(result.map { $0.withJob.amount(.kelaDisabilityPension) } == [.zero, .zero, .zero, .zero, money("775.70")])
        #expect(result[3].withJob.trace.contains { $0.statement.kind == PensionMessages.kelaStillOverLimit })
        // One rest, so one warning to tell Kela.
        #expect(result.filter { $0.withJob.warnings.contains { $0.statement.kind == PensionMessages.warnKelaOverLimit } }.count == 1)
    }

    @Test func aRestStartedInTheJobsLastMonthLastsItsMinimumAfterTheJob() throws {
        let result = try month("""
        benefits: {kelaDisabilityPension: true}
        job: {end: 2024-03, pattern: {hoursPerWeek: 37.5}, monthlySalary: 2000.00}
        """ + "\n", months: 4)
        #expect(result.map { $0.withJob.amount(.kelaDisabilityPension) } == [.zero, .zero, .zero, money("775.70")])
        #expect(result.map { $0.baseline.amount(.kelaDisabilityPension) } == Array(repeating: money("775.70"), count: 4))
    }

    @Test func aPermanentlyBlindPersonsPensionNeverRests() throws {
        let result = try month("""
        benefits: {kelaDisabilityPension: {blindOrUnableToMove: true}}
        job:
          pattern: {daysPerWeek: 3, hoursPerDay: 5}
          hourlyWage: 12.40
          extraPay: [{month: 2024-06, kind: holidayBonus, amount: 2500.00}]
        """ + "\n", start: "2024-05", months: 3)
        #expect(result.map { $0.withJob.amount(.kelaDisabilityPension) } == Array(repeating: money("775.70"), count: 3))
    }

    @Test func theSweepAndTheMonthsSeeTheWholeRest() throws {
        let input = try scenario("name: p\nstart: 2024-05\nmonths: 5\nperson: {birthYear: 1985}\n" + Self.holidayBonus)
        let point = try #require(Sweep(simulation: Simulation(rules: rules))
            .run(input, axis: .weeklyHours([.whole(15)])).points.first)
        // Two of five months paid: 2 × 775.70 / 5 = 310.28 €.
        #expect(point.withJob[.kelaDisabilityPension] == money("310.28"))
        #expect(point.stoppedBenefits == [.kelaDisabilityPension, .guaranteePension])
        #expect(!point.keepsEveryBenefit)
        let months = Simulation(rules: rules).run(input).months
        #expect(months.filter { $0.withJob.amount(.kelaDisabilityPension) == .zero }.map(\.month.description)
                == ["2024-06", "2024-07", "2024-08"])
    }

    /// A figure the rules lack for the month (Kela's full amount, marked unknown for 2025 by an overlay) stops the
    /// pension and says which, and where on the decision to find the amount.
    @Test func anUnknownFigureStopsTheCalculationAndSaysSo() throws {
        let unknown = try TukiEngineTests.rules(rules, withUnknown: "pension.kela.full_amount", from: "2025-01-01")
        let result = Simulation(rules: unknown).run(try scenario("name: p\nstart: 2025-02\nmonths: 1\nperson: {birthYear: 1985}\n"
            + "benefits: {kelaDisabilityPension: true}\njob: {pattern: {hoursPerWeek: 15}, hourlyWage: 12.40}\n")).months
        #expect(result[0].baseline.amount(.kelaDisabilityPension) == nil)
        let stopped = result[0].baseline.warnings.first { $0.statement.kind == SimulationMessages.calculationStopped }
        #expect(stopped?.statement.values["parameter"] == .text("pension.kela.full_amount"))
        #expect(stopped?.statement.values["reason"] == .term("term.lookup.unknown"))
        let hint = result[0].baseline.warnings.first { $0.statement.kind == PensionMessages.warnGiveFromDecision }
        #expect(hint?.statement.values["field"] == .text("benefits.kelaDisabilityPension.monthly"))
    }

    /// The full amount is never under the minimum payable, so a year whose minimum is unknown (2025) still pays it.
    @Test func theFullAmountNeedsNoMinimumPayable() throws {
        let result = try month("benefits: {kelaDisabilityPension: true}\n", start: "2025-02")
        #expect(result[0].baseline.amount(.kelaDisabilityPension) == money("783.41"))
    }

    /// With the full-pension threshold unknown (as the 2025 one is), a pensioner without other
    /// pensions still gets the full amount (here an unverified figure, which warns); with an earnings-related pension it stops.
    @Test func theUnknownThresholdMattersOnlyWithOtherPensions() throws {
        let overlay = try temporaryFile("""
        namespace: pension.kela
        parameters:
          full_amount:
            source: {law: Test fixture}
            values:
              2026-01-01: {value: {alone: 787.07, couple: 702.69}, status: unverified}
          full_pension_threshold:
            source: {law: Test fixture}
            values:
              2026-01-01: {status: unknown, note: Test fixture.}
          minimum_payable:
            source: {law: Test fixture}
            values:
              2026-01-01: 8.01
        """)
        let rules = try self.rules.applying(try RuleLoader.loadOverlay(path: overlay, for: self.rules))
        func month(_ yaml: String) throws -> MonthFigures {
            Simulation(rules: rules).run(try scenario("name: p\nstart: 2026-02\nmonths: 1\nperson: {birthYear: 1985}\n" + yaml))
                .months[0].baseline
        }
        let alone = try month("benefits: {kelaDisabilityPension: true}\n")
        #expect(alone.amount(.kelaDisabilityPension) == money("787.07"))
        let fullAmount = try #require(alone.trace.first { $0.statement.kind == PensionMessages.kelaFullAmount })
        #expect(fullAmount.parameters.map(\.id) == ["pension.kela.full_amount"])
        #expect(alone.warnings.contains {
            $0.statement.kind == SimulationMessages.parameterUnverified && $0.statement.values["parameter"] == .text("pension.kela.full_amount")
        })
        let withEarningsRelated = try month("""
        benefits: {kelaDisabilityPension: true, earningsRelatedPension: {monthly: 300.00, kind: full, establishedEarnings: 3000.00}}
        """ + "\n")
        #expect(withEarningsRelated.amount(.kelaDisabilityPension) == nil)
        let stopped = withEarningsRelated.warnings.first { $0.statement.kind == SimulationMessages.calculationStopped }
        #expect(stopped?.statement.values["parameter"] == .text("pension.kela.full_pension_threshold"))
    }

    /// Kela's 2026 example rows as the third-party source quotes them (earnings-related pension -> national pension;
    /// the second row's guarantee pension 8.01, the first's tops up to 990.90), from unverified 2026 figures: the
    /// threshold 66.50 (798 €/year) reproduces them, 66.54 would not.
    @Test(arguments: [("100.00", "770.32", "120.58"), ("325.15", "657.74", "8.01")])
    func theKelaPensionReproducesKelas2026ExampleRows(earningsRelated: String, kela: String, guarantee: String) throws {
        let result = try month("""
        benefits: {kelaDisabilityPension: true, earningsRelatedPension: {monthly: \(earningsRelated), kind: full, establishedEarnings: 3000.00}}
        """ + "\n", start: "2026-02")
        #expect(result[0].baseline.amount(.kelaDisabilityPension) == money(kela))
        #expect(result[0].baseline.amount(.guaranteePension) == money(guarantee))
    }

    @Test func amountsFromThePersonsDecisionAnswerWhereTheRulesCannot() throws {
        let result = try month("""
        benefits: {kelaDisabilityPension: {monthly: 790.00, earningsLimit: 990.00}}
        job: {pattern: {hoursPerWeek: 15}, hourlyWage: 12.40}
        """ + "\n", start: "2025-02")
        #expect(result[0].withJob.amount(.kelaDisabilityPension) == money("790.00"))
        #expect(result[0].withJob.amount(.grossWage) == money("806.00"))
        // The guarantee pension's 2025 minimum payable amount is not known: the pension is left out, not guessed.
        #expect(result[0].withJob.amount(.guaranteePension) == nil)
    }

    /// A guarantee pension topping up an earnings-related pension alone: such a person usually has a Kela pension
    /// too, whose earnings limit also applies to the guarantee pension. The scenario is told once; with a Kela
    /// pension it is not.
    @Test func aGuaranteePensionWithoutAKelaPensionWarnsOnce() throws {
        let earningsRelated = "earningsRelatedPension: {monthly: 800.00, kind: full, establishedEarnings: 3000.00}"
        let alone = try month("benefits: {\(earningsRelated)}\n", months: 3)
        #expect(alone[0].baseline.amount(.guaranteePension) == money("176.59"))
        let warnings = alone.flatMap { $0.baseline.warnings + $0.withJob.warnings }
            .filter { $0.statement.kind == PensionMessages.warnGuaranteeWithoutKela }
        #expect(warnings.count == 1)
        let withKela = try month("benefits: {kelaDisabilityPension: true, \(earningsRelated)}\n", months: 3)
        #expect(!withKela.flatMap { $0.baseline.warnings }.contains { $0.statement.kind == PensionMessages.warnGuaranteeWithoutKela })
    }

    /// Without a Kela pension to follow, the guarantee pension rests on Kela's earnings limit (976.59 € in 2024) itself:
    /// a wage over it starts a rest of at least three months, which ends in the first month back under the limit.
    @Test func aGuaranteePensionWithoutAKelaPensionRestsOnKelasLimit() throws {
        let pension = "benefits: {earningsRelatedPension: {monthly: 800.00, kind: full, establishedEarnings: 3000.00}}\n"
        let over = try month(pension + "job: {end: 2024-04, pattern: {hoursPerWeek: 25}, monthlySalary: 1100.00}\n", months: 5)
        // March and April over the limit (rest months 1 and 2), May the third month of the minimum rest, June under
        // the limit (no job) so paid again.
        #expect(over.map { $0.withJob.amount(.guaranteePension) } == [.zero, .zero, .zero, money("176.59"), money("176.59")])
        #expect(over[0].withJob.warnings.first { $0.statement.kind == PensionMessages.warnGuaranteeOverLimit }?
            .statement.values["limit"] == .money(money("976.59")))
        #expect(over.allSatisfy { $0.baseline.amount(.guaranteePension) == money("176.59") })
        let under = try month(pension + "job: {pattern: {hoursPerWeek: 25}, monthlySalary: 900.00}\n", months: 2)
        #expect(under.allSatisfy { $0.withJob.amount(.guaranteePension) == money("176.59") })
        #expect(!under.flatMap { $0.withJob.warnings }.contains { $0.statement.kind == PensionMessages.warnGuaranteeOverLimit })
    }

    /// With Kela's earnings limit unknown (as after 2024) the guarantee pension paid without a Kela pension is unknown
    /// in a month with a job, not shown as paid; the limit from the person's decision gives it.
    @Test func aGuaranteePensionWithoutKelaNeedsTheEarningsLimitWithAJob() throws {
        let rules = try TukiEngineTests.rules(self.rules, withUnknown: "pension.kela.earnings_limit", from: "2024-01-01")
        func run(_ guarantee: String) throws -> [MonthResult] {
            Simulation(rules: rules).run(try scenario("""
            name: p
            start: 2024-03
            months: 2
            person: {birthYear: 1985}
            benefits: {earningsRelatedPension: {monthly: 800.00, kind: full, establishedEarnings: 3000.00}\(guarantee)}
            job: {start: 2024-04, pattern: {hoursPerWeek: 10}, monthlySalary: 500.00}
            """ + "\n")).months
        }
        let unknown = try run("")
        #expect(unknown[0].withJob.amount(.guaranteePension) == money("176.59"), "no job yet: no earnings to test")
        #expect(unknown[1].withJob.amount(.guaranteePension) == nil)
        let hint = unknown[1].withJob.warnings.first { $0.statement.kind == PensionMessages.warnGiveFromDecision }
        #expect(hint?.statement.values["field"] == .text("benefits.guaranteePension.earningsLimit"))
        let given = try run(", guaranteePension: {earningsLimit: 1000.00}")
        #expect(given[1].withJob.amount(.guaranteePension) == money("176.59"))
    }

    /// The missing 2025 care allowance points to the allowance decision, not the pension decision.
    @Test func theHintForAMissingAllowanceNamesItsOwnDecision() throws {
        let rules = try TukiEngineTests.rules(self.rules, withUnknown: "benefits.disability_allowance.adult_allowance", from: "2024-01-01")
        let result = Simulation(rules: rules).run(try scenario("name: p\nstart: 2024-03\nmonths: 1\nperson: {birthYear: 1985}\nbenefits: {disabilityAllowance: basic}\n"))
        let hint = result.months[0].baseline.warnings.first { $0.statement.kind == PensionMessages.warnGiveFromDecision }
        #expect(hint?.statement.values["decision"] == .term("term.decision.allowance"))
        #expect(hint?.statement.values["field"] == .text("benefits.disabilityAllowance.monthly"))
    }

    /// The rules end with 2026 figures for indexed amounts: a 2027 month says the 2027 figure is unknown instead of
    /// carrying the 2026 one over.
    @Test func a2027MonthDoesNotCarryThe2026FiguresOver() throws {
        let result = try month("benefits: {kelaDisabilityPension: true}\n", start: "2027-02")
        #expect(result[0].baseline.amount(.kelaDisabilityPension) == nil)
        let stopped = result[0].baseline.warnings.first { $0.statement.kind == SimulationMessages.calculationStopped }
        #expect(stopped?.statement.values["parameter"] == .text("pension.kela.full_amount"))
        #expect(stopped?.statement.values["reason"] == .term("term.lookup.unknown"))
    }

    @Test func disabilityAllowanceIsNotIncomeTested() throws {
        let result = try month("""
        benefits: {disabilityAllowance: increased}
        job: {pattern: {hoursPerWeek: 37.5}, monthlySalary: 3000.00}
        """ + "\n")
        #expect(result[0].baseline.amount(.disabilityAllowance) == money("254.10"))
        #expect(result[0].withJob.amount(.disabilityAllowance) == money("254.10"))
    }
}
