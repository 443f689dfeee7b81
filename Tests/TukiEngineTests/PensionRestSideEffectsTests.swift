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

    /// Without act 738/2009 (from 2025) the rule is not known, so the first month of the rest says so; with the act
    /// in force (an overlay sets it for 2026) nothing is said.
    @Test(arguments: [false, true])
    func thePensionersHousingAllowanceWarnsDuringARestWithoutTheAct(actInForce: Bool) throws {
        var rules = self.rules
        if actInForce {
            let overlay = try temporaryFile("""
            namespace: pension.kela
            parameters:
              act_738_2009_in_force:
                source: {law: Test fixture, note: The act taken as in force in 2026.}
                values:
                  2026-01-01: true
            """)
            rules = try rules.applying(try RuleLoader.loadOverlay(path: overlay, for: rules))
        }
        let result = try Simulation(rules: rules).run(scenario("""
            name: rest
            start: 2026-03
            months: 3
            person: {birthYear: 1980, municipality: Tampere}
            benefits: {kelaDisabilityPension: {monthly: 700.00, earningsLimit: 1000.00}}
            housing: {rent: 500.00, pensionersMunicipalityGroup: III, netAssets: 0}
            job: {pattern: {hoursPerWeek: 30}, monthlySalary: 1100.00}

            """)).months
        #expect(result[0].withJob.amount(.housingAllowance) != nil, "the allowance is worked out, so the warning can be reached")
        let warnings = result.flatMap(\.withJob.warnings).filter { $0.statement.kind == HousingMessages.warnPensionersAllowanceDuringRest }
        #expect(warnings.count == (actInForce ? 0 : 1))
    }

    /// A full earnings-related pension still paid keeps the care allowance for pensioners due: no warning.
    @Test func aPensionStillPaidMeansNoRestWarning() throws {
        let result = try Simulation(rules: rules).run(scenario("""
            name: rest
            start: 2026-03
            months: 2
            person: {birthYear: 1980, municipality: Tampere}
            benefits: {kelaDisabilityPension: {monthly: 500.00, earningsLimit: 1000.00}, earningsRelatedPension: {monthly: 600.00, kind: full, earningsLimit: 1500.00}, disabilityAllowance: {level: increased, monthly: 181.56}}
            job: {pattern: {hoursPerWeek: 30}, monthlySalary: 1100.00}

            """)).months
        #expect(result[0].withJob.amount(.kelaDisabilityPension) == .zero)
        #expect(!result.flatMap(\.withJob.warnings).contains { $0.statement.kind == PensionMessages.warnCareAllowanceDuringRest })
    }
}
