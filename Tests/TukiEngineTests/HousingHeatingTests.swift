import Testing
@testable import TukiEngine

/// Separately paid heating in the general housing allowance: Kela's standard amount, not the actual cost.
struct HousingHeatingTests {
    let rules: RuleSet
    init() throws { rules = try RuleLoader.load(directory: TestPaths.rules) }

    func month(heating: String, _ rules: RuleSet) throws -> MonthFigures {
        try Simulation(rules: rules).run(scenario("""
            name: heating
            start: 2026-03
            months: 1
            person: {birthYear: 1985, municipality: Kajaani}
            household: {adults: 1, children: 1}
            housing: {rent: 300.00, heating: \(heating), netAssets: 0}

            """)).months[0].baseline
    }

    /// With the 2024 standard (46 € + 16 € per extra person) set for 2026 by an overlay, two persons' heating counts
    /// as 62 € whatever is paid, and a different amount paid is pointed out; 62 € paid needs no note.
    @Test(arguments: [("100.00", "62.00"), ("50.00", "62.00"), ("62.00", "62.00")])
    func heatingIsCountedUpToTheStandard(paid: String, counted: String) throws {
        let overlay = try temporaryFile("""
        namespace: housing.general
        parameters:
          heating_one_person:
            source: {law: Test fixture, note: The 2024 figure set for 2026.}
            values:
              2026-01-01: {value: 46.00, status: unverified}
          heating_extra_person:
            source: {law: Test fixture, note: The 2024 figure set for 2026.}
            values:
              2026-01-01: {value: 16.00, status: unverified}
        """)
        let result = try month(heating: paid, rules.applying(try RuleLoader.loadOverlay(path: overlay, for: rules)))
        let costs = try #require(result.trace.first { $0.statement.kind == HousingMessages.costs })
        #expect(costs.statement.values["heating"] == .money(money(counted)))
        #expect(result.trace.contains { $0.statement.kind == HousingMessages.heatingStandard } == (paid != counted))
        #expect(result.warnings.contains { $0.statement.kind == HousingMessages.warnHeatingStandard } == (paid != counted))
    }

    /// The 2025 figures conflict, so the standard is unknown: the amount given is counted and the first month says so.
    @Test func anUnknownStandardCountsTheAmountGivenWithAWarning() throws {
        let result = try month(heating: "100.00", rules)
        let costs = try #require(result.trace.first { $0.statement.kind == HousingMessages.costs })
        #expect(costs.statement.values["heating"] == .money(money("100.00")))
        #expect(result.warnings.contains { $0.statement.kind == HousingMessages.warnHeatingStandardUnknown })
        #expect(result.amount(.housingAllowance) != nil)
    }
}
