import Foundation
import Testing

/// `tuki batch` as a user runs it: folders, CSV rows, broken entries, overlays, order and atomic output.
@Suite struct BatchCommandTests {
    static let regressionFiles = (try? FileManager.default.contentsOfDirectory(
        atPath: CommandRunner.repository.appendingPathComponent("Scenarios/regression").path))?
        .filter { $0.hasSuffix(".yaml") }.sorted() ?? []

    /// Every regression scenario is a test: the batch over the folder must pass, one row per file.
    @Test func regressionScenariosAllPass() throws {
        #expect(Self.regressionFiles.count >= 10)
        let outcome = try CommandRunner.run(["batch", "Scenarios/regression", "--lang", "en"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rows = BatchCSV(outcome.stdout).rows
        #expect(rows.map { $0["source"] } == Self.regressionFiles.map { "Scenarios/regression/\($0)" })
        // A scenario checking only its pension may leave a figure such as the housing allowance unknown: incomplete.
        #expect(rows.allSatisfy { ["ok", "incomplete"].contains($0["status"]) && $0["mismatches"] == "0" })
        #expect(outcome.stderr.contains("Ran \(Self.regressionFiles.count), failed 0, skipped 0."))
        #expect(outcome.stderr.contains("The expected figures matched in all \(Self.regressionFiles.count) scenarios that give them."))
    }

    /// Scenarios without expected figures have nothing to match: the summary does not claim they matched.
    @Test func withoutExpectedFiguresNoMatchIsClaimed() throws {
        let outcome = try CommandRunner.run(["batch", "Scenarios/batch-template.csv", "--lang", "en"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("expected figures matched"))
    }

    @Test func aMissedExpectationIsListedAndExitsOne() throws {
        let original = try String(contentsOf: CommandRunner.repository.appendingPathComponent("Scenarios/regression/wage-average-month.yaml"),
                                  encoding: .utf8)
        let changed = original.replacingOccurrences(of: "grossWage: 806.00", with: "grossWage: 806.01")
        #expect(changed != original)
        let file = try CommandRunner.temporaryFile("wage.yaml", changed)
        let outcome = try CommandRunner.run(["batch", file.path, "--lang", "en"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("wage.yaml:"))
        #expect(outcome.stderr.contains("806.01"))
        #expect(outcome.stderr.contains("806.00"))
        #expect(BatchCSV(outcome.stdout).rows.first?["status"] == "mismatch")
    }

    @Test func aBrokenScenarioDoesNotStopTheOthers() throws {
        let folder = try CommandRunner.temporaryFile("README.txt", "not a scenario").deletingLastPathComponent()
        for name in ["tax-full-time-2026.yaml", "wage-average-month.yaml"] {
            try FileManager.default.copyItem(at: CommandRunner.repository.appendingPathComponent("Scenarios/regression/\(name)"),
                                             to: folder.appendingPathComponent(name))
        }
        try "name: Broken\nstart: 2026-01\nperson:\n  birthYear: 1990\njob:\n  pattern: {hoursPerWeek: 20}\n  hourlyWage: twelve\n"
            .write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["batch", folder.path, "--lang", "en"])
        #expect(outcome.status == 1)
        let rows = BatchCSV(outcome.stdout).rows
        #expect(rows.map { URL(fileURLWithPath: $0["source"] ?? "").lastPathComponent }
            == ["README.txt", "broken.yaml", "tax-full-time-2026.yaml", "wage-average-month.yaml"])
        #expect(rows.map { $0["status"] } == ["skipped", "failed", "ok", "ok"])
        #expect(outcome.stderr.contains("broken.yaml:7: job.hourlyWage:"))
        #expect(rows[1]["error"]?.contains("job.hourlyWage") == true)
        // As JSON the rows join up though the first entry is skipped and the second failed.
        let json = try CommandRunner.run(["batch", folder.path, "--format", "json", "--lang", "en"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let jsonRows = try #require(document["rows"] as? [[String: Any]])
        #expect(jsonRows.count == 4)
        // A ran row's warnings are an array of ids in JSON (space-separated only in CSV's one cell).
        #expect(jsonRows[2]["warnings"] is [String])
        #expect((jsonRows[1]["warnings"] as? [String])?.isEmpty == true, "a failed row's list is empty, not null")
        #expect(outcome.stderr.contains("Ran 2, failed 1, skipped 1."))
    }

    @Test func aBadCSVRowNamesItsLineAndColumn() throws {
        let csv = try CommandRunner.temporaryFile("people.csv", "name,start,birthYear,hoursPerWeek,hourlyWage\n"
            + "A,2026-01,1990,20,12.00\nB,2026-13,1990,20,12.00\n\nC,2026-01,1990,20,12.00\n")
        let outcome = try CommandRunner.run(["batch", csv.path, "--lang", "en"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("people.csv:3: start:"))
        #expect(BatchCSV(outcome.stdout).rows.map { $0["status"] } == ["ok", "failed", "skipped", "ok"])
        #expect(BatchCSV(outcome.stdout).rows[1]["name"] == "B", "a failed row keeps the name it gives")
    }

    @Test func aRowWhoseNetIncomeIsUnknownIsMarkedAndCounted() throws {
        // Such rows said "ok" with empty net cells, which a spreadsheet sums as zero, and nothing counted them.
        let csv = try CommandRunner.temporaryFile("years.csv", "name,start,birthYear,hoursPerWeek,hourlyWage\n"
            + "A,2026-01,1990,20,12.00\nB,2027-01,1990,20,12.00\n")
        let outcome = try CommandRunner.run(["batch", csv.path, "--lang", "en"])
        #expect(BatchCSV(outcome.stdout).rows.map { $0["status"] } == ["ok", "incomplete"])
        #expect(outcome.stdout.contains("netUnknown,1"))
        #expect(outcome.stderr.contains("In one of them the net income cannot be worked out"))
        // A row that misses an expected figure is a mismatch, and not also counted as incomplete.
        let missed = try CommandRunner.temporaryFile("missed.yaml", "name: m\nstart: 2027-01\nmonths: 1\nperson: {birthYear: 1990}\n"
            + "job: {pattern: {hoursPerWeek: 20}, hourlyWage: 12}\nexpect:\n  2027-01: {grossWage: 1.00}\n")
        let mismatch = try CommandRunner.run(["batch", missed.path, "--lang", "en"])
        #expect(BatchCSV(mismatch.stdout).rows.map { $0["status"] } == ["mismatch"])
        #expect(mismatch.stdout.contains("netUnknown,0"))
    }

    /// A row without its work pattern is told which of its columns give one, not the scenario's field path.
    @Test func aMissingWorkPatternNamesItsColumns() throws {
        let csv = try CommandRunner.temporaryFile("people.csv", "name;start;birthYear;hourlyWage;daysPerWeek;hoursPerDay;hoursPerWeek\n"
            + "A;2026-01;1990;12,40;;;\n")
        let outcome = try CommandRunner.run(["batch", csv.path, "--lang", "en"])
        #expect(outcome.stderr.contains("people.csv:2: daysPerWeek / hoursPerDay / hoursPerWeek:"))
    }

    @Test func anOutputFolderThatDoesNotExistIsNamedInTheReadersLanguage() throws {
        let outcome = try CommandRunner.run(["batch", "Scenarios/batch-template.csv", "--out", "/nonexistent-tuki/x.csv", "--lang", "sv"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("Mappen /nonexistent-tuki finns inte."))
    }

    @Test func decisionAmountsComeFromTheirColumns() throws {
        let csv = try CommandRunner.temporaryFile("decisions.csv",
            "name;start;birthYear;kelaPensionMonthly;kelaEarningsLimit;guaranteePensionMonthly;disabilityAllowance;disabilityAllowanceMonthly;hoursPerWeek;monthlySalary\n"
            + "A;2026-02;1990;700,00;1000,00;300,00;basic;85,00;20;900,00\n")
        let outcome = try CommandRunner.run(["batch", csv.path])
        #expect(outcome.status == 0)
        let row = try #require(BatchCSV(outcome.stdout).rows.first)
        #expect(row["guaranteePensionTotal"] == "3600,00")  // 12 × 300.00
        #expect(row["disabilityAllowanceTotal"] == "1020,00")  // 12 × 85.00
    }

    @Test func aCSVSavedWithAByteOrderMarkIsRead() throws {
        let csv = try CommandRunner.temporaryFile("excel.csv", "\u{FEFF}name;start;birthYear;hoursPerWeek;hourlyWage\n"
            + "A;2026-01;1990;20;12,00\n")
        let outcome = try CommandRunner.run(["batch", csv.path])
        #expect(outcome.status == 0)
        #expect(BatchCSV(outcome.stdout).rows.map { $0["status"] } == ["ok"])
    }

    @Test func outputIsTheSameWhateverTheJobs() throws {
        let arguments = ["batch", "Scenarios/regression", "Scenarios/batch-template.csv", "--format", "jsonl"]
        let one = try CommandRunner.run(arguments + ["--jobs", "1"])
        let four = try CommandRunner.run(arguments + ["--jobs", "4"])
        #expect(one.status == 0 && four.status == 0)
        #expect(one.stdout == four.stdout)
        let generated = try CommandRunner.run(["batch", "--generate", "300", "--jobs", "1"])
        let generatedFour = try CommandRunner.run(["batch", "--generate", "300", "--jobs", "4"])
        #expect(BatchCSV(generated.stdout).rows.count == 300)
        #expect(generated.stdout == generatedFour.stdout)
    }

    /// Helsinki's 2026 rate up a point, Tampere's down one: Helsinki loses, Tampere gains, the rest stay.
    @Test func anOverlayChangesExactlyTheScenariosItShould() throws {
        let overlay = try CommandRunner.temporaryFile("reform.yaml", """
            namespace: tax.municipal
            parameters:
              rate:
                source: {law: Test reform}
                values:
                  2026-01-01:
                    value: {Espoo: 0.053, Helsinki: 0.063, Hämeenlinna: 0.084, Tampere: 0.066}
            """)
        let csv = try CommandRunner.temporaryFile("people.csv", "name;start;birthYear;municipality;hoursPerWeek;monthlySalary\n"
            + "Helsinki;2026-01;1990;Helsinki;37,5;2500,00\nTampere;2026-01;1990;Tampere;37,5;2500,00\n"
            + "Espoo;2026-01;1990;Espoo;37,5;2500,00\nNo wage;2026-01;1990;Helsinki;0;0,00\n")
        let outcome = try CommandRunner.run(["batch", csv.path, "--overlay", overlay.path, "--lang", "en"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("do not use"), "the municipal rate is read by every row's tax")
        let table = BatchCSV(outcome.stdout)
        let changes = table.rows.map { $0["netWithJobMonthly.change"] ?? "" }
        #expect(changes.count == 4)
        #expect(changes[0].hasPrefix("-") && changes[0] != "-0.00")
        #expect(!changes[1].hasPrefix("-") && changes[1] != "0.00")
        #expect(changes[2] == "0.00" && changes[3] == "0.00")
        #expect(table.trailer["gain"] == "1" && table.trailer["lose"] == "1" && table.trailer["unchanged"] == "2")
        #expect(outcome.stderr.contains("Gain: 1. Lose: 1. Unchanged: 2."))
    }

    /// An overlay that changes only what no row reads (an area's subsidy terms) would show every row unchanged: the
    /// run says so, naming the parameters.
    @Test func anOverlayNoRowReadsIsSaidToChangeNothing() throws {
        let outcome = try CommandRunner.run(["batch", "Scenarios/batch-template.csv", "--lang", "en",
                                             "--overlay", "Scenarios/overlays/example-area-local-terms.yaml"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("the overlay changes only values the rows' figures do not use (employment.wage_subsidy."))
    }

    @Test func anInterruptedRunLeavesNoPartialFile() throws {
        let folder = try CommandRunner.temporaryFile("results.csv", "earlier results\n").deletingLastPathComponent()
        let target = folder.appendingPathComponent("results.csv")
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["batch", "--generate", "2000000", "--out", target.path]
        process.currentDirectoryURL = CommandRunner.repository
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 2)
        #expect(process.isRunning)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).contains { $0.hasSuffix(".partial") })
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(try String(contentsOf: target, encoding: .utf8) == "earlier results\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["results.csv"])
    }

    @Test func aCompletedRunMovesTheFileIntoPlaceAndPrintsTheSummary() throws {
        let target = try CommandRunner.temporaryFile("placeholder", "").deletingLastPathComponent().appendingPathComponent("out.json")
        let outcome = try CommandRunner.run(["batch", "Scenarios/regression", "--format", "json", "--out", target.path, "--lang", "en"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Ran \(Self.regressionFiles.count), failed 0, skipped 0."))
        #expect(!outcome.stderr.contains("\r"), "no progress when stderr is not a terminal")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: target)) as? [String: Any]
        #expect((json?["rows"] as? [Any])?.count == Self.regressionFiles.count)
        #expect((json?["summary"] as? [String: Any])?["ran"] as? Int == Self.regressionFiles.count)
    }

    /// Finnish Excel reads a CSV without a byte-order mark as Windows-1252; a file for it gets one, a pipe does not.
    @Test func aCSVFileStartsWithAByteOrderMarkAndStandardOutputDoesNot() throws {
        let target = try CommandRunner.temporaryFile("placeholder", "").deletingLastPathComponent().appendingPathComponent("out.csv")
        let toFile = try CommandRunner.run(["batch", "Scenarios/batch-template.csv", "--out", target.path])
        #expect(toFile.status == 0, "\(toFile.stderr)")
        let bytes = try Data(contentsOf: target)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self).hasPrefix("source;name;status;"))
        let toStandardOutput = try CommandRunner.run(["batch", "Scenarios/batch-template.csv"])
        #expect(toStandardOutput.stdout.hasPrefix("source;name;status;"))
        let json = target.deletingLastPathComponent().appendingPathComponent("out.json")
        _ = try CommandRunner.run(["batch", "Scenarios/batch-template.csv", "--format", "json", "--out", json.path])
        #expect(try Data(contentsOf: json).first == UInt8(ascii: "{"))
    }

    @Test func noInputIsAnUnusableInvocation() throws {
        #expect(try CommandRunner.run(["batch"]).status == 2)
    }
}

/// A batch CSV read back: the rows as column → cell, and the name → value rows after the blank line.
struct BatchCSV {
    let rows: [[String: String]]
    let trailer: [String: String]

    init(_ text: String) {
        let lines = text.components(separatedBy: "\r\n")
        let separator: Character = lines.first?.contains(";") == true ? ";" : ","
        let header = lines.first?.split(separator: separator, omittingEmptySubsequences: false).map(String.init) ?? []
        let blank = lines.firstIndex(of: "") ?? lines.count
        rows = lines[1..<max(1, blank)].map { line in
            Dictionary(zip(header, Self.cells(line, separator)), uniquingKeysWith: { first, _ in first })
        }
        trailer = Dictionary(lines[min(blank + 1, lines.count)...].compactMap { line -> (String, String)? in
            let cells = Self.cells(line, separator)
            return cells.count == 2 ? (cells[0], cells[1]) : nil
        }, uniquingKeysWith: { first, _ in first })
    }

    /// Cells of one line; quoted cells may hold the separator and doubled quotes.
    static func cells(_ line: String, _ separator: Character) -> [String] {
        var cells: [String] = [], cell = "", quoted = false
        var characters = line.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let following = characters.next()
                    if following == "\"" { cell.append("\"") } else { quoted = false; pending = following }
                } else { cell.append(character) }
            } else if character == "\"" { quoted = true } else if character == separator { cells.append(cell); cell = "" } else { cell.append(character) }
        }
        cells.append(cell)
        return cells
    }
}
