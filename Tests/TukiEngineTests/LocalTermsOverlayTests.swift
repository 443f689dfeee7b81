import Testing
@testable import TukiEngine

/// An employment area's local terms come as an overlay on the national rules, and only when given.
@Suite struct LocalTermsOverlayTests {
    static let overlay = TestPaths.scenario("overlays/example-area-local-terms.yaml")

    func firstPeriod(start: String, overlays: [String]) throws -> Int? {
        let view = try EmployerView(overlays: overlays)
        return try view.run(start: start, months: 14, employer: view.eligible(.reducedCapacity)).wageSubsidy?.terms?.months
    }

    @Test func theExampleAreaLengthensTheFirstPeriodOnlyWhenGiven() throws {
        #expect(try firstPeriod(start: "2026-02", overlays: []) == 10)
        #expect(try firstPeriod(start: "2026-02", overlays: [Self.overlay]) == 12)
    }

    @Test func theAreasTermsApplyFromTheirDateOn() throws {
        #expect(try firstPeriod(start: "2025-06", overlays: [Self.overlay]) == 10)
    }

    @Test func theOverlayIsNamedInTheResultAndChangesTheDigest() throws {
        let national = try EmployerView()
        let local = try EmployerView(overlays: [Self.overlay])
        #expect(local.rules.overlays == [Self.overlay])
        #expect(local.rules.digest != national.rules.digest)
        #expect(national.rules.overlays.isEmpty)
    }
}
