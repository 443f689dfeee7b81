import Testing
@testable import TukiEngine

/// Subsidy = min(rate × eligible wage, cap), month by month, against the worked examples of
/// shared/domain/wage-subsidy-tax.md §6.2 (2024 decisions: the caps are confirmed for that year).
@Suite struct WageSubsidyAmountTests {
    let view: EmployerView

    init() throws { view = try EmployerView() }

    func subsidy(_ type: WageSubsidyType, salary: String, hours: String = "37.5", kind: Employer.Kind = .company) throws -> Money? {
        let result = try view.run(birthYear: 1960, job: "pattern: {hoursPerWeek: \(hours)}\nmonthlySalary: \(salary)",
                                  employer: view.eligible(type, kind: kind))
        return result.amounts(.wageSubsidy).first ?? nil
    }

    @Test(arguments: [
        // 70 %: 0.70 × 2 500 = 1 750 ≤ 1 770; 0.70 × 3 000 = 2 100, capped; part-time 1 800 → 1 260.
        (WageSubsidyType.reducedCapacity, "2500.00", "1750.00"), (.reducedCapacity, "3000.00", "1770.00"),
        (.reducedCapacity, "1800.00", "1260.00"),
        // 50 %: 0.50 × 2 000 = 1 000; 0.50 × 2 800 = 1 400, capped at 1 260.
        (.skillsGap, "2000.00", "1000.00"), (.skillsGap, "2800.00", "1260.00"),
        // 55+: 70 %, cap 1 770.
        (.age55, "2500.00", "1750.00"), (.age55, "3000.00", "1770.00"),
    ])
    func theCapBindsOnlyAboveIt(type: WageSubsidyType, salary: String, expected: String) throws {
        #expect(try subsidy(type, salary: salary) == money(expected))
    }

    @Test(arguments: [("1500.00", "1500.00"), ("2020.00", "2020.00"), ("2500.00", "2020.00")])
    func theHundredPercentTypeIsCappedAt2020(salary: String, expected: String) throws {
        #expect(try subsidy(.association, salary: salary, hours: "24", kind: .association) == money(expected))
    }

    @Test(arguments: [(WageSubsidyType.reducedCapacity, "564.20"), (.skillsGap, "403.00"), (.association, "806.00")])
    func aPartTimePatternOf3DaysBy5HoursWorks(type: WageSubsidyType, expected: String) throws {
        // 3 days × 5 h at 12.40 €/h = 15 h × 52 / 12 = 65 h = 806.00 € a month.
        let result = try view.run(birthYear: 1960, job: "pattern: {daysPerWeek: 3, hoursPerDay: 5}\nhourlyWage: 12.40",
                                  employer: view.eligible(type, kind: type == .association ? .association : .company))
        #expect(result.amounts(.eligibleWage) == [money("806.00")])
        #expect(result.amounts(.wageSubsidy) == [money(expected)])
    }

    @Test func threeDaysBy5HoursIsTooShortForTheFiftyFivePlusType() throws {
        let result = try view.run(birthYear: 1960, job: "pattern: {daysPerWeek: 3, hoursPerDay: 5}\nhourlyWage: 12.40",
                                  employer: view.eligible(.age55))
        #expect(result.status(of: .weeklyHours) == .notMet)
        #expect(result.amounts(.wageSubsidy) == [.zero])
    }

    @Test func holidayBonusAndCompensationAreNotEligibleButHolidayPayIs() throws {
        let result = try view.run(job: """
        pattern: {hoursPerWeek: 37.5}
        monthlySalary: 2000.00
        extraPay:
          - {month: 2024-03, kind: holidayBonus, amount: 1000.00}
          - {month: 2024-03, kind: holidayPay, amount: 100.00}
          - {month: 2024-03, kind: holidayCompensation, amount: 300.00}
        """, employer: view.eligible(.skillsGap))
        #expect(result.amounts(.grossWage) == [money("3400.00")])
        #expect(result.amounts(.eligibleWage) == [money("2100.00")])
        #expect(result.amounts(.wageSubsidy) == [money("1050.00")])
    }

    @Test func theReducedCapacitySubsidyRunsTenMonthsThenStops() throws {
        let result = try view.run(months: 12, job: "pattern: {hoursPerWeek: 37.5}\nmonthlySalary: 2500.00",
                                  employer: view.eligible(.reducedCapacity))
        let terms = try #require(result.wageSubsidy?.terms)
        #expect((terms.first.description, terms.last.description, terms.months) == ("2024-03", "2024-12", 10))
        #expect(result.amounts(.wageSubsidy) == Array(repeating: money("1750.00"), count: 10) + [.zero, .zero])
        #expect(result.total(.wageSubsidy) == money("17500.00"))
        #expect(result.warnings.contains { $0.statement.kind == WageSubsidyMessages.warnRenewable })
    }

    /// A condition not met rules the subsidy out: no period or renewal is put to the employer as if it would be paid.
    @Test func aSubsidyRuledOutShowsNoPeriodAndNoRenewal() throws {
        let employer = view.eligible(.reducedCapacity).replacingOccurrences(of: "economicDismissals: false",
                                                                            with: "economicDismissals: true")
        let result = try view.run(months: 12, employer: employer)
        #expect(result.wageSubsidy?.eligibility.outcome == .notEligible)
        #expect(!result.decision.trace.contains { $0.statement.kind == WageSubsidyMessages.period })
        #expect(!result.warnings.contains { $0.statement.kind == WageSubsidyMessages.warnRenewable })
        #expect(result.amounts(.wageSubsidy).allSatisfy { $0 == .zero })
    }

    /// Every assessment says it is an estimate; the 55+ subsidy is the one granted without a suitability assessment.
    @Test(arguments: [(WageSubsidyType.reducedCapacity, "yes"), (.age55, "no")])
    func theEmployerIsToldItIsAnEstimate(type: WageSubsidyType, discretionary: String) throws {
        let result = try view.run(employer: view.eligible(type))
        let estimate = result.warnings.first { $0.statement.kind == WageSubsidyMessages.warnEstimate }
        #expect(estimate?.statement.values["discretionary"] == .text(discretionary))
    }

    @Test func aPeriodPastTheLastSimulatedMonthIsSaidAndTheTotalCoversOnlyTheComputedMonths() throws {
        let result = try view.run(months: 6, employer: view.eligible(.reducedCapacity))
        #expect(result.wageSubsidy?.terms?.months == 10)
        #expect(result.periodExtendsBeyondSimulation)
        #expect(result.total(.wageSubsidy) == money("10500.00"))
    }

    @Test func eachRenewalAddsUpTo24MonthsWithANewMedicalStatement() throws {
        let result = try view.run(months: 36, employer: view.eligible(.reducedCapacity, extra: "renewals: 1"))
        let terms = try #require(result.wageSubsidy?.terms)
        #expect(terms.months == 34)
        #expect(terms.last.description == "2026-12")
        #expect(result.amounts(.wageSubsidy).filter { $0 == money("1750.00") }.count == 34)
        #expect(!result.warnings.contains { $0.statement.kind == WageSubsidyMessages.warnRenewable })
    }

    @Test func theSubsidyEndsWithTheJob() throws {
        let result = try view.run(months: 12, job: "end: 2024-08\npattern: {hoursPerWeek: 37.5}\nmonthlySalary: 2500.00",
                                  employer: view.eligible(.age55))
        #expect(result.wageSubsidy?.terms?.months == 6)
        #expect(result.months.count == 6, "only the job's months are the employer's")
    }

    @Test(arguments: [("6", 5), ("12", 10), (nil, 5)] as [(String?, Int)])
    func theSkillsGapDurationFollowsTheLengthOfUnemployment(unemployed: String?, months: Int) throws {
        let employer = view.eligible(.skillsGap).split(separator: "\n").filter { !$0.contains("unemployedMonths:") }
            .joined(separator: "\n") + (unemployed.map { "\n  unemployedMonths: \($0)" } ?? "")
        let result = try view.run(employer: employer)
        #expect(result.wageSubsidy?.terms?.months == months)
        let unknownStep = result.decision.trace.contains { $0.statement.kind == WageSubsidyMessages.durationSkillsGapUnknown }
        #expect(unknownStep == (unemployed == nil), "a duration from an unknown input says so")
    }

    @Test(arguments: [(WageSubsidyType.association, 12), (.age55, 10)])
    func fixedDurations(type: WageSubsidyType, months: Int) throws {
        let result = try view.run(birthYear: 1960, job: "pattern: {hoursPerWeek: 24}\nmonthlySalary: 1500.00",
                                  employer: view.eligible(type, kind: .association))
        #expect(result.wageSubsidy?.terms?.months == months)
    }

    /// The sources disagree on whether a 55+ subsidy needs an employment of at least its 10 months (a secondary source)
    /// or only lasts no longer than the employment (Työmarkkinatori): a 6-month employment says so; a 12-month one does not.
    @Test(arguments: [("2024-08", true), ("2025-02", false)])
    func aShort55PlusEmploymentWarnsThatTheSourcesDisagree(end: String, warned: Bool) throws {
        let result = try view.run(birthYear: 1960, job: "start: 2024-03\nend: \(end)\npattern: {hoursPerWeek: 30}\nmonthlySalary: 2500.00",
                                  employer: view.eligible(.age55))
        #expect(result.warnings.contains { $0.statement.kind == WageSubsidyMessages.warnAge55ShortEmployment } == warned)
    }

    @Test func aSixDayWeekIsFlaggedBecauseTheSubsidyPaysAtMostFiveDays() throws {
        let result = try view.run(job: "pattern: {daysPerWeek: 6, hoursPerDay: 4}\nhourlyWage: 15.00",
                                  employer: view.eligible(.reducedCapacity))
        #expect(result.warnings.contains { $0.statement.kind == WageSubsidyMessages.warnDaysPerWeek })
    }

    @Test func openConditionsStillShowTheAmountsWithAWarning() throws {
        let result = try view.run(employer: "kind: company\nwageSubsidy: {type: reducedCapacity, medicalStatement: true}")
        #expect(result.wageSubsidy?.eligibility.outcome == .open)
        #expect(result.amounts(.wageSubsidy) == [money("1750.00")])
        #expect(result.warnings.contains { $0.statement.kind == WageSubsidyMessages.warnConditionsOpen })
    }

    @Test func capsFrom2025AreMarkedUnverified() throws {
        let result = try view.run(start: "2025-03", employer: view.eligible(.reducedCapacity))
        let unverified = result.warnings.filter { $0.statement.kind == SimulationMessages.parameterUnverified }
            .compactMap { $0.statement.values["parameter"] }
        #expect(unverified.contains(.text("employment.wage_subsidy.reduced_capacity_cap")))
    }
}
