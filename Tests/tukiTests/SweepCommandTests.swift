import Foundation
import Testing

@Suite struct SweepCommandTests {
    @Test func printsTheTableAndWritesTheChart() throws {
        let chart = FileManager.default.temporaryDirectory.appendingPathComponent("tuki-sweep-\(UUID().uuidString).svg")
        let outcome = try CommandRunner.run(["sweep", "Scenarios/examples/saara-2024-confirmed-figures.yaml",
                                             "--hours", "0...20", "--step", "2", "--chart", chart.path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Tuntia viikossa"))
        // 18 h is under the limit in the average month but not in July 2024 (23 working days); with a step of 2 h,
        // 16 h is the most that is safe in every month.
        #expect(outcome.stdout.contains("Suurin turvallinen työmäärä: enintään 16 tuntia viikossa"))
        #expect(outcome.stdout.contains("tarkistettu myös kuukausille, joissa on eniten työpäiviä"))
        // 17 h was not tried, and the report says the limit may lie between.
        #expect(outcome.stdout.contains("Seuraava kokeiltu työmäärä on 18 tuntia viikossa"))
        let svg = try String(contentsOf: chart, encoding: .utf8)
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.contains("<title id=\"chart-title\">"))
    }

    @Test func writesCSVWithSemicolonsInFinnish() throws {
        let outcome = try CommandRunner.run(["sweep", "Scenarios/examples/saara-2024-confirmed-figures.yaml",
                                             "--hours", "10...12", "--format", "csv"])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.components(separatedBy: "\r\n")
        #expect(lines.first?.hasPrefix("weeklyHours;grossWage;") == true)
        #expect(lines[1].hasPrefix("10;537,33;"))
    }

    @Test func aWageSweepNamesItsPointsByHourlyWage() throws {
        let outcome = try CommandRunner.run(["sweep", "Scenarios/examples/saara-2024-confirmed-figures.yaml",
                                             "--wage", "12...16", "--step", "1", "--lang", "en"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("Income at different hourly wages:"))
        #expect(outcome.stdout.contains("Hourly wage"))
        // €15.00 an hour is under Kela's limit in the average month (975.00 €) but not in months with more working days.
        #expect(outcome.stdout.contains("Best safe hourly wage: at most €14.00 an hour (€910.00 a month)."))
        #expect(!outcome.stdout.contains("hours a week"))
    }

    @Test func rejectsMoreHoursThanAWeekHas() throws {
        let outcome = try CommandRunner.run(["sweep", "Scenarios/examples/saara-2024-confirmed-figures.yaml", "--hours", "165...170"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("168"))
        #expect(outcome.stdout.isEmpty)
    }

    @Test func aScenarioWithoutAJobIsAnError() throws {
        // It printed an empty table and "no benefits that work could stop" for a person with three benefits.
        let file = try CommandRunner.temporaryFile("nojob.yaml", "name: n\nstart: 2026-01\nperson: {birthYear: 1990}\nbenefits: {kelaDisabilityPension: true}\n")
        let outcome = try CommandRunner.run(["sweep", file.path, "--lang", "en"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("no job"))
        #expect(outcome.stdout.isEmpty)
    }

    @Test func aChartPathThatCannotBeWrittenStopsBeforeAnythingIsPrinted() throws {
        // It printed the table, then Foundation's English error with its domain and code.
        let outcome = try CommandRunner.run(["sweep", "Scenarios/examples/saara-2024-confirmed-figures.yaml",
                                             "--chart", "/nonexistent-folder/x.svg", "--lang", "en"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("/nonexistent-folder") && !outcome.stderr.contains("NSCocoaErrorDomain"))
        #expect(outcome.stdout.isEmpty)
    }

    @Test func rejectsHoursAndWageTogether() throws {
        let outcome = try CommandRunner.run(["sweep", "Scenarios/examples/saara-2024-confirmed-figures.yaml",
                                             "--hours", "0...10", "--wage", "10...12"])
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
    }
}
