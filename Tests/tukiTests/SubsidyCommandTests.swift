import Foundation
import Testing

@Suite struct SubsidyCommandTests {
    let example = "Scenarios/examples/saara-3-days-5-hours.yaml"
    let overlay = "Scenarios/overlays/example-area-local-terms.yaml"

    @Test func printsTheEmployersSummaryInFinnishByDefault() throws {
        let outcome = try CommandRunner.run(["subsidy", example])
        #expect(outcome.status == 0)
        for text in ["Palkkatuki ja työnantajan kustannukset", "Yhteenveto:", "alentuneesti työkykyisen palkkatuki",
                     "70\u{00A0}%", "1\u{00A0}770,00\u{00A0}€", "Tukijakso: helmikuu 2026 – marraskuu 2026 (10 kuukautta)",
                     "564,20\u{00A0}€ kuukaudessa, yhteensä 5\u{00A0}642,00\u{00A0}€", "ei tiedossa",
                     "job.employer.wageSubsidy.economicDismissals", "tax.employer.health_insurance_rate"] {
            #expect(outcome.stdout.contains(text), "missing: \(text)")
        }
        // The wage steps speak to the employer, not to the worker ("your gross wage").
        #expect(outcome.stdout.contains("Bruttopalkka tässä kuussa on yhteensä 806,00\u{00A0}€."))
        #expect(!outcome.stdout.contains("Bruttopalkkasi"))
    }

    /// March 2026 to February 2027: the 2027 TyEL rate is not in the rules, so the last two months have no cost; the
    /// subsidy period's net cost (3 002 − 1 750) is still said, and the missing rate after it. It dropped the net cost.
    @Test func theNetCostIsGivenForTheMonthsWhoseCostIsKnown() throws {
        let file = try CommandRunner.temporaryFile("a.yaml", """
        name: A
        start: 2026-03
        months: 12
        person: {birthYear: 1980}
        job:
          pattern: {hoursPerWeek: 37.5}
          monthlySalary: 2500.00
          employer:
            kind: company
            wageSubsidy: {type: reducedCapacity, unemployedJobseeker: true, medicalStatement: true, economicDismissals: false,
                          decisionBeforeStart: true, collectiveAgreementWage: true}
        """)
        let outcome = try CommandRunner.run(["subsidy", file.path, "--lang", "en"])
        let summary = outcome.stdout.components(separatedBy: "\n\n").first { $0.hasPrefix("Summary:") } ?? ""
        #expect(summary.contains("Net cost during the subsidy period: €1,252.00 a month."))
        #expect(summary.contains("tax.employer.tyel_employer_average_rate"))
    }

    /// A job that began in October 2025, calculated from March 2026: the total covers 5 of the period's 10 months.
    @Test func aPeriodThatBeganBeforeTheCalculationIsSaidToBeOnlyPartlyTotalled() throws {
        let file = try CommandRunner.temporaryFile("j.yaml", """
        name: J
        start: 2026-03
        months: 12
        person: {birthYear: 1980}
        job:
          start: 2025-10
          pattern: {hoursPerWeek: 37.5}
          monthlySalary: 2000.00
          employer:
            kind: company
            wageSubsidy: {type: reducedCapacity, unemployedJobseeker: true, medicalStatement: true, economicDismissals: false,
                          decisionBeforeStart: true, collectiveAgreementWage: true}
        """)
        let text = try CommandRunner.run(["subsidy", file.path, "--lang", "en"]).stdout
        #expect(text.contains("Wage subsidy: €1,400.00 a month, €7,000.00 in total (5 months)."))
        #expect(text.contains("The subsidy period began before the calculation’s first month (March 2026)."))
        let json = try CommandRunner.run(["subsidy", file.path, "--format", "json"]).stdout
        #expect(json.contains("\"startsBeforeSimulation\": true"))
    }

    /// Whether the injury or illness calls for the changes is not given: the total is what is paid if it does.
    @Test func anAdaptationSubsidyWhoseConditionIsOpenIsTotalledIfMet() throws {
        let file = try CommandRunner.temporaryFile("h.yaml", """
        name: H
        start: 2026-03
        months: 3
        person: {birthYear: 1980}
        job:
          pattern: {hoursPerWeek: 37.5}
          monthlySalary: 2500.00
          employer:
            kind: company
            adaptationSubsidy: {equipmentCost: 1830.00}
        """)
        let text = try CommandRunner.run(["subsidy", file.path, "--lang", "en"]).stdout
        #expect(text.contains("Adaptation subsidy in total, if its condition is met (not known yet): €1,830.00."))
    }

    @Test func speaksSwedishAndEnglishWhenAsked() throws {
        let swedish = try CommandRunner.run(["subsidy", example, "--lang", "sv"])
        #expect(swedish.status == 0)
        #expect(swedish.stdout.contains("Lönesubvention och arbetsgivarens kostnader"))
        #expect(!swedish.stdout.contains("Palkkatuki"))
        let english = try CommandRunner.run(["subsidy", example, "--lang", "en"])
        #expect(english.stdout.contains("Wage subsidy and the employer's costs"))
    }

    @Test func aCostUnknownInSomeMonthHasNoTotalAndIsListedAsUnknownThere() throws {
        // With the 2026 employer health insurance rate unknown, the example's 2026 months lack the costs.
        let unknownRate = try CommandRunner.unknownValueOverlay("tax.employer.health_insurance_rate", from: "2026-01-01")
        let outcome = try CommandRunner.run(["subsidy", example, "--format", "json", "--overlay", unknownRate.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let months = try #require(json["months"] as? [[String: Any]])
        let lacking = months.filter { (($0["unknown"] as? [String]) ?? []).contains("employerWageCost") }
        #expect(!lacking.isEmpty)
        #expect(lacking.allSatisfy { ($0["amounts"] as? [String: Any])?["employerWageCost"] == nil })
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(totals["employerWageCost"] == nil && totals["employerNetCost"] == nil)
        #expect(totals["wageSubsidy"] != nil)
    }

    /// Without the subsidy's type the wage cost is still known: the summary gives it and says only the net cost
    /// needs the subsidy, instead of claiming the rules lack a figure.
    @Test func withoutTheSubsidyTypeTheWageCostIsGivenAndTheNetCostSaysWhyNot() throws {
        let file = try CommandRunner.temporaryFile("no-type.yaml", """
        name: no type
        start: 2026-03
        months: 2
        person: {birthYear: 1990}
        job:
          pattern: {hoursPerWeek: 20}
          hourlyWage: 13.00
          employer: {kind: company, applyWageSubsidy: true}
        """)
        let outcome = try CommandRunner.run(["subsidy", file.path, "--lang", "en"])
        #expect(outcome.stdout.contains("Wage cost with contributions: €1,352.91 a month."))
        #expect(outcome.stdout.contains("The net cost (wage cost less wage subsidy) cannot be worked out"))
        #expect(!outcome.stdout.contains("because the rules lack"))
    }

    @Test func writesJSONWithTheDecisionConditionsAndMonths() throws {
        let outcome = try CommandRunner.run(["subsidy", example, "--format", "json"])
        #expect(outcome.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let wageSubsidy = try #require(json["wageSubsidy"] as? [String: Any])
        #expect(wageSubsidy["type"] as? String == "reducedCapacity")
        let terms = try #require(wageSubsidy["terms"] as? [String: Any])
        #expect(terms["last"] as? String == "2026-11")
        #expect(outcome.stdout.contains("\"monthlyCap\": 1770.00"))
        let eligibility = try #require(wageSubsidy["eligibility"] as? [String: Any])
        #expect(eligibility["outcome"] as? String == "open")
        let conditions = try #require(eligibility["conditions"] as? [[String: Any]])
        #expect(conditions.contains { $0["condition"] as? String == "noEconomicDismissals" && $0["status"] as? String == "unknown" })
        #expect((json["months"] as? [Any])?.count == 12)
        #expect(outcome.stdout.contains("\"wageSubsidy\": 5642.00"))
    }

    @Test func aScenarioWithoutAnEmployerExitsTwo() throws {
        let file = try CommandRunner.temporaryFile("worker.yaml", """
        name: x
        start: 2026-02
        person: {birthYear: 1990}
        job: {pattern: {hoursPerWeek: 15}, hourlyWage: 12.40}
        """)
        let outcome = try CommandRunner.run(["subsidy", file.path])
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains(file.path) && outcome.stderr.contains("job.employer"))
    }

    @Test func aBrokenEmployerBlockExitsTwoNamingFileLineAndField() throws {
        let file = try CommandRunner.temporaryFile("bad.yaml", """
        name: x
        start: 2026-02
        person: {birthYear: 1990}
        job:
          pattern: {hoursPerWeek: 15}
          hourlyWage: 12.40
          employer:
            kind: company
            wageSubsidy: {type: seventy}
        """)
        let outcome = try CommandRunner.run(["subsidy", file.path, "--lang", "en"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(file.path):9"))
        #expect(outcome.stderr.contains("job.employer.wageSubsidy.type"))
    }

    @Test func aWrongEmployerFigureExitsOneWhileSimulateLeavesItToSubsidy() throws {
        let file = try CommandRunner.temporaryFile("expect.yaml", """
        name: x
        start: 2024-03
        months: 1
        person: {birthYear: 1990}
        job:
          pattern: {daysPerWeek: 3, hoursPerDay: 5}
          hourlyWage: 12.40
          employer: {kind: company, wageSubsidy: {type: reducedCapacity}}
        expect:
          2024-03: {grossWage: 806.00, wageSubsidy: 564.00}
        """)
        let subsidy = try CommandRunner.run(["subsidy", file.path, "--lang", "en"])
        #expect(subsidy.status == 1)
        #expect(subsidy.stderr.hasPrefix("\(file.path):10"))
        #expect(subsidy.stderr.contains("564.20"))
        let simulate = try CommandRunner.run(["simulate", file.path, "--lang", "en"])
        #expect(simulate.status == 0)
        #expect(simulate.stderr.contains("tuki subsidy"))
    }

    @Test func theLocalTermsOverlayAppliesOnlyWhenGiven() throws {
        let national = try CommandRunner.run(["subsidy", example, "--lang", "en"])
        let local = try CommandRunner.run(["subsidy", example, "--lang", "en", "--overlay", overlay])
        #expect(local.status == 0)
        #expect(national.stdout.contains("Subsidy period: February 2026 – November 2026 (10 months)"))
        #expect(local.stdout.contains("Subsidy period: February 2026 – January 2027 (12 months)"))
        #expect(local.stdout.contains(overlay) && !national.stdout.contains(overlay))
    }

    @Test func pinningTheRulesTo2025GivesTheNetCost() throws {
        let outcome = try CommandRunner.run(["subsidy", example, "--as-of", "2025-06-01", "--lang", "en"])
        #expect(outcome.status == 0)
        // 806.00 × (17.38 + 1.87 + 0.20 + 0.70 + 0.06 %) = 162.88; 968.88 − 564.20 = 404.68.
        #expect(outcome.stdout.contains("Net cost during the subsidy period: €404.68 a month."))
        #expect(outcome.stdout.contains("Net cost after the subsidy period: €968.88 a month."))
    }

    @Test func rulesShowNamesTheEmployerViewAsReader() throws {
        let outcome = try CommandRunner.run(["rules", "show", "employment.wage_subsidy.reduced_capacity_cap", "--lang", "en"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Read by: Wage subsidy"))
        let contributions = try CommandRunner.run(["rules", "show", "tax.employer.health_insurance_rate", "--lang", "en"])
        #expect(contributions.stdout.contains("Employer's wage cost"))
    }
}
