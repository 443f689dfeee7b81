import Foundation
import Testing

@Suite struct SweepCommandTests {
    @Test func printsTheTableAndWritesTheChart() throws {
        let chart = FileManager.default.temporaryDirectory.appendingPathComponent("tuki-sweep-\(UUID().uuidString).svg")
        let outcome = try CommandRunner.run(["sweep", "Scenarios/examples/saara-2024-confirmed-figures.yaml",
                                             "--hours", "0...20", "--step", "2", "--chart", chart.path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Tuntia viikossa"))
        #expect(outcome.stdout.contains("Turvallisin työmäärä: enintään 18 tuntia viikossa"))
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

    @Test func rejectsHoursAndWageTogether() throws {
        let outcome = try CommandRunner.run(["sweep", "Scenarios/examples/saara-2024-confirmed-figures.yaml",
                                             "--hours", "0...10", "--wage", "10...12"])
        #expect(outcome.status != 0)
        #expect(outcome.stdout.isEmpty)
    }
}
