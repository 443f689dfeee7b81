import Testing
@testable import TukiEngine

/// What a pension's rest means for the benefits that rest on the pension: the care allowance for pensioners and the
/// pensioners' housing allowance, whose rules during a rest came from an act that expired at the end of 2024.
struct PensionRestSideEffectsTests {
    let rules: RuleSet
    init() throws { rules = try RuleLoader.load(directory: TestPaths.rules) }

    func months(_ start: String, _ extra: String) throws -> [MonthResult] {
        try Simulation(rules: rules).run(scenario("""
            name: rest
            start: \(start)
            months: 3
            person: {birthYear: 1980, municipality: Tampere}
            benefits: {kelaDisabilityPension: {monthly: 700.00, earningsLimit: 1000.00}, disabilityAllowance: {level: increased, monthly: 181.56}}
            job: {pattern: {hoursPerWeek: 30}, monthlySalary: 1100.00}
            \(extra)

            """)).months
    }

    @Test func theCareAllowanceWarnsOnceAtTheStartOfARest() throws {
        let result = try months("2026-03", "")
        let warnings = result.flatMap(\.withJob.warnings).filter { $0.statement.kind == PensionMessages.warnCareAllowanceDuringRest }
        #expect(warnings.count == 1)
        #expect(result.allSatisfy { $0.withJob.amount(.disabilityAllowance) == money("181.56") })
        #expect(!result.flatMap(\.baseline.warnings).contains { $0.statement.kind == PensionMessages.warnCareAllowanceDuringRest })
    }

    /// From 2025 the rule is not known, so the first month of the rest says so; in 2024 the act was in force.
    @Test(arguments: [("2026-03", true), ("2024-03", false)])
    func thePensionersHousingAllowanceWarnsDuringARestFrom2025(start: String, warned: Bool) throws {
        let result = try months(start, "housing: {rent: 500.00, pensionersMunicipalityGroup: III, netAssets: 0}")
        let warnings = result.flatMap(\.withJob.warnings).filter { $0.statement.kind == HousingMessages.warnPensionersAllowanceDuringRest }
        #expect(warnings.count == (warned ? 1 : 0))
    }
}
