import Testing
@testable import TukiEngine

/// Kela estimates the income a housing allowance counts ahead: the job's usual month, not each calendar month's pay;
/// and the pensioners' allowance counts the year ahead, in which a fixed-term job lasts only its months.
struct HousingIncomeEstimateTests {
    let rules: RuleSet
    init() throws { rules = try RuleLoader.load(directory: TestPaths.rules) }

    func allowances(_ yaml: String) throws -> [Money?] {
        try Simulation(rules: rules).run(scenario(yaml)).months.map { $0.withJob.amount(.housingAllowance) }
    }

    /// Hourly pay in the real calendar varies by month; the general allowance counts its usual month throughout.
    @Test func theGeneralAllowanceCountsTheUsualMonthWhateverTheCalendar() throws {
        let amounts = try allowances("""
            name: calendar
            start: 2026-03
            months: 6
            person: {birthYear: 1985, municipality: Lahti}
            housing: {rent: 600.00, netAssets: 0}
            job: {pattern: {daysPerWeek: 3, hoursPerDay: 5}, hourlyWage: 12.40, calendar: actual}

            """)
        #expect(Set(amounts).count == 1)
    }

    /// A pensioner living alone in Tampere (group III) with a job of 1 000 € a month ending in October 2026.
    static func fixedTerm(jobStart: String) -> String {
        """
        name: fixed term
        start: 2026-05
        months: 6
        person: {birthYear: 1980, municipality: Tampere}
        benefits: {kelaDisabilityPension: {earningsLimit: 1100.00}}
        housing: {rent: 500.00, pensionersMunicipalityGroup: III, netAssets: 0}
        job: {start: \(jobStart), end: 2026-10, pattern: {hoursPerWeek: 20}, monthlySalary: 1000.00}

        """
    }

    /// A six-month job (May–October 2026, 1 000 € a month) counts 6 000 € in the pensioners' year ahead, not 12 000 €:
    /// income (787.07 + 203.83 guarantee) × 12 + 6 000 = 17 890.80 €; the additional deductible
    /// 0.435 × (17 890.80 − 10 280) = 3 310.70; the allowance 0.85 × (6 000 − (681.39 + 3 310.70)) / 12 = 142.23 € a month.
    @Test func thePensionersAllowanceCountsAFixedTermJobForItsMonthsOnly() throws {
        #expect(try allowances(Self.fixedTerm(jobStart: "2026-05")).allSatisfy { $0 == money("142.23") })
    }

    /// The same months of the same fixed-term job give the same allowance whether the job started in the first
    /// simulated month or a year before it: the year ahead is counted from the simulation's start.
    @Test func aJobAlreadyGoingOnCountsItsRemainingMonths() throws {
        #expect(try allowances(Self.fixedTerm(jobStart: "2025-06")) == allowances(Self.fixedTerm(jobStart: "2026-05")))
    }
}
