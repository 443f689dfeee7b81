import Foundation
import Testing

@Suite struct RulesCommandTests {
    @Test func validatesTheRepositoryRules() throws {
        let outcome = try CommandRunner.run(["rules", "validate", "--lang", "en"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains(CommandRunner.rulesVersion))
    }

    @Test func aBrokenCopyOfTheRulesExitsTwoWithFileAndLine() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("tuki-rules-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: CommandRunner.repository.appendingPathComponent("Rules"), to: copy)
        let file = copy.appendingPathComponent("tax/state-income-tax.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "unit: EUR/year", with: "unit: percent").write(to: file, atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["rules", "validate", copy.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(copy.path)/tax/state-income-tax.yaml:17"))
        #expect(outcome.stderr.contains("tax.state.earned_income_scale"))
    }

    @Test func showsAParameterWithItsValuesSourceAndReaders() throws {
        let outcome = try CommandRunner.run(["rules", "show", "tax.state.earned_income_scale", "--as-of", "2025-06-01", "--lang", "fi"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Laki vuoden 2025 tuloveroasteikosta"))
        #expect(outcome.stdout.contains("12,64\u{00A0}%"))
        #expect(outcome.stdout.contains("1.1.2025"))
    }

    @Test func eachReaderIsNamedOnce() throws {
        // Both housing allowances read the Swedish names; the list said "Asumistuki, Asumistuki, Verotus".
        let outcome = try CommandRunner.run(["rules", "show", "municipalities.swedish_names", "--lang", "fi"])
        #expect(outcome.stdout.contains("Käyttävät laskurit: Asumistuki, Verotus\n"))
        #expect(outcome.stdout.contains("Helsingfors: Helsinki"))
    }

    @Test func unitsAndTypesAreInTheReadersLanguage() throws {
        let finnish = try CommandRunner.run(["rules", "show", "pension.kela.earnings_limit", "--as-of", "2024-06-01", "--lang", "fi"])
        #expect(finnish.stdout.contains("Yksikkö: euroa kuukaudessa (tyyppi rahamäärä)"))
        #expect(finnish.stdout.contains("976,59\u{00A0}€ /kk"))
        #expect(!finnish.stdout.contains("EUR/month"))
        let swedish = try CommandRunner.run(["rules", "list", "--lang", "sv"])
        #expect(swedish.stdout.contains("euro per månad"))
        #expect(!swedish.stdout.contains("EUR/month"))
    }

    @Test func anUnknownParameterExitsTwo() throws {
        let outcome = try CommandRunner.run(["rules", "show", "tax.state.nothing"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("tax.state.nothing"))
    }

    @Test func listsEveryParameter() throws {
        let outcome = try CommandRunner.run(["rules", "list", "--lang", "sv"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("tax.state.earned_income_scale"))
        #expect(outcome.stdout.contains("Statlig skatteskala"))
    }

    @Test func diffListsWhatChangedBetweenTwoDates() throws {
        let changed = try CommandRunner.run(["rules", "diff", "2025-06-01", "2026-06-01", "--lang", "en"])
        #expect(changed.status == 0)
        #expect(changed.stdout.contains("tax.state.earned_income_scale"))
        let same = try CommandRunner.run(["rules", "diff", "2026-02-01", "2026-06-01", "--lang", "en"])
        #expect(same.status == 0)
        #expect(!same.stdout.contains("tax.state.earned_income_scale"))
    }

    /// The housing asset cap is the same 50 000 € both years, confirmed for 2025 and unverified for 2026: the diff
    /// lists it for its status, so it must show the status, not two equal figures.
    @Test func aChangeOfStatusAloneIsShown() throws {
        let changed = try CommandRunner.run(["rules", "diff", "2025-01-01", "2026-01-01", "--lang", "en"])
        let lines = changed.stdout.split(separator: "\n").map(String.init)
        let cap = try #require(lines.firstIndex { $0.hasPrefix("housing.general.asset_cap ") })
        #expect(!lines[cap + 1].contains("unverified"))
        #expect(lines[cap + 2].hasSuffix("(unverified)"))
    }
}
