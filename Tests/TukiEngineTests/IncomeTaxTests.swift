import Testing
@testable import TukiEngine

@Suite struct IncomeTaxTests {
    let rules: RuleSet

    init() throws { rules = try RuleLoader.load(directory: TestPaths.rules) }

    func tax(wage: String, pension: String = "0", year: Int = 2026, age: Int = 40, children: Int = 0,
             municipality: String? = "Helsinki", church: Bool = false) throws -> IncomeTaxResult {
        let income = AnnualIncome(year: year, wage: money(wage), pension: money(pension), age: age, children: children,
                                  municipality: municipality, churchMember: church)
        return try IncomeTax(parameters: rules.at(Day(year: year, month: 1, day: 1)!)).compute(income)
    }

    func value(_ result: IncomeTaxResult, _ kind: MessageKind, _ argument: String) -> TraceValue? {
        result.steps.first { $0.statement.kind == kind }?.statement.values[argument]
    }

    /// Domain notes §6.2: 18 000 €/yr, aged 40, Helsinki 5.30 %, 2026 parameters.
    @Test func aWageEarnerAt18000In2026PaysOnlyTheDailyAllowanceContributionAndYleTax() throws {
        let result = try tax(wage: "18000")
        #expect(value(result, TaxMessages.basicAllowance, "amount") == .money(money("2221.57")))
        #expect(value(result, TaxMessages.taxableIncome, "amount") == .money(money("13395.83")))
        #expect(value(result, TaxMessages.stateTax, "amount") == .money(money("1693.23")))
        #expect(value(result, TaxMessages.earnedIncomeCredit, "amount") == .money(money("3240.00")))
        #expect(value(result, TaxMessages.creditSpillOver, "municipal") == .money(.zero))
        #expect(value(result, TaxMessages.yleTax, "amount") == .money(money("52.50")))
        #expect(result.withholdable == money("210.90"))
        #expect(result.payrollContributions == money("1474.20"))  // 1 314.00 + 160.20
    }

    /// TyEL insurance ends at 68 for people born by 1957, 69 for 1958–1961 (STM): in 2026 a 69-year-old born 1957 pays
    /// no pension contribution, a 68-year-old born 1958 pays 7.30 % (10 000 × 7.30 % = 730.00). Neither pays unemployment
    /// insurance (18–64).
    @Test(arguments: [(69, "0.00"), (68, "730.00")])
    func thePensionContributionEndsAtTheCohortsInsuranceAge(age: Int, contributions: String) throws {
        #expect(try tax(wage: "10000", age: age).payrollContributions == money(contributions))
    }

    /// Domain notes §6.2: 30 000 €/yr in Helsinki: taxes incl. the daily allowance contribution 2 267.77 €.
    @Test func aWageEarnerAt30000In2026() throws {
        let result = try tax(wage: "30000")
        #expect(value(result, TaxMessages.basicAllowance, "amount") == .money(money("257.48")))
        #expect(value(result, TaxMessages.stateTax, "amount") == .money(money("3592.39")))
        #expect(value(result, TaxMessages.creditAgainstStateTax, "remaining") == .money(money("162.39")))
        #expect(value(result, TaxMessages.municipalTax, "amount") == .money(money("1392.39")))
        #expect(value(result, TaxMessages.medicalCareContribution, "amount") == .money(money("288.99")))
        #expect(value(result, TaxMessages.yleTax, "amount") == .money(money("160.00")))
        #expect(value(result, TaxMessages.yleTax, "maximum") == .money(money("160.00")), "the step says the cap applied")
        #expect(result.withholdable == money("2267.77"))
        #expect(result.withholdable + result.payrollContributions == money("4724.77"))
    }

    @Test func helsingforsPaysHelsinkisRateAndTheStepSaysWhy() throws {
        let result = try tax(wage: "30000", municipality: "helsingfors")
        #expect(value(result, TaxMessages.municipalTax, "amount") == .money(money("1392.39")))
        let step = result.steps.first { $0.statement.kind == MunicipalityName.swedishName }
        #expect(step?.statement.values["finnish"] == .text("Helsinki"))
        #expect(step?.parameters.map(\.id) == [MunicipalityName.swedishNames])
    }

    /// Domain notes §6.2, third column: the same wage at a 7.57 % municipal rate (the 2026 average) pays 2 864.13 €.
    @Test func anUnlistedMunicipalityUsesTheAverageRate() throws {
        let result = try tax(wage: "30000", municipality: "Nowhere")
        #expect(result.steps.contains { $0.statement.kind == TaxMessages.municipalAverageRate })
        #expect(value(result, TaxMessages.municipalTaxAtAverage, "amount") == .money(money("1988.75")))
        #expect(result.withholdable == money("2864.13"))
    }

    @Test(arguments: [("17254.99", false), ("17255.00", true), ("17255.01", true)])
    func theDailyAllowanceContributionStartsAtItsThreshold(wage: String, charged: Bool) throws {
        let result = try tax(wage: wage)
        #expect(result.steps.contains { $0.statement.kind == TaxMessages.dailyAllowanceContribution } == charged)
        #expect(result.steps.contains { $0.statement.kind == TaxMessages.dailyAllowanceBelowThreshold } == !charged)
    }

    @Test func theCreditSpillsOverToMunicipalTaxInProportion() throws {
        // 25 000 €: state tax 2 642.60 €, credit 3 430 €; the excess 787.40 € is taken off municipal tax (1 108.05 €)
        // and the medical care contribution (229.97 €) in proportion: 1 108.05 − 787.40 × 1 108.05 / 1 338.02 = 455.98.
        let result = try tax(wage: "25000")
        guard case let .money(excess)? = value(result, TaxMessages.creditAgainstStateTax, "excess"),
              case let .money(municipal)? = value(result, TaxMessages.municipalTax, "amount"),
              case let .money(reducedMunicipal)? = value(result, TaxMessages.creditSpillOver, "municipal")
        else { Issue.record("missing steps"); return }
        #expect(excess > .zero)
        #expect(reducedMunicipal < municipal)
        #expect(reducedMunicipal == money("455.98"))
    }

    /// 2026: the earned income credit's maximum 3 430 € rises 105 € per minor child, doubled for a sole guardian (Vero):
    /// two children give 3 640 €, or 3 850 € to a sole guardian.
    @Test(arguments: [(false, "3640.00"), (true, "3850.00")])
    func aSoleGuardianGetsTheChildIncrementTwice(soleGuardian: Bool, maximum: String) throws {
        let income = AnnualIncome(year: 2026, wage: money("30000"), pension: .zero, age: 40, children: 2, soleGuardian: soleGuardian,
                                  municipality: "Helsinki", churchMember: false)
        let result = try IncomeTax(parameters: rules.at(Day(year: 2026, month: 1, day: 1)!)).compute(income)
        #expect(value(result, TaxMessages.earnedIncomeCredit, "maximum") == .money(money(maximum)))
    }

    @Test func aPersonAged66GetsTheLargerCreditMaximum() throws {
        let young = try tax(wage: "30000", age: 40)
        let older = try tax(wage: "30000", age: 66)
        #expect(value(young, TaxMessages.earnedIncomeCredit, "maximum") == .money(money("3430.00")))
        #expect(value(older, TaxMessages.earnedIncomeCredit, "maximum") == .money(money("4630.00")))
    }

    @Test func unknownPensionFiguresStopThePensionersTaxButNotTheWageEarners() throws {
        let parameters = try TukiEngineTests.rules(rules, withUnknown: "tax.deductions.pension_income_deduction_full", from: "2026-01-01").at(Day(iso: "2026-01-01")!)
        func income(pension: String) -> AnnualIncome {
            AnnualIncome(year: 2026, wage: money("10000"), pension: money(pension), age: 40, children: 0,
                         municipality: "Helsinki", churchMember: false)
        }
        #expect(throws: ParameterLookupError.self) { try IncomeTax(parameters: parameters).compute(income(pension: "9000")) }
        #expect(throws: Never.self) { try IncomeTax(parameters: parameters).compute(income(pension: "0")) }
    }

    @Test(arguments: stride(from: 0, through: 60_000, by: 2_500).map { Int64($0) })
    func taxNeverFallsWhenTheWageRisesAndNeverExceedsIt(euros: Int64) throws {
        let lower = try tax(wage: Money.euros(euros).description)
        let higher = try tax(wage: Money.euros(euros + 100).description)
        #expect(higher.withholdable + higher.payrollContributions >= lower.withholdable + lower.payrollContributions)
        #expect(lower.withholdable >= .zero)
        #expect(lower.withholdable + lower.payrollContributions <= Money.euros(euros))
    }

    /// ETK 2025: pensions up to 13 756 €/yr are tax-free. With Vero's 2025 pension income deduction (11 030 €,
    /// 51 % of net earned income over it) tax starts there: 13 700 € pays nothing, 13 900 € pays a little.
    @Test func aPensionOnlyPersonStartsPayingTaxWhereETKSays() throws {
        func pensionTax(_ pension: String) throws -> Money {
            let income = AnnualIncome(year: 2025, wage: .zero, pension: money(pension), age: 45, children: 0,
                                      municipality: nil, churchMember: false)
            return try IncomeTax(parameters: rules.at(Day(iso: "2025-01-01")!)).compute(income).withholdable
        }
        #expect(try pensionTax("13700") == .zero)
        #expect(try pensionTax("13756") < money("1.00"))
        #expect(try pensionTax("13900") == money("55.82"))
    }

    /// Vero 2025: the deduction (at most 11 030 €) falls by 51 % of net earned income over 11 030 € and by 19.6 % of
    /// the part over 22 500 €, so it ends at 48 930 €: 22 500 → 11 030 − 0.51 × 11 470 = 5 180.30; 30 000 → 5 180.30
    /// − 0.196 × 7 500 = 3 710.30; 48 930 → 0.02; 48 931 → 0. In 2024 the second rate was 15 %: 30 000 → 10 920 − 0.51
    /// × 11 580 − 0.15 × 7 500 = 3 889.20.
    @Test(arguments: [(2025, "22500", "5180.30"), (2025, "30000", "3710.30"), (2025, "48930", "0.02"), (2025, "48931", "0.00"),
                      (2025, "5000", "5000.00"), (2024, "30000", "3889.20")])
    func thePensionIncomeDeductionFallsInTwoSteps(year: Int, pension: String, deduction: String) throws {
        let result = try tax(wage: "0", pension: pension, year: year)
        #expect(value(result, TaxMessages.pensionIncomeDeduction, "amount") == .money(money(deduction)))
    }

    /// Domain notes §6.3 (Veronmaksajat's 2024 example, wage 25 000 €): the earned income allowance is
    /// min(3 570, 51 % × 4 730 + 28 % × 17 770) − 4.5 % × (24 250 − 14 000) = 3 108.75, and the basic allowance then
    /// 3 980 − 18 % × (24 250 − 1 787.50 − 252.50 − 197.50 − 3 108.75 − 3 980) = 1 293.72 (Veronmaksajat rounds to 1 294).
    @Test func the2024EarnedIncomeAllowanceReproducesVeronmaksajatsExample() throws {
        let result = try tax(wage: "25000", year: 2024)
        #expect(value(result, TaxMessages.earnedIncomeAllowance, "accrued") == .money(money("7387.90")))
        #expect(value(result, TaxMessages.earnedIncomeAllowance, "reduction") == .money(money("461.25")))
        #expect(value(result, TaxMessages.earnedIncomeAllowance, "amount") == .money(money("3108.75")))
        #expect(value(result, TaxMessages.basicAllowance, "base") == .money(money("18903.75")))
        #expect(value(result, TaxMessages.basicAllowance, "amount") == .money(money("1293.72")))
    }

    /// Abolished from 2025: no allowance and no step. A pension alone never earns it in 2024 either.
    @Test func theEarnedIncomeAllowanceIsOnlyFor2024Wages() throws {
        #expect(value(try tax(wage: "25000", year: 2025), TaxMessages.earnedIncomeAllowance, "amount") == nil)
        #expect(value(try tax(wage: "0", pension: "20000", year: 2024), TaxMessages.earnedIncomeAllowance, "amount") == nil)
    }

    /// Vero 2024: 12 % of the wage, at most 2 140 €, less 2.03 % of net earned income over 23 420 €:
    /// 25 000 → min(3 000, 2 140) − 2.03 % × (24 250 − 23 420) = 2 140 − 16.85 = 2 123.15.
    @Test func the2024EarnedIncomeCreditFollowsVero() throws {
        let result = try tax(wage: "25000", year: 2024, children: 2)
        #expect(value(result, TaxMessages.earnedIncomeCredit, "maximum") == .money(money("2140.00")), "no child increment in 2024")
        #expect(value(result, TaxMessages.earnedIncomeCredit, "amount") == .money(money("2123.15")))
    }

    /// Kela, "Total pension and net pension as of 1 January 2025" (kela.fi/pension-income-and-taxation), pensioner
    /// living alone, average municipal tax 7.54 %, no church tax: the month's tax on each total pension.
    @Test(arguments: [("1116.53", "0.00"), ("1216.53", "27.08"), ("1316.53", "66.97"), ("1416.53", "108.01"),
                      ("1541.11", "159.14"), ("1566.53", "169.57"), ("1625.11", "193.61"), ("1750.00", "244.87"),
                      ("2000.00", "332.35")])
    func kelas2025PensionTaxTableIsReproduced(monthlyPension: String, monthlyTax: String) throws {
        let annual = try tax(wage: "0", pension: (money(monthlyPension) * 12).description, year: 2025, age: 70, municipality: nil)
        #expect(annual.withholdable.times(1, over: 12) == money(monthlyTax))
    }

    /// Veronmaksajat's other 2024 cases (domain notes §6.3): wage 12 500 € and pension 12 500 € give a basic
    /// allowance of 1 925 € (1 924.93), a pension of 25 000 € alone 1 031 € (1 031.46).
    @Test(arguments: [("12500", "12500", "1924.93"), ("0", "25000", "1031.46")])
    func veronmaksajats2024BasicAllowancesAreReproduced(wage: String, pension: String, basicAllowance: String) throws {
        let result = try tax(wage: wage, pension: pension, year: 2024)
        #expect(value(result, TaxMessages.basicAllowance, "amount") == .money(money(basicAllowance)))
    }
}
