import Foundation
import Testing
@testable import TukiEngine

@Suite struct ParameterLookupTests {
    /// The lookup a simulation uses (the id index into the prepared timelines) finds, for every parameter of the
    /// repository's rules and dates around each of its changes, the value and citation date the rule file dates for
    /// that day.
    @Test func everyParameterResolvesToItsDatedValueOnEveryDate() throws {
        let rules = try RuleLoader.load(directory: TestPaths.rules)
        for parameter in rules.parameters.values {
            let changes = parameter.values.map(\.from)
            let days = changes.flatMap { from in [from.adding(days: -1), from, from.adding(days: 1)] }
                + [Day(year: 1999, month: 12, day: 31)!, Day(year: 2030, month: 6, day: 15)!]
            for day in days {
                let found = rules.timelines[parameter.id]?.entry(at: day)
                #expect(found?.value == parameter.dated(at: day)?.value, "\(parameter.id) on \(day)")
                #expect(found?.use.validFrom == parameter.dated(at: day)?.from, "\(parameter.id) on \(day)")
            }
        }
    }

    @Test func anIdTheRulesLackIsNotFound() throws {
        let rules = try RuleLoader.load(directory: TestPaths.rules)
        #expect(rules.timelines["tax.no_such_parameter"] == nil)
        #expect(throws: ParameterLookupError.self) { try rules.at(Day(year: 2025, month: 1, day: 1)!).amount("tax.no_such_parameter") }
    }
}
