import Testing

@Suite struct TaxCommandTests {
    @Test func showsTheYearStepByStepWithTheWorkedExamplesFinalTax() throws {
        // The domain notes' 30 000 €/year wage earner in Helsinki, 2026: taxes 2 267.77 €.
        let outcome = try CommandRunner.run(["tax", "Scenarios/regression/tax-full-time-2026.yaml"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Verotus 2026 (työn kanssa)"))
        #expect(outcome.stdout.contains("2\u{00A0}267,77\u{00A0}€"))
    }

    @Test func theCardsSayWhichIsWhichAndAPensionRateOnlyForAPension() throws {
        let outcome = try CommandRunner.run(["tax", "Scenarios/regression/tax-full-time-2026.yaml"])
        #expect(outcome.stdout.contains("Verokortti nykyisten tulojen mukaan: perusprosentti 0\u{00A0}%"))
        #expect(outcome.stdout.contains("Muutosverokortti 1.1.2026 alkaen: perusprosentti 7,56\u{00A0}%"))
        #expect(!outcome.stdout.contains("Eläkkeen ennakonpidätysprosentti"))
    }

    /// Like simulate, the tax shows the unverified tax values it used and the sources of its steps.
    @Test func theComputationNamesItsUnverifiedValuesAndSources() throws {
        let outcome = try CommandRunner.run(["tax", "Scenarios/regression/tax-full-time-2026.yaml", "--lang", "en"])
        #expect(outcome.stdout.contains("tax.yle.threshold"))
        #expect(outcome.stdout.contains("Sources:"))
        #expect(outcome.stdout.contains("tax.state.earned_income_scale: Laki vuoden 2026 tuloveroasteikosta"))
    }

    @Test func aYearThatCannotBeComputedSaysWhichFigureIsMissing() throws {
        let outcome = try CommandRunner.run(["tax", "Scenarios/examples/saara-3-days-5-hours.yaml"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Vuoden 2026 veroa ei voi laskea"))
        #expect(outcome.stdout.contains("pension.kela.earnings_limit"))
    }
}
