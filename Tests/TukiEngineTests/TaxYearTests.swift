import Testing
@testable import TukiEngine

@Suite struct TaxYearTests {
    let rules: RuleSet

    init() throws { rules = try RuleLoader.load(directory: TestPaths.rules) }

    func run(_ yaml: String, rules: RuleSet? = nil) throws -> SimulationResult {
        Simulation(rules: rules ?? self.rules).run(try scenario(yaml))
    }

    static let fullTime = """
    name: t
    start: 2026-01
    months: 12
    person: {birthYear: 1986, municipality: Helsinki}
    job: {pattern: {hoursPerWeek: 37.5}, monthlySalary: 2500.00}

    """

    /// The employee's pension contribution is 8.65 % instead of 7.15 % from the month after the 53rd birthday (law
    /// 71/2016 4 §): in 2024 a person born in 1971 pays 1.5 % more of 16 498.92 € for between none and all of the
    /// year, 247.49 € at most, and only the birth year is known. Born in 1980, nothing changes in the year.
    @Test(arguments: [(1971, "1557.50", "1310.01"), (1980, nil, nil)])
    func aBirthdayThatChangesTheContributionsGivesTheirRange(birthYear: Int, used: String?, before: String?) throws {
        let result = try run("""
        name: t
        start: 2024-01
        months: 12
        person: {birthYear: \(birthYear), municipality: Helsinki}
        job: {pattern: {hoursPerWeek: 30}, monthlySalary: 1374.91}
        """)
        let warning = result.warnings.first { $0.statement.kind == TaxMessages.warnContributionsChangeAtBirthday }
        #expect(warning?.statement.values["used"] == used.map { .money(money($0)) })
        #expect(warning?.statement.values["before"] == before.map { .money(money($0)) })
        #expect(warning?.month.map(\.description) == (used == nil ? nil : "2024-01"))
    }

    /// With the job the 2025 Kela pension is not known (its earnings limit is not in the rules), so neither is the
    /// tax; the contributions from pay rest on the wage alone: 300 € × (7.15 % + 0.59 %) = 23.22 €. They were "not known".
    @Test func contributionsFromPayAreKnownWhenAPensionIsNot() throws {
        let result = try run("""
        name: t
        start: 2025-02
        months: 2
        person: {birthYear: 1990, municipality: Helsinki}
        benefits: {kelaDisabilityPension: true}
        job: {pattern: {hoursPerWeek: 6}, monthlySalary: 300.00}
        """)
        #expect(result.months.allSatisfy { $0.withJob.amount(.kelaDisabilityPension) == nil && $0.withJob.amount(.withheldTax) == nil })
        #expect(result.months.map { $0.withJob.amount(.payrollContributions) } == [money("23.22"), money("23.22")])
    }

    @Test func aFullYearsWithholdingComesCloseToTheFinalTax() throws {
        let result = try run(Self.fullTime)
        let year = try #require(result.taxYears.first { $0.variant == .withJob })
        #expect(year.finalTax == money("2267.77"))  // domain notes §6.2, 30 000 € in Helsinki
        let residual = try #require(year.residual)
        #expect(residual <= .zero && residual > money("-5.00"), "withholding should match the tax within the rounding of the rate")
        #expect(year.residual == year.finalTax! - year.withheld)
    }

    @Test func theSummaryGivesTheAverageGainAndOneMinusNetGainOverGrossGain() throws {
        let summary = try run(Self.fullTime).summary
        #expect(summary.averageGain == money("2106.25"))
        #expect(summary.participationTaxRate == Rate(exactly: "0.1575"))  // 1 − 2 106.25 / 2 500.00
    }

    /// When a pension the year's tax needs is unknown with the job, so is the tax withheld: it is listed as unknown,
    /// not left out (a report would otherwise show the change in withholding as 0.00 €).
    @Test func withholdingIsUnknownWhenTheYearsIncomeIs() throws {
        let rules = try TukiEngineTests.rules(self.rules, withUnknown: "pension.kela.earnings_limit", from: "2026-01-01")
        let result = try run("""
        name: t
        start: 2026-02
        months: 2
        person: {birthYear: 1990, municipality: Helsinki}
        benefits: {kelaDisabilityPension: true}
        job: {pattern: {hoursPerWeek: 15}, hourlyWage: 12.40}
        """ + "\n", rules: rules)
        let month = result.months[0]
        #expect(month.withJob.amount(.withheldTax) == nil)
        #expect(result.unknownLines(in: month.withJob).contains(.withheldTax))
        #expect(!result.isUnknown(.withheldTax, in: month.baseline))
    }

    /// With the job the year's income is unknown (the Kela earnings limit is), but before the job starts the months
    /// are the situation without it, withheld on the same card: their tax and net income are known. From the job's
    /// first month the tax and the net income are unknown, not blank; the contributions from pay rest on the wage alone.
    @Test func monthsBeforeTheJobKeepTheirNetIncomeWhenTheYearsIsUnknown() throws {
        let rules = try TukiEngineTests.rules(self.rules, withUnknown: "pension.kela.earnings_limit", from: "2026-01-01")
        let result = try run("""
        name: t
        start: 2026-01
        months: 5
        person: {birthYear: 1990, municipality: Helsinki}
        benefits: {kelaDisabilityPension: true}
        job: {start: 2026-03, pattern: {hoursPerWeek: 15}, hourlyWage: 12.40}
        """ + "\n", rules: rules)
        for month in result.months.prefix(2) {
            #expect(month.withJob.amount(.netIncome) != nil)
            #expect(month.withJob.amount(.netIncome) == month.baseline.amount(.netIncome))
            #expect(month.withJob.amount(.withheldTax) == month.baseline.amount(.withheldTax))
        }
        let march = result.months[2]
        #expect(march.withJob.amount(.netIncome) == nil)
        #expect(result.unknownLines(in: march.withJob).contains(.withheldTax))
        #expect(march.withJob.amount(.payrollContributions) != nil)
        #expect(!result.unknownLines(in: march.baseline).contains(.payrollContributions))
    }

    /// A year simulated only to August is completed with August repeated: the with-job months say so, once.
    @Test func aYearEndingBeforeDecemberSaysHowItIsCompleted() throws {
        let result = try run(Self.fullTime.replacingOccurrences(of: "months: 12", with: "months: 8"))
        let notes = result.months.flatMap(\.withJob.warnings).filter { $0.statement.kind == TaxMessages.warnYearCompleted }
        #expect(notes.map { $0.statement.values["last"] } == [.month(YearMonth(year: 2026, month: 8)!)])
        #expect(try run(Self.fullTime).warnings.allSatisfy { $0.statement.kind != TaxMessages.warnYearCompleted })
    }

    /// One adult with children is taken as their sole guardian: in 2026 the earned income credit's maximum is
    /// 3 430 + 2 × 2 × 105 = 3 850 €; with a partner it is 3 430 + 2 × 105 = 3 640 €.
    @Test(arguments: [("{adults: 1, children: 2}", "3850.00"), ("{adults: 2, children: 2}", "3640.00")])
    func aSoleGuardiansChildIncrementIsDoubled(household: String, maximum: String) throws {
        let result = try run(Self.fullTime.replacingOccurrences(of: "job:", with: "household: \(household)\njob:"))
        let year = try #require(result.taxYears.first { $0.variant == .withJob })
        let credit = year.steps.first { $0.statement.kind == TaxMessages.earnedIncomeCredit }
        #expect(credit?.statement.values["maximum"] == .money(money(maximum)))
        // The step explaining the increment says whether it was doubled.
        let children = year.steps.first { $0.statement.kind == TaxMessages.earnedIncomeCreditChildren }
        #expect(children?.statement.values["soleGuardian"] == .text(maximum == "3850.00" ? "yes" : "no"))
    }

    /// A job going on since before the calculation is in the year's months before it too: 12 × 2 500 = 30 000 €.
    @Test func aJobAlreadyGoingOnIsInTheMonthsBeforeTheCalculation() throws {
        let result = try run("""
            name: ongoing
            start: 2026-05
            months: 8
            person: {birthYear: 1980, municipality: Tampere}
            job: {start: 2025-06, pattern: {hoursPerWeek: 37.5}, monthlySalary: 2500.00}

            """)
        #expect(result.taxYears.first { $0.variant == .withJob }?.estimate.wage == money("30000.00"))
    }

    /// A revised card for a wage from April counts the tax already withheld from the pension in January–March, so the
    /// year's withholding meets its tax (a refund of 233.59 € before, when it did not).
    @Test func aRevisedCardCountsTheTaxAlreadyWithheld() throws {
        let result = try run("""
            name: revised
            start: 2026-01
            months: 12
            person: {birthYear: 1970, municipality: Helsinki, churchMember: true}
            benefits: {kelaDisabilityPension: {earningsLimit: 990.90}, earningsRelatedPension: {monthly: 1100.00, kind: full, establishedEarnings: 2800.00, earningsLimit: 1120.00}}
            job: {start: 2026-04, pattern: {hoursPerWeek: 24}, monthlySalary: 1050.00}

            """)
        let year = try #require(result.taxYears.first { $0.variant == .withJob })
        let finalTax = try #require(year.finalTax)
        #expect(year.revisedCard != nil)
        #expect((year.withheld - finalTax).cents.magnitude < 100, "within a euro of the year's tax")
    }

    /// One-off pay in the last simulated month is not repeated in the months after it, nor is a wage after the job
    /// ends: a job of 2 000 € a month January–May 2026 with 1 500 € holiday compensation in June, simulated to June,
    /// earns 5 × 2 000 + 1 500 = 11 500 € in the year.
    @Test func theMonthsAfterTheCalculationRepeatNoOneOffPayAndNoWageAfterTheJob() throws {
        let result = try run("""
            name: t
            start: 2026-01
            months: 6
            person: {birthYear: 1986, municipality: Helsinki}
            job: {end: 2026-05, pattern: {hoursPerWeek: 37.5}, monthlySalary: 2000.00, extraPay: [{month: 2026-06, kind: holidayCompensation, amount: 1500.00}]}

            """)
        let year = try #require(result.taxYears.first { $0.variant == .withJob })
        #expect(year.estimate.wage == money("11500.00"))
        // Simulated only to May, the June holiday compensation the scenario gives is still in the year.
        let toMay = try run("""
            name: t
            start: 2026-01
            months: 5
            person: {birthYear: 1986, municipality: Helsinki}
            job: {end: 2026-05, pattern: {hoursPerWeek: 37.5}, monthlySalary: 2000.00, extraPay: [{month: 2026-06, kind: holidayCompensation, amount: 1500.00}]}

            """)
        #expect(toMay.taxYears.first { $0.variant == .withJob }?.estimate.wage == money("11500.00"))
    }

    /// The 2024 church tax rates are not in the rules, so a church member's 2024 card and tax are unknown; the
    /// contributions taken from pay are not: 1 500 × (8.65 % TyEL at 54 + 0.79 % unemployment) = 141.60 a month.
    @Test func contributionsAreGivenWhenOnlyTheCardIsUnknown() throws {
        let result = try run("""
            name: church
            start: 2024-01
            months: 2
            person: {birthYear: 1970, municipality: Helsinki, churchMember: true}
            job: {pattern: {hoursPerWeek: 22}, monthlySalary: 1500.00}

            """)
        #expect(result.months.map { $0.withJob.amount(.withheldTax) } == [nil, nil])
        #expect(result.months.map { $0.withJob.amount(.payrollContributions) } == [money("141.60"), money("141.60")])
    }

    /// An unknown housing allowance leaves the total income and the net income unknown, but not the tax year (the
    /// allowance is not taxed): the contributions taken from the wage are still given.
    @Test func contributionsAreGivenWhenOnlyTheTotalIncomeIsUnknown() throws {
        let rules = try TukiEngineTests.rules(self.rules, withUnknown: "housing.general.share", from: "2026-01-01")
        let result = try run("""
        name: t
        start: 2026-03
        months: 1
        person: {birthYear: 1990, municipality: Helsinki}
        housing: {rent: 700.00}
        job: {pattern: {hoursPerWeek: 20}, monthlySalary: 1200.00}
        """ + "\n", rules: rules)
        let month = result.months[0].withJob
        #expect(month.amount(.totalIncome) == nil)
        #expect(month.amount(.netIncome) == nil)
        #expect(month.amount(.payrollContributions) != nil)
        #expect(!result.unknownLines(in: month).contains(.payrollContributions))
    }

    /// Before the job the with-job month is the baseline's, so where the baseline's tax is unknown (January 2027, whose
    /// pension figures are not in the rules) so is the with-job month's, even with the person's own card given.
    @Test func aMonthBeforeTheJobIsNeverTaxedOnPartOfItsIncome() throws {
        let result = try run("""
        name: t
        start: 2026-11
        months: 4
        person: {birthYear: 1990, municipality: Helsinki}
        benefits: {kelaDisabilityPension: true}
        job: {start: 2027-02, pattern: {hoursPerWeek: 15}, hourlyWage: 12.40}
        tax: {currentCard: {basePercent: 10, incomeLimit: 20000, additionalPercent: 30, pensionPercent: 10}}
        """ + "\n")
        let january = try #require(result.months.first { $0.month.description == "2027-01" })
        #expect(january.baseline.amount(.withheldTax) == nil)
        #expect(january.withJob.amount(.withheldTax) == nil)
    }

    /// When the year's tax stops (here the average municipal rate is unknown) the contributions taken from pay are
    /// still worked out from the person's card, and an unverified rate behind them still warns.
    @Test func contributionsFromUnverifiedRatesWarnWhenTheYearsTaxIsUnknown() throws {
        let unverifiedRate = try temporaryFile("""
        namespace: tax.contributions
        parameters:
          tyel_employee_rate:
            source: {law: Test fixture}
            values:
              2026-01-01: {value: 0.0715, status: unverified}
        """)
        let withoutAverage = try TukiEngineTests.rules(self.rules, withUnknown: "tax.municipal.average_rate", from: "2026-01-01")
        let rules = try withoutAverage.applying(try RuleLoader.loadOverlay(path: unverifiedRate, for: withoutAverage))
        let result = try run("""
        name: t
        start: 2026-03
        months: 1
        person: {birthYear: 1986, municipality: Nowhere}
        job: {pattern: {hoursPerWeek: 37.5}, monthlySalary: 2500.00}
        tax: {currentCard: {basePercent: 20, incomeLimit: 40000, additionalPercent: 40, pensionPercent: 10}}
        """ + "\n", rules: rules)
        let month = result.months[0].withJob
        #expect(month.amount(.payrollContributions) != nil)
        #expect(month.warnings.contains {
            $0.statement.kind == SimulationMessages.parameterUnverified
                && $0.statement.values["parameter"] == .text("tax.contributions.tyel_employee_rate")
        })
    }

    @Test func netIncomeIsIncomeLessWithholdingAndContributions() throws {
        for month in try run(Self.fullTime).months {
            let figures = month.withJob
            #expect(figures.amount(.payrollContributions) == money("204.75"))  // 8.19 % of 2 500
            #expect(figures.amount(.netIncome) == figures.amount(.totalIncome)! - figures.amount(.withheldTax)!
                    - figures.amount(.payrollContributions)!)
        }
    }

    @Test func aCurrentCardWithTooLowARateLeavesResidualTaxAndIsComparedWithARevisedCard() throws {
        let result = try run(Self.fullTime + """
        tax:
          revisedCard: true
          currentCard: {basePercent: 5, incomeLimit: 12000, additionalPercent: 30}
        """)
        let year = try #require(result.taxYears.first { $0.variant == .withJob })
        // Kept all year: 5 % of 12 000 + 30 % of 18 000 = 600 + 5 400 = 6 000.00 withheld.
        #expect(year.withheldKeepingCard == money("6000.00"))
        #expect(year.residualKeepingCard == year.finalTax! - money("6000.00"))
        #expect(result.warnings.contains { $0.statement.kind == TaxMessages.warnRevisedCard })
    }

    @Test func keepingACardWhoseLimitIsTooLowWarnsInTheMonthItIsPassed() throws {
        let result = try run(Self.fullTime + """
        tax:
          revisedCard: false
          currentCard: {basePercent: 9.6, incomeLimit: 12000, additionalPercent: 30}
        """)
        let passed = result.warnings.filter { $0.statement.kind == TaxMessages.warnIncomeLimitExceeded }.compactMap(\.month)
        #expect(passed == [YearMonth(iso: "2026-05")!])  // 12 500 € paid by the end of May
        let may = result.months[4].withJob
        // May: 2 000 € within the limit at 9.6 %, 500 € over it at 30 %: 192.00 + 150.00.
        #expect(may.amount(.withheldTax) == money("342.00"))
        let step = try #require(may.trace.first { $0.statement.kind == TaxMessages.withheldWageOverLimit })
        #expect(step.statement.values["withinLimit"] == .money(money("2000.00")))
        #expect(step.statement.values["overLimit"] == .money(money("500.00")))
        #expect(step.statement.values["amount"] == .money(money("342.00")))
        #expect(!may.trace.contains { $0.statement.kind == TaxMessages.withheldWage })
        #expect(result.months[3].withJob.trace.contains { $0.statement.kind == TaxMessages.withheldWage })
        // From June all the wage is over the limit passed in May: 30 % of 2 500.
        let june = try #require(result.months[5].withJob.trace.first { $0.statement.kind == TaxMessages.withheldWageAdditional })
        #expect(june.statement.values["amount"] == .money(money("750.00")))
        #expect(result.warnings.contains { $0.statement.kind == TaxMessages.warnResidualTax || $0.statement.kind == TaxMessages.warnRefund })
    }

    @Test func aCardWhoseAdditionalRateIsCutToAnUnverifiedCapCitesItAndWarnsWhereTheRateIsApplied() throws {
        let overlay = try temporaryFile("""
        namespace: tax.card
        parameters:
          additional_rate_max:
            source: {law: Test fixture, note: A cap low enough to apply}
            values:
              2026-01-01: {value: 0.05, status: unverified}
        """)
        var pensionRules = rules
        for fixture in ["hypothetical-pension-deduction.yaml", "hypothetical-benefit-medical-care.yaml"] {
            pensionRules = try pensionRules.applying(try RuleLoader.loadOverlay(path: TestPaths.fixture(fixture), for: pensionRules))
        }
        let capped = try pensionRules.applying(try RuleLoader.loadOverlay(path: overlay, for: pensionRules))
        // A pension and no wage before the job: the starting card's income limit is 0, so all the wage is over it,
        // and the marginal rate on a wage above the pension is more than the 5 % cap.
        let scenario = Self.fullTime + """
        benefits: {earningsRelatedPension: {monthly: 5000.00, kind: partial, earningsLimit: 8000.00}}
        tax: {revisedCard: false}

        """
        let result = try run(scenario, rules: capped)
        let year = try #require(result.taxYears.first { $0.variant == .withJob })
        #expect(year.card.additionalRate == Rate(exactly: "0.05"))
        #expect(year.card.additionalRateCap?.id == "tax.card.additional_rate_max")
        let january = result.months[0].withJob
        // The starting card's limit is 0: all of January's wage is over it, at the additional rate.
        let step = try #require(january.trace.first { $0.statement.kind == TaxMessages.withheldWageAdditional })
        #expect(step.statement.values["amount"] == .money(money("125.00")))  // 5 % of 2 500
        #expect(step.parameters.map(\.id) == ["tax.card.additional_rate_max"])
        for month in result.months {
            #expect(month.withJob.warnings.contains {
                $0.statement.kind == SimulationMessages.parameterUnverified
                    && $0.statement.values["parameter"] == .text("tax.card.additional_rate_max")
            })
        }
        let uncapped = try run(scenario, rules: pensionRules)
        #expect(uncapped.taxYears.allSatisfy { $0.card.additionalRateCap == nil && $0.card.additionalRate > Rate(exactly: "0.05")! })
        #expect(!uncapped.warnings.contains { $0.statement.values["parameter"] == .text("tax.card.additional_rate_max") })
    }

    @Test func aPensionerWithAPartTimeWageGetsTwoRates() throws {
        var withFixtures = rules
        for fixture in ["hypothetical-pension-deduction.yaml", "hypothetical-benefit-medical-care.yaml"] {
            withFixtures = try withFixtures.applying(try RuleLoader.loadOverlay(path: TestPaths.fixture(fixture), for: withFixtures))
        }
        let result = try run("""
        name: t
        start: 2026-01
        months: 12
        person: {birthYear: 1980, municipality: Helsinki}
        benefits: {earningsRelatedPension: {monthly: 1200.00, kind: partial, earningsLimit: 1500.00}}
        job: {pattern: {daysPerWeek: 3, hoursPerDay: 5}, hourlyWage: 12.40}
        """, rules: withFixtures)
        let baseline = try #require(result.taxYears.first { $0.variant == .baseline })
        let withJob = try #require(result.taxYears.first { $0.variant == .withJob })
        let card = try #require(withJob.revisedCard?.card)
        // The pension keeps the rate of the tax on the pension alone; the wage carries the rest of the tax.
        #expect(card.pensionRate == baseline.card.pensionRate)
        #expect(card.pensionRate > .zero)
        #expect(card.baseRate > card.pensionRate)
        let expectedWageTax = withJob.finalTax! - baseline.finalTax!
        #expect(card.baseRate == TaxCardCalculation.ratio(expectedWageTax, money("9672.00")))  // 12 × 806.00
    }

    @Test func aPensionersTaxWithUnknownDeductionFiguresSaysSoAndStillShowsTheGivenCardsWithholding() throws {
        let result = try run("""
        name: t
        start: 2026-01
        months: 2
        person: {birthYear: 1980}
        benefits: {earningsRelatedPension: {monthly: 1200.00, kind: partial, earningsLimit: 1500.00}}
        tax: {currentCard: {basePercent: 25, incomeLimit: 10000, additionalPercent: 40, pensionPercent: 12}}
        """, rules: try TukiEngineTests.rules(rules, withUnknown: "tax.deductions.pension_income_deduction_full", from: "2026-01-01"))
        #expect(result.taxYears.allSatisfy { $0.finalTax == nil })
        #expect(result.months[0].baseline.amount(.withheldTax) == money("144.00"))  // 12 % of 1 200
        let stopped = result.warnings.first { $0.statement.kind == SimulationMessages.calculationStopped }
        #expect(stopped?.statement.values["calculator"] == .term(CalculatorName.tax.termKey))
    }

    @Test(arguments: [Int64(500), 900, 1_400, 2_000, 3_000, 4_500])
    func netIncomeNeverExceedsGrossAndNoTaxIsNegative(salary: Int64) throws {
        let result = try run("name: t\nstart: 2026-01\nmonths: 12\nperson: {birthYear: 1990}\njob: {pattern: {hoursPerWeek: 30}, monthlySalary: \(salary)}\n")
        for month in result.months {
            #expect(month.withJob.amount(.netIncome)! <= month.withJob.amount(.totalIncome)!)
            #expect(month.withJob.amount(.withheldTax)! >= .zero)
        }
        for year in result.taxYears { #expect(year.finalTax.map { $0 >= .zero } ?? true) }
    }
}
