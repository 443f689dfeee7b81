import Foundation
import Testing

@Suite struct SimulateCommandTests {
    let example = "Scenarios/examples/saara-3-days-5-hours.yaml"

    @Test func printsTheMonthTableInFinnishByDefault() throws {
        let outcome = try CommandRunner.run(["simulate", example])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("helmikuu 2026"))
        #expect(outcome.stdout.contains("tammikuu 2027"))
        #expect(outcome.stdout.contains("806,00\u{00A0}€"))
        #expect(outcome.stdout.contains(CommandRunner.rulesVersion))
    }

    @Test func controlCharactersFromAFileAreShownNotSentToTheTerminal() throws {
        // An escape sequence quoted back in an error cleared the reader's screen.
        let file = try CommandRunner.temporaryFile("escape.yaml", "name: x\nstart: \"20\\e[2J26\"\nperson: {birthYear: 1990}\n")
        let outcome = try CommandRunner.run(["simulate", file.path, "--lang", "en"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("20\\u{1B}[2J26") && !outcome.stderr.contains("\u{1B}"))
    }

    @Test func aFolderOrAHugeFileIsRefusedBeforeItIsRead() throws {
        let folder = try CommandRunner.temporaryFile("x.txt", "").deletingLastPathComponent()
        let asFolder = try CommandRunner.run(["simulate", folder.path, "--lang", "en"])
        #expect(asFolder.status == 2 && asFolder.stderr.contains("This is a folder, not a file."))
        // A 1 GB file took 18 s and 2 GB of memory before its first error.
        let huge = try CommandRunner.temporaryFile("huge.yaml", "name: x\n" + String(repeating: "#", count: 17 * 1024 * 1024))
        let tooLarge = try CommandRunner.run(["simulate", huge.path, "--lang", "en"])
        #expect(tooLarge.status == 2 && tooLarge.stderr.contains("larger than 16 MiB"))
        // Through a symbolic link too (the link's own size was checked).
        let link = huge.deletingLastPathComponent().appendingPathComponent("link-\(UUID().uuidString).yaml")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: huge)
        defer { try? FileManager.default.removeItem(at: link) }
        let linked = try CommandRunner.run(["simulate", link.path, "--lang", "en"])
        #expect(linked.status == 2 && linked.stderr.contains("larger than 16 MiB"))
    }

    @Test func jsonOutputStaysValidJSONWhateverTheNameHolds() throws {
        // Escaping DEL and C1 for the terminal wrote "\u{7F}" into JSON, which no JSON reader accepts.
        let file = try CommandRunner.temporaryFile("del.yaml", "name: \"a\\x7Fb\\u0085c\"\nstart: 2026-01\nmonths: 1\nperson: {birthYear: 1990}\n")
        let outcome = try CommandRunner.run(["simulate", file.path, "--format", "json"])
        #expect(outcome.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) is [String: Any])
        // Nor does any control character reach the terminal raw, in JSON or in text.
        let text = try CommandRunner.run(["simulate", file.path])
        for output in [outcome.stdout, text.stdout] {
            #expect(!output.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
        }
    }

    @Test func anEmptyRulesVariableMeansTheDefaultFolder() throws {
        // TUKI_RULES= had the loader search the whole working folder, build products included.
        let outcome = try CommandRunner.run(["rules", "validate", "--lang", "en"], environment: ["TUKI_RULES": ""])
        #expect(outcome.status == 0, "\(outcome.stderr)")
    }

    @Test func unknownAmountsAreShownAsUnknownAndTheTotalsWithThem() throws {
        // With the 2026 Kela earnings limit unknown (as it is in the rules), the table says the pension is not known
        // with the job instead of leaving it out; without the job it is the full amount.
        let unknownLimit = try CommandRunner.unknownValueOverlay("pension.kela.earnings_limit", from: "2026-01-01")
        let outcome = try CommandRunner.run(["simulate", example, "--overlay", unknownLimit.path])
        let kelaRow = try #require(outcome.stdout.split(separator: "\n").first { $0.hasPrefix("Kelan eläke ") })
        #expect(kelaRow.components(separatedBy: "ei tiedossa").count - 1 == 2, "with the job and the change")
        #expect(!outcome.stdout.contains("Tulosi yhteensä ennen veroja ovat 806,00"))
    }

    @Test func netFiguresFromWithholdingAloneSaySo() throws {
        let outcome = try CommandRunner.run(["simulate", "Scenarios/examples/saara-2024-confirmed-figures.yaml"])
        #expect(outcome.stdout.contains("Työn kanssa käteesi jää keskimäärin 693,64\u{00A0}€ kuukaudessa enemmän"))
        #expect(outcome.stdout.contains("Luvut perustuvat verokortin mukaisiin pidätyksiin."))
    }

    @Test func monthsWithTheSameFiguresShareOneNarrowTableOfLinesWithoutWithAndChange() throws {
        let outcome = try CommandRunner.run(["simulate", "Scenarios/examples/saara-2024-confirmed-figures.yaml"])
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // February to December 2024 have the same figures: one table, headed by the period.
        let heading = try #require(lines.firstIndex { $0.hasPrefix("helmikuu 2024 – joulukuu 2024") })
        #expect(lines[heading].hasSuffix("Muutos"))
        #expect(!outcome.stdout.contains("maaliskuu 2024  "))
        let table = lines[heading...].prefix { !$0.isEmpty }
        #expect(table.allSatisfy { $0.count <= 80 }, "fits a terminal")
        #expect(table.contains { $0.hasPrefix("Bruttopalkka") && $0.hasSuffix("0,00\u{00A0}€     806,00\u{00A0}€  +806,00\u{00A0}€") })
        #expect(table.contains { $0.hasPrefix("Käteen jäävä tulo") && $0.hasSuffix("1\u{00A0}020,87\u{00A0}€   1\u{00A0}714,51\u{00A0}€  +693,64\u{00A0}€") })
    }

    @Test func csvKeepsTheColumnsOfUnknownAmountsAndSaysTheyAreUnknown() throws {
        let outcome = try CommandRunner.run(["simulate", example, "--format", "csv"])
        #expect(outcome.status == 0)
        let rows = outcome.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = rows[0].components(separatedBy: ";")
        let cells = rows[1].components(separatedBy: ";")
        #expect(header.count == cells.count)
        let net = try #require(header.firstIndex { $0.hasPrefix("Käteen jäävä tulo") && $0.hasSuffix("(työn kanssa)") })
        #expect(cells[net] == "ei tiedossa")
        let wage = try #require(header.firstIndex { $0 == "Bruttopalkka (työn kanssa)" })
        #expect(cells[wage] == "806,00")
    }

    @Test func speaksSwedishWhenAsked() throws {
        let outcome = try CommandRunner.run(["simulate", example, "--lang", "sv"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("februari 2026"))
        #expect(outcome.stdout.contains("806,00\u{00A0}€"))
        #expect(!outcome.stdout.contains("helmikuu"))
    }

    @Test func writesJSONWithRulesetMonthsAndTrace() throws {
        let outcome = try CommandRunner.run(["simulate", example, "--format", "json"])
        #expect(outcome.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let ruleset = try #require(json["ruleset"] as? [String: Any])
        #expect(ruleset["version"] as? String == CommandRunner.rulesVersion)
        #expect((ruleset["digest"] as? String)?.count == 64)
        #expect(json["asOf"] as? String == "2026-02-01")
        let months = try #require(json["months"] as? [[String: Any]])
        #expect(months.count == 12)
        let withJob = try #require(months.first?["withJob"] as? [String: Any])
        let amounts = try #require(withJob["amounts"] as? [String: Any])
        #expect((amounts["grossWage"] as? NSNumber)?.decimalValue == Decimal(string: "806"))
        let trace = try #require(withJob["trace"] as? [[String: Any]])
        #expect(trace.contains { $0["id"] as? String == "wage.average_month" })
        #expect(outcome.stdout.contains("\"grossWage\": 806.00"))
    }

    @Test func aBrokenScenarioExitsTwoNamingFileLineAndField() throws {
        let file = try CommandRunner.temporaryFile("bad.yaml", """
        name: x
        start: 2026-02
        person: {birthYear: 1990}
        job:
          pattern: {daysPerWeek: 3, hoursPerDay: 25}
          hourlyWage: 12.40
        """)
        let outcome = try CommandRunner.run(["simulate", file.path])
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("\(file.path):5"))
        #expect(outcome.stderr.contains("job.pattern.hoursPerDay"))
    }

    @Test func aMissingScenarioFileExitsTwo() throws {
        let outcome = try CommandRunner.run(["simulate", "Scenarios/does-not-exist.yaml"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("Scenarios/does-not-exist.yaml"))
    }

    @Test func aWrongCommandLineExitsTwoAsOtherBadInputWhileHelpExitsZero() throws {
        let language = try CommandRunner.run(["simulate", "Scenarios/examples/saara-2024-confirmed-figures.yaml", "--lang", "de"])
        #expect(language.status == 2)
        #expect(language.stdout.isEmpty)
        #expect(language.stderr.contains("--lang"))
        let missing = try CommandRunner.run(["simulate"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("<file>"))
        let help = try CommandRunner.run(["simulate", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--lang"))
    }

    @Test func failedExpectationsExitOneListingEachMismatch() throws {
        let file = try CommandRunner.temporaryFile("expect.yaml", """
        name: x
        start: 2026-02
        months: 2
        person: {birthYear: 1990}
        job: {pattern: {daysPerWeek: 3, hoursPerDay: 5}, hourlyWage: 12.40}
        expect:
          2026-02: {grossWage: 800.00}
          2026-03: {grossWage: 806.00, baseline.grossWage: 1.00}
        """)
        let outcome = try CommandRunner.run(["simulate", file.path, "--lang", "en"])
        #expect(outcome.status == 1)
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("\(file.path):7") == true)
        #expect(outcome.stderr.contains("806.00"))
    }

    @Test func anOverlayChangesTheDigestAndIsListed() throws {
        let overlay = try CommandRunner.temporaryFile("reform.yaml", """
        namespace: tax.state
        parameters:
          earned_income_scale:
            source: {law: Test reform}
            values:
              2026-01-01:
                - {from: 0, rate: 0.10}
        """)
        let plain = try CommandRunner.run(["simulate", example, "--format", "json"])
        let reformed = try CommandRunner.run(["simulate", example, "--format", "json", "--overlay", overlay.path])
        #expect(reformed.status == 0)
        #expect(reformed.stdout.contains(overlay.path))
        let digest = { (text: String) in text.split(separator: "\n").first { $0.contains("\"digest\"") } }
        #expect(digest(plain.stdout) != digest(reformed.stdout))
    }
}
