import Testing
@testable import TukiEngine

@Suite struct SweepTests {
    static let pensioner = """
    name: s
    start: 2026-02
    months: 3
    person: {birthYear: 1995, municipality: Helsinki}
    benefits: {kelaDisabilityPension: true}
    job: {pattern: {daysPerWeek: 3, hoursPerDay: 5}, hourlyWage: 12.40}
    """

    let sweep: SweepResult

    init() throws {
        let simulation = Simulation(rules: try rulesWithHypothetical2026Figures())
        let hours = (0...40).map { Hours.whole(Int64($0)) }
        sweep = Sweep(simulation: simulation).run(try scenario(Self.pensioner), axis: .weeklyHours(hours))
    }

    @Test func theKelaLimitIsCrossedBetween18And19HoursAWeek() {
        // 18 h × 52 / 12 × 12.40 = 967.20 €, under 976.59 €; 19 h gives 1 020.93 €, over it.
        #expect(sweep.points[18].grossWage == money("967.20"))
        #expect(sweep.points[18].keepsEveryBenefit)
        #expect(sweep.points[19].grossWage == money("1020.93"))
        #expect(sweep.points[19].stoppedBenefits == [.kelaDisabilityPension, .guaranteePension])
    }

    @Test func theBestSafeHoursEqualTheBruteForceSearch() throws {
        let bruteForce = sweep.points.filter { point in
            point.stoppedBenefits.isEmpty && !point.crossesEarningsLimit
        }.map(\.weeklyHours).max()
        #expect(sweep.bestSafe?.weeklyHours == bruteForce)
        #expect(sweep.bestSafe?.weeklyHours == .whole(18))
    }

    @Test func losingThePensionIsATrap() throws {
        #expect(sweep.traps.contains(19))
        let before = try #require(sweep.points[18].net)
        let after = try #require(sweep.points[19].net)
        #expect(after < before)
        #expect(try #require(sweep.effectiveMarginalRate(at: 19)) > .one)
    }

    @Test func theParticipationTaxRateIsOneMinusNetGainOverGrossGain() throws {
        let point = sweep.points[15]
        let gain = try #require(point.net) - point.baseline[.netIncome]!
        let expected = Rate.lostShare(net: gain, gross: point.grossWage)
        #expect(point.participationTaxRate == expected)
        // By hand: 1 − Δnet / Δgross with Δgross the whole wage, since there is no wage without the job.
        let rate = try #require(point.participationTaxRate)
        let keptUnits = Rate.one.units - rate.units
        #expect(abs(Int128(keptUnits) * Int128(point.grossWage.cents) - Int128(gain.cents) * Int128(Rate.one.units))
                <= Int128(point.grossWage.cents))
    }

    @Test func workingMoreOnlyPaysOffWellBeyondTheSafeHours() throws {
        // Net at 18 h: 1 800.55 €; at 19 h the pensions stop and net falls to 937.32 €.
        #expect(sweep.points[18].net == money("1800.55"))
        #expect(sweep.points[19].net == money("937.32"))
        let breakEven = try #require(sweep.breakEvenBeyondSafe)
        let bruteForce = sweep.points.dropFirst(19).first { $0.net! >= money("1800.55") }
        #expect(breakEven.weeklyHours == bruteForce?.weeklyHours)
        #expect(breakEven.weeklyHours > .whole(30))
        #expect(sweep.highestNet?.weeklyHours == .whole(40))
    }

    @Test func unknownBenefitAmountsMeanNoHoursCanBeCalledSafe() throws {
        let simulation = Simulation(rules: try RuleLoader.load(directory: TestPaths.rules))
        let unknown = Sweep(simulation: simulation).run(try scenario(Self.pensioner), axis: .weeklyHours([.whole(10), .whole(20)]))
        #expect(unknown.unknownBenefits == [.kelaDisabilityPension, .guaranteePension])
        #expect(unknown.hasBenefitsToLose)
        #expect(unknown.bestSafe == nil)
    }
}
