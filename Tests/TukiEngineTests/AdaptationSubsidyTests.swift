import Testing
@testable import TukiEngine

/// Tools and changes up to 4 000 € a person; a co-worker's help at 20 €/h, at most 20 h a month for 18 months.
@Suite struct AdaptationSubsidyTests {
    let view: EmployerView

    init() throws { view = try EmployerView() }

    func run(_ request: String, months: Int = 1) throws -> SubsidyResult {
        try view.run(months: months, employer: "kind: company\nadaptationSubsidy: {causedByInjuryOrIllness: true, \(request)}")
    }

    @Test(arguments: [("1500.00", "1500.00"), ("4000.00", "4000.00"), ("5200.00", "4000.00")])
    func toolsAndChangesAreCappedPerPerson(cost: String, expected: String) throws {
        #expect(try run("equipmentCost: \(cost)").amounts(.adaptationSubsidy) == [money(expected)])
    }

    @Test func toolsArePaidInTheirMonthOnly() throws {
        let result = try run("equipmentCost: 1200.00, equipmentMonth: 2024-04", months: 3)
        #expect(result.amounts(.adaptationSubsidy) == [nil, money("1200.00"), nil])
    }

    @Test(arguments: [("10", "200.00"), ("20", "400.00"), ("25", "400.00"), ("7.5", "150.00")])
    func coworkerHelpIsCappedAt20HoursAMonth(hours: String, expected: String) throws {
        #expect(try run("coworkerHelpHours: \(hours)").amounts(.adaptationSubsidy) == [money(expected)])
    }

    @Test func coworkerHelpEndsAfter18Months() throws {
        let amounts = try run("coworkerHelpHours: 10", months: 20).amounts(.adaptationSubsidy)
        #expect(amounts == Array(repeating: money("200.00"), count: 18) + [nil, nil])
    }

    @Test func aNeedNotCausedByInjuryOrIllnessGetsNothing() throws {
        let result = try view.run(employer: "kind: company\nadaptationSubsidy: {causedByInjuryOrIllness: false, equipmentCost: 900.00}")
        #expect(result.adaptationSubsidy?.eligibility.outcome == .notEligible)
        #expect(result.amounts(.adaptationSubsidy) == [.zero])
    }

    @Test func anUnstatedNeedLeavesTheSubsidyOpen() throws {
        let result = try view.run(employer: "kind: company\nadaptationSubsidy: {equipmentCost: 900.00}")
        #expect(result.adaptationSubsidy?.eligibility.outcome == .open)
        #expect(result.amounts(.adaptationSubsidy) == [money("900.00")])
        #expect(result.warnings.contains { $0.statement.values["subsidy"] == .term("term.subsidy.adaptation") })
    }
}
