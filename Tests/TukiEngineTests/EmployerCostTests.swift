import Testing
@testable import TukiEngine

/// The employer's wage cost from tax.employer.* and the net cost after wage subsidy.
@Suite struct EmployerCostTests {
    let view: EmployerView

    init() throws { view = try EmployerView() }

    /// The rates of the worked example in shared/domain/wage-subsidy-tax.md §6.2: TyEL 17.10 %, unemployment
    /// 0.31 %, health insurance 1.87 % (the 2025 rate as a placeholder), accident 0.70 %, group life 0.06 % = 20.04 %.
    static let workedExampleRates = """
    contributionRates: {pension: 0.1710, healthInsurance: 0.0187, unemploymentInsurance: 0.0031,
                        accidentInsurance: 0.0070, groupLifeInsurance: 0.0006}
    """

    @Test func theWorkedExampleCosts3001AndNets1251() throws {
        let result = try view.run(start: "2026-03", employer: view.eligible(.reducedCapacity) + "\n" + Self.workedExampleRates)
        #expect(result.amounts(.employerContributions) == [money("501.00")])
        #expect(result.amounts(.employerWageCost) == [money("3001.00")])
        #expect(result.amounts(.wageSubsidy) == [money("1750.00")])
        #expect(result.amounts(.employerNetCost) == [money("1251.00")])
    }

    @Test func the2025RulesGive20Point21PercentSo2500Costs3005Point25() throws {
        // TyEL 17.38 % + health 1.87 % + unemployment 0.20 % + accident 0.70 % + group life 0.06 %:
        // 434.50 + 46.75 + 5.00 + 17.50 + 1.50 = 505.25; net 3 005.25 − 1 750 = 1 255.25.
        let result = try view.run(start: "2025-03", employer: view.eligible(.reducedCapacity))
        #expect(result.amounts(.employerContributions) == [money("505.25")])
        #expect(result.amounts(.employerWageCost) == [money("3005.25")])
        #expect(result.amounts(.employerNetCost) == [money("1255.25")])
    }

    @Test func the2026RulesGive20Point08PercentSo2500Costs3002() throws {
        // TyEL 17.10 % + health 1.91 % + unemployment 0.31 % + accident 0.70 % + group life 0.06 %:
        // 427.50 + 47.75 + 7.75 + 17.50 + 1.50 = 502.00; net 3 002.00 − 1 750 = 1 252.00.
        let result = try view.run(start: "2026-03", employer: view.eligible(.reducedCapacity))
        #expect(result.amounts(.employerContributions) == [money("502.00")])
        #expect(result.amounts(.employerWageCost) == [money("3002.00")])
        #expect(result.amounts(.employerNetCost) == [money("1252.00")])
    }

    @Test func anUnknownHealthInsuranceRateStopsTheCostAndSaysWhy() throws {
        let unknownRate = try unknownValueOverlay("tax.employer.health_insurance_rate", from: "2026-01-01")
        let result = try EmployerView(overlays: [unknownRate]).run(start: "2026-03", employer: view.eligible(.reducedCapacity))
        #expect(result.amounts(.employerWageCost) == [nil])
        #expect(result.amounts(.employerNetCost) == [nil])
        #expect(result.amounts(.wageSubsidy) == [money("1750.00")], "the subsidy does not depend on the cost")
        let stopped = try #require(result.warnings.first { $0.statement.kind == SimulationMessages.calculationStopped })
        #expect(stopped.statement.values["parameter"] == .text("tax.employer.health_insurance_rate"))
    }

    /// A worker who turns 71 in 2026 (born 1955) is past the TyEL insurance age (68 for those born by 1957, STM), the
    /// health insurance ages (16–67) and the unemployment insurance ages (18–64, the employer's as well as the
    /// employee's) all year: none of them is charged, each saying why. 2 500 € × (0.70 % + 0.06 %) = 17.50 + 1.50 = 19.00.
    /// Born 1958, TyEL runs to 69: turning 68 in 2026 it is due; born 1957 (limit 68), turning 69, it is not.
    /// Turning 65, the unemployment contribution is still due until the birthday, so it is kept.
    @Test func contributionsFollowTheWorkersAge() throws {
        let notDue = { (result: SubsidyResult) in
            result.months[0].figures.trace.filter { $0.statement.kind == EmployerCostMessages.contributionNotDue }
                .compactMap { $0.statement.values["contribution"] }
        }
        let born1958 = try view.run(start: "2026-03", birthYear: 1958, employer: view.eligible(.reducedCapacity))
        #expect(notDue(born1958) == [.term(EmployerContribution.unemploymentInsurance.termKey)])
        let born1957 = try view.run(start: "2026-03", birthYear: 1957, employer: view.eligible(.reducedCapacity))
        #expect(notDue(born1957) == [.term(EmployerContribution.pension.termKey), .term(EmployerContribution.healthInsurance.termKey),
                                     .term(EmployerContribution.unemploymentInsurance.termKey)])
        let result = try view.run(start: "2026-03", birthYear: 1955, employer: view.eligible(.reducedCapacity))
        #expect(result.amounts(.employerContributions) == [money("19.00")])
        #expect(notDue(result) == [.term(EmployerContribution.pension.termKey), .term(EmployerContribution.healthInsurance.termKey),
                                   .term(EmployerContribution.unemploymentInsurance.termKey)])
        // 2 500 € × (17.10 % + 1.91 % + 0.31 % + 0.70 % + 0.06 %) = 502.00: every contribution in the year of turning 65.
        let turning65 = try view.run(start: "2026-03", birthYear: 1961, employer: view.eligible(.reducedCapacity))
        #expect(notDue(turning65).isEmpty)
        #expect(turning65.amounts(.employerContributions) == [money("502.00")])
        let young = try view.run(start: "2026-03", birthYear: 1990, employer: view.eligible(.reducedCapacity))
        #expect(notDue(young).isEmpty)
    }

    /// Turning 65, the unemployment contribution is due only until the birthday, which the cost cannot know: once a year
    /// it says the whole year's contribution is the most it can be. Born 1958 (TyEL to 69), 2026 is no such year.
    @Test(arguments: [(1961, [EmployerContribution.unemploymentInsurance]), (1990, [])])
    func aContributionDueForPartOfTheYearIsSaidOnce(birthYear: Int, contributions: [EmployerContribution]) throws {
        let result = try view.run(start: "2026-11", months: 3, birthYear: birthYear, employer: view.eligible(.reducedCapacity))
        let notes = result.months.flatMap { month in
            month.figures.warnings.filter { $0.statement.kind == EmployerCostMessages.warnPartYearAge }.map { (month.month.description, $0) }
        }
        #expect(notes.map(\.0) == (contributions.isEmpty ? [] : ["2026-11"]))
        #expect(notes.map { $0.1.statement.values["contribution"] } == contributions.map { .term($0.termKey) })
    }

    /// A municipality's employees are insured under JuEL with Keva: without its own pension rate the TyEL average
    /// stands in, and the first month says so; with its own rate, nothing is said.
    @Test(arguments: [("", true), ("\ncontributionRates: {pension: 0.2350}", false)])
    func aPublicEmployerIsToldItsPensionIsNotTyEL(extra: String, warned: Bool) throws {
        let result = try view.run(start: "2026-03", months: 2, employer: view.eligible(.reducedCapacity, kind: .municipality) + extra)
        let warnings = result.warnings.filter { $0.statement.kind == EmployerCostMessages.warnPublicSectorPension }
        #expect(warnings.count == (warned ? 1 : 0))
    }

    /// Holiday compensation paid the month after the job ends is still the employer's cost (with contributions, no subsidy).
    @Test func extraPayAfterTheJobIsPartOfTheEmployersCost() throws {
        let result = try view.run(start: "2026-03", months: 2,
                                  job: "end: 2026-03\npattern: {hoursPerWeek: 37.5}\nmonthlySalary: 2500.00\nextraPay: [{month: 2026-04, kind: holidayCompensation, amount: 300.00}]",
                                  employer: view.eligible(.reducedCapacity))
        #expect(result.months.map(\.month) == [YearMonth(year: 2026, month: 3)!, YearMonth(year: 2026, month: 4)!])
        // 300 × 20.08 % (TyEL 17.10 + health 1.91 + unemployment 0.31 + accident 0.70 + group life 0.06) = 60.24.
        #expect(result.months[1].figures.amount(.employerWageCost) == money("360.24"))
        #expect(result.months[1].figures.amount(.employerNetCost) == money("360.24"))
    }

    @Test func theEmployersOwnRateTakesThePlaceOfTheRules() throws {
        // 2026 rules: TyEL 17.10 %, unemployment 0.31 %, accident 0.70 %, group life 0.06 %; own health insurance 1.87 %.
        let result = try view.run(start: "2026-03", employer: view.eligible(.reducedCapacity)
                                  + "\ncontributionRates: {healthInsurance: 0.0187}")
        #expect(result.amounts(.employerWageCost) == [money("3001.00")])
        #expect(result.amounts(.employerNetCost) == [money("1251.00")])
        let own = result.months[0].figures.trace.filter { $0.statement.kind == EmployerCostMessages.contributionOwn }
        #expect(own.map { $0.statement.values["contribution"] } == [.term(EmployerContribution.healthInsurance.termKey)])
    }

    @Test(arguments: [("1000000.00", "7.75"), ("3000000.00", "18.00")])
    func thePayrollChoosesTheUnemploymentTier(payroll: String, contribution: String) throws {
        // 2026: 0.31 % up to 2 509 500 € of payroll, 0.72 % above.
        let result = try view.run(start: "2026-03", employer: view.eligible(.reducedCapacity)
                                  + "\nannualPayroll: \(payroll)\ncontributionRates: {healthInsurance: 0.0187}")
        let step = try #require(result.months[0].figures.trace.first {
            $0.statement.values["contribution"] == .term(EmployerContribution.unemploymentInsurance.termKey)
        })
        #expect(step.statement.values["amount"] == .money(money(contribution)))
    }

    @Test func withoutWageSubsidyTheNetCostIsTheWageCost() throws {
        let result = try view.run(start: "2025-03", employer: "kind: company")
        #expect(result.wageSubsidy == nil)
        #expect(result.amounts(.employerNetCost) == [money("3005.25")])
    }

    @Test func aSubsidyRuledOutLeavesTheFullCost() throws {
        let result = try view.run(start: "2025-03", employer: view.eligible(.reducedCapacity, kind: .privateHousehold))
        #expect(result.amounts(.wageSubsidy) == [.zero])
        #expect(result.amounts(.employerNetCost) == [money("3005.25")])
    }

    @Test func extraPayCarriesContributionsButHolidayBonusGetsNoSubsidy() throws {
        let result = try view.run(start: "2025-06", job: """
        pattern: {hoursPerWeek: 37.5}
        monthlySalary: 2500.00
        extraPay: [{month: 2025-06, kind: holidayBonus, amount: 500.00}]
        """, employer: view.eligible(.reducedCapacity) + "\n" + Self.workedExampleRates)
        // 3 000 × 20.04 % = 601.20; subsidy on 2 500 only = 1 750; net 3 601.20 − 1 750 = 1 851.20.
        #expect(result.amounts(.employerWageCost) == [money("3601.20")])
        #expect(result.amounts(.wageSubsidy) == [money("1750.00")])
        #expect(result.amounts(.employerNetCost) == [money("1851.20")])
    }
}
