import Foundation
import Testing
@testable import TukiEngine

@Suite struct ParameterDateTests {
    let rules: RuleSet

    init() throws {
        let temporary = try TemporaryRules(files: ["dated.yaml": try fixtureText("dated-limit.yaml")])
        defer { temporary.remove() }
        rules = try temporary.load()
    }

    @Test func aValueHoldsFromItsDateUntilTheNext() throws {
        let limit: ParameterID = "test.dated.limit"
        #expect(try rules.at(Day(iso: "2025-12-31")!).amount(limit).value == money("976.59"))
        #expect(try rules.at(Day(iso: "2026-01-01")!).amount(limit).value == money("1000.00"))
        #expect(try rules.at(Day(iso: "2026-01-02")!).amount(limit).value == money("1000.00"))
    }

    @Test func aUseCitesTheValuesDateStatusAndSource() throws {
        let use = try rules.at(Day(iso: "2026-06-01")!).amount("test.dated.limit").use
        #expect(use.validFrom == Day(iso: "2026-01-01"))
        #expect(use.status == .unverified)
        #expect(use.source.law == "Testilaki 2/2026")
        #expect(try rules.at(Day(iso: "2025-06-01")!).amount("test.dated.limit").use.source.law == "Testilaki 1/2025")
    }

    @Test func noValueBeforeTheFirstDateNullAndUnknownAreReportedNotGuessed() {
        let limit: ParameterID = "test.dated.limit"
        #expect(throws: ParameterLookupError(id: limit, date: Day(iso: "2024-12-31")!, reason: .noValue)) {
            try rules.at(Day(iso: "2024-12-31")!).amount(limit)
        }
        #expect(throws: ParameterLookupError(id: limit, date: Day(iso: "2027-03-01")!, reason: .notInForce)) {
            try rules.at(Day(iso: "2027-03-01")!).amount(limit)
        }
        #expect(throws: ParameterLookupError(id: limit, date: Day(iso: "2028-03-01")!, reason: .unknown)) {
            try rules.at(Day(iso: "2028-03-01")!).amount(limit)
        }
    }

    @Test func readsTablesAndRatesByType() throws {
        let parameters = rules.at(Day(iso: "2026-01-01")!)
        #expect(try parameters.table("test.dated.ceiling").value.value(at: ["2", "1"]) == .amount(money("447.00")))
        #expect(try parameters.rate("test.dated.share").value == Rate(exactly: "0.70"))
        #expect(throws: ParameterLookupError.self) { try parameters.amount("test.dated.share") }
    }

    @Test func theStateTaxScaleOf2026MatchesTheWorkedExamples() throws {
        // Domain notes §6.2: taxable income 13 395.83 € and 26 271.52 € in 2026.
        let repository = try RuleLoader.load(directory: TestPaths.rules)
        let scale = try repository.at(Day(iso: "2026-01-01")!).scale("tax.state.earned_income_scale").value
        #expect(scale.apply(to: money("13395.83")) == money("1693.23"))
        #expect(scale.apply(to: money("26271.52")) == money("3592.39"))
        #expect(scale.apply(to: money("22000.00")) == money("2780.80"))
        #expect(scale.apply(to: money("52100.00")) == money("11053.55"))
    }
}
