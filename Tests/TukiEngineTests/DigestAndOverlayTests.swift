import Foundation
import Testing
@testable import TukiEngine

@Suite struct DigestAndOverlayTests {
    @Test func theDigestIsStableAndChangesWhenAValueChanges() throws {
        let text = try fixtureText("dated-limit.yaml")
        let first = try TemporaryRules(files: ["dated.yaml": text])
        let same = try TemporaryRules(files: ["dated.yaml": text])
        let changed = try TemporaryRules(files: ["dated.yaml": text.replacingOccurrences(of: "976.59", with: "976.60")])
        defer { [first, same, changed].forEach { $0.remove() } }
        #expect(try first.load().digest == same.load().digest)
        #expect(try first.load().digest != changed.load().digest)
    }

    @Test func anOverlayReplacesValuesFromItsFirstDateOn() throws {
        let temporary = try TemporaryRules(files: ["dated.yaml": try fixtureText("dated-limit.yaml")])
        defer { temporary.remove() }
        let base = try temporary.load()
        let reform = try base.applying(try RuleLoader.loadOverlay(path: TestPaths.fixture("reform-overlay.yaml"), for: base))
        let limit: ParameterID = "test.dated.limit"
        #expect(try reform.at(Day(iso: "2026-06-30")!).amount(limit).value == money("1000.00"))
        #expect(try reform.at(Day(iso: "2026-07-01")!).amount(limit).value == money("1100.00"))
        #expect(try reform.at(Day(iso: "2028-03-01")!).amount(limit).value == money("1100.00"))
        #expect(try reform.at(Day(iso: "2026-07-01")!).amount(limit).use.source.law == "Luonnos HE x/2026")
        #expect(try reform.at(Day(iso: "2026-07-01")!).rate("test.dated.share").value == Rate(exactly: "0.70"))
        #expect(reform.digest != base.digest)
        #expect(reform.overlays == [TestPaths.fixture("reform-overlay.yaml")])
        // The base rules are untouched: an overlay applies only when given.
        #expect(try base.at(Day(iso: "2026-07-01")!).amount(limit).value == money("1000.00"))
    }

    @Test func anOverlayNamingAnUnknownParameterIsAnError() throws {
        let temporary = try TemporaryRules(files: ["dated.yaml": try fixtureText("dated-limit.yaml")])
        defer { temporary.remove() }
        let base = try temporary.load()
        let errors = try #require(throws: InputErrors.self) {
            try base.applying(try RuleLoader.loadOverlay(path: TestPaths.fixture("bad-overlay.yaml"), for: base))
        }.errors
        #expect(errors.map(\.field) == ["test.dated.limitt"])
        #expect(errors.first?.line == 3)
    }

    @Test func anOverlayKeepsTheBaseTypeAndMayNotChangeIt() throws {
        let temporary = try TemporaryRules(files: ["dated.yaml": try fixtureText("dated-limit.yaml")])
        defer { temporary.remove() }
        let base = try temporary.load()
        let shareOverlay = try temporaryFile("""
        namespace: test.dated
        parameters:
          share:
            source: {law: Luonnos}
            values: {2026-01-01: 0.80}
        """)
        let reform = try base.applying(try RuleLoader.loadOverlay(path: shareOverlay, for: base))
        #expect(try reform.at(Day(iso: "2026-01-01")!).rate("test.dated.share").value == Rate(exactly: "0.80"))
        let retyped = try temporaryFile("""
        namespace: test.dated
        parameters:
          share:
            type: amount
            unit: EUR/month
            source: {law: Luonnos}
            values: {2026-01-01: 80.00}
        """)
        let errors = try #require(throws: InputErrors.self) {
            try base.applying(try RuleLoader.loadOverlay(path: retyped, for: base))
        }.errors
        #expect(errors.map(\.statement.kind) == [InputMessages.overlayChangesShape])
    }
}

