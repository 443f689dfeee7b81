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

    @Test func aCoupleGetsTheCoupleAmount() throws {
        let result = try month("household: {adults: 2}\nbenefits: {kelaDisabilityPension: true}\n")
        #expect(result[0].baseline.amount(.kelaDisabilityPension) == money("692.54"))
        #expect(result[0].baseline.amount(.guaranteePension) == money("284.05"))  // 976.59 − 692.54
    }

    @Test func aPensionBelowTheMinimumIsNotPaid() throws {
        // 775.70 − ½ × (1 601.50 − 65.62) = 7.76 €, under the 7.90 € minimum.
        let result = try month("benefits: {kelaDisabilityPension: true, earningsRelatedPension: {monthly: 1601.50}}\n")
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

    @Test func twoMonthsOverTheLimitAreAllowedAndTheThirdRests() throws {
        let result = try month("""
        benefits: {earningsRelatedPension: {monthly: 800.00, earningsLimit: 1000.00}}
        job: {pattern: {hoursPerWeek: 25}, monthlySalary: 1000.01}
        """ + "\n", months: 4)
        #expect(result.map { $0.withJob.amount(.earningsRelatedPension) } == [money("800.00"), money("800.00"), .zero, .zero])
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

    @Test func holidayBonusCanPushAMonthOverTheKelaLimit() throws {
        let result = try month("""
        benefits: {kelaDisabilityPension: true}
        job:
          pattern: {daysPerWeek: 3, hoursPerDay: 5}
          hourlyWage: 12.40
          extraPay: [{month: 2024-06, kind: holidayBonus, amount: 250.00}]
        """ + "\n", start: "2024-05", months: 3)
        #expect(result.map { $0.withJob.amount(.kelaDisabilityPension) } == [money("775.70"), .zero, money("775.70")])
    }

    @Test func unknownFiguresFor2026StopTheCalculationAndSaySo() throws {
        let result = try month("benefits: {kelaDisabilityPension: true}\njob: {pattern: {hoursPerWeek: 15}, hourlyWage: 12.40}\n",
                               start: "2026-02")
        #expect(result[0].baseline.amount(.kelaDisabilityPension) == nil)
        let stopped = result[0].baseline.warnings.first { $0.statement.kind == SimulationMessages.calculationStopped }
        #expect(stopped?.statement.values["parameter"] == .text("pension.kela.full_amount"))
        #expect(stopped?.statement.values["reason"] == .term("term.lookup.unknown"))
        let hint = result[0].baseline.warnings.first { $0.statement.kind == PensionMessages.warnGiveFromDecision }
        #expect(hint?.statement.values["field"] == .text("benefits.kelaDisabilityPension.monthly"))
    }

    @Test func amountsFromThePersonsDecisionAnswerWhereTheRulesCannot() throws {
        let result = try month("""
        benefits: {kelaDisabilityPension: {monthly: 790.00, earningsLimit: 990.00}}
        job: {pattern: {hoursPerWeek: 15}, hourlyWage: 12.40}
        """ + "\n", start: "2026-02")
        #expect(result[0].withJob.amount(.kelaDisabilityPension) == money("790.00"))
        #expect(result[0].withJob.amount(.grossWage) == money("806.00"))
        // The guarantee pension's 2026 amount is not known: it is left out, not guessed.
        #expect(result[0].withJob.amount(.guaranteePension) == nil)
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
