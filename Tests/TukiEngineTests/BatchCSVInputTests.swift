import Foundation
import Testing
@testable import TukiEngine

/// Scenario CSVs as spreadsheets save them: encodings, separators, line ends, quotes and cells of Finnish Excel.
@Suite struct BatchCSVInputTests {
    /// Finnish Excel's "CSV (luetteloerotin)" saves Windows-1252: the file is refused at the first such byte's line,
    /// before any of its rows runs.
    @Test func aFileThatIsNotUTF8IsRefusedAtItsLine() throws {
        let csv = Array("name;start;birthYear;municipality\nA;2026-01;1985;Tampere\nB;2026-01;1985;H".utf8) + [0xE4]
            + Array("meenlinna\n".utf8)
        let items = try Self.items(csv)
        #expect(items.count == 1)
        let error = try #require(Self.unreadable(items.first))
        #expect(error.statement.kind == InputMessages.csvNotUTF8)
        #expect(error.line == 3)
        #expect(error.statement.values["byte"] == .text("0xE4"))
    }

    @Test func aUTF16FileIsRefused() throws {
        let text = "name\tstart\tbirthYear\r\nx\t2026-01\t1985\r\n"
        for (mark, order) in [([0xFF, 0xFE] as [UInt8], String.Encoding.utf16LittleEndian), ([0xFE, 0xFF], .utf16BigEndian)] {
            let items = try Self.items(mark + Array(try #require(text.data(using: order))))
            let error = try #require(Self.unreadable(items.first))
            #expect(error.statement.kind == InputMessages.csvUTF16 && error.line == 1)
        }
    }

    @Test func utf8WithByteOrderMarkAndEveryLengthOfCharacterIsRead() throws {
        let items = try Self.items(Array("\u{FEFF}name;start;birthYear;municipality\nÄö € 𝄞;2026-01;1985;Hämeenlinna\n".utf8))
        #expect(items.count == 1)
        #expect(Self.unreadable(items.first) == nil)
    }

    /// In a file separated by semicolons "1.250" may be 1 250 with a thousands point: refused, naming the column and
    /// the cell as typed, while a decimal comma reads as before.
    @Test func aPointInANumberOfASemicolonFileIsRefused() throws {
        let error = try #require(try Self.firstRow("name;start;birthYear;hoursPerWeek;hourlyWage;rent\nA;2026-01;1985;20;14,20;1.250\n")
            .failure)
        #expect(error.statement.kind == InputMessages.csvDecimalPoint)
        #expect(error.line == 2 && error.field == "rent" && error.statement.values["found"] == .text("1.250"))
        let scenario = try Self.firstRow("name;start;birthYear;hoursPerWeek;hourlyWage;rent\nA;2026-01;1985;20;12,40;650,5\n").get()
        #expect(scenario.job?.pay == .hourly(Money(cents: 1_240)) && scenario.housing?.rent == Money(cents: 65_050))
        let commaFile = try Self.firstRow("name,start,birthYear,hoursPerWeek,hourlyWage\nA,2026-01,1985,20,12.40\n").get()
        #expect(commaFile.job?.pay == .hourly(Money(cents: 1_240)))
    }

    /// NULL and ~ would read as "not given" (the default): in a spreadsheet they are refused, in any case.
    @Test("a cell that says NULL is refused", arguments: ["NULL", "null", "Null", "nUlL", "~"])
    func aNullCellIsRefused(cell: String) throws {
        let header = ["name", "start", "birthYear", "municipality", "kelaPension", "rent", "adults"]
        for column in ["name", "municipality", "kelaPension", "rent", "adults"] {
            var cells = ["name": "A", "start": "2026-01", "birthYear": "1985"]
            cells[column] = cell
            let text = header.joined(separator: ";") + "\n" + header.map { cells[$0] ?? "" }.joined(separator: ";") + "\n"
            let error = try #require(try Self.firstRow(text).failure, "\(column)")
            #expect(error.statement.kind == InputMessages.csvNullCell && error.field == column && error.statement.values["found"] == .text(cell))
        }
    }

    /// The decoder sees a decimal comma as a point; its message quotes the cell as the reader typed it.
    @Test func anErrorQuotesTheCellAsTyped() throws {
        let header = "name;start;birthYear;hoursPerWeek;hourlyWage;rent\n"
        let notAmount = try #require(try Self.firstRow(header + "A;2026-01;1985;20; 14,20 € ;\n").failure)
        #expect(notAmount.field == "hourlyWage" && notAmount.statement.values["found"] == .text("14,20 €"))
        // The hint's suggestion is what this file accepts: a decimal comma, not the point it would then refuse.
        #expect(notAmount.statement.values["suggested"] == .text("14,20"))
        let negative = try #require(try Self.firstRow(header + "A;2026-01;1985;20;14,20;-650,50\n").failure)
        #expect(negative.field == "rent" && negative.statement.kind == InputMessages.negative)
        #expect(negative.statement.values["found"] == .text("-650,50"))
    }

    /// A quote inside a cell is an inch mark, not the start of a quoted section that would swallow the rows after it.
    @Test func aQuoteInsideACellIsACharacter() {
        var records = CSVRecords(text: "name;start\ngood1;2026-01\nscreen 24\" monitor;2026-01\ngood2;2026-01\n\"a \"\"b\"\";c\";x\n")
        let rows = Array(AnyIterator { records.next() })
        #expect(rows.map(\.fields) == [["name", "start"], ["good1", "2026-01"], ["screen 24\" monitor", "2026-01"], ["good2", "2026-01"],
                                       ["a \"b\";c", "x"]])
        #expect(rows.map(\.line) == [1, 2, 3, 4, 5])
        // A quote after the spaces that follow a separator still opens the cell.
        var spaced = CSVRecords(text: "name,municipality\nA, \"Espoo, Tapiola\"\n")
        #expect(Array(AnyIterator { spaced.next() }).last?.fields == ["A", "Espoo, Tapiola"])
    }

    /// Excel leaves empty columns at the end of the header and extra separators at the end of rows: both are
    /// ignored while their cells are empty; a value under a column without a name is an error naming the column.
    @Test func emptyColumnsWithoutANameAreIgnored() throws {
        let header = "name;start;birthYear;hoursPerWeek;hourlyWage"
        for text in [header + ";;\nA;2026-01;1985;20;14,20;;\n", header + ";;\nA;2026-01;1985;20;14,20\n",
                     header + "\nA;2026-01;1985;20;14,20;;\n", "name;;start;birthYear\nA;;2026-01;1985\n"] {
            #expect(throws: Never.self, "\(text)") { try Self.firstRow(text).get() }
        }
        let valueUnderNoName = try #require(try Self.firstRow(header + ";;\nA;2026-01;1985;20;14,20;;x\n").failure)
        #expect(valueUnderNoName.statement.kind == InputMessages.csvUnnamedColumn && valueUnderNoName.line == 2)
        #expect(valueUnderNoName.statement.values["column"] == .count(7) && valueUnderNoName.statement.values["found"] == .text("x"))
        let pastTheHeader = try #require(try Self.firstRow(header + "\nA;2026-01;1985;20;14,20;12\n").failure)
        #expect(pastTheHeader.statement.kind == InputMessages.csvUnnamedColumn && pastTheHeader.statement.values["column"] == .count(6))
        let short = try #require(try Self.firstRow(header + ";;\nA;2026-01;1985;20\n").failure)
        #expect(short.statement.kind == InputMessages.columnCount && short.statement.values["expected"] == .count(5))
    }

    /// Excel's `sep=;` first line declares the separator; the header is the line after it.
    @Test("a sep= line declares the separator", arguments: ["", "\u{FEFF}"])
    func aSepLineDeclaresTheSeparator(byteOrderMark: String) {
        var semicolons = CSVRecords(text: byteOrderMark + "sep=;\r\nname;start;birthYear\r\nx;2026-01;1985\r\n")
        let semicolonRows = Array(AnyIterator { semicolons.next() })
        #expect(semicolons.usesDecimalComma)
        #expect(semicolonRows == [.init(line: 2, fields: ["name", "start", "birthYear"]), .init(line: 3, fields: ["x", "2026-01", "1985"])])
        var commas = CSVRecords(text: byteOrderMark + "SEP=,\nname,start;birthYear\n")
        #expect(commas.next() == .init(line: 2, fields: ["name", "start;birthYear"]))
        #expect(!commas.usesDecimalComma)
    }

    /// Excel's "CSV (Macintosh)" ends lines with a lone CR, inside quoted cells too.
    @Test func aLoneCarriageReturnEndsALine() throws {
        var records = CSVRecords(text: "name;start\rmac;2026-01\r\"two\rlines\";2026-02\rlast;2026-03")
        let rows = Array(AnyIterator { records.next() })
        #expect(rows.map(\.fields) == [["name", "start"], ["mac", "2026-01"], ["two\rlines", "2026-02"], ["last", "2026-03"]])
        #expect(rows.map(\.line) == [1, 2, 3, 5])
        let notUTF8 = Array("name;start\rA;2026-01\rB;H".utf8) + [0xE4] + Array("m\r".utf8)
        #expect(Self.unreadable(try Self.items(notUTF8).first)?.line == 3)
    }

    /// The first row of a CSV read as a scenario, or why it cannot be.
    static func firstRow(_ text: String) throws -> Result<Scenario, InputError> {
        var records = CSVRecords(text: text)
        let header = records.next(), row = records.next()
        let reader = try ScenarioCSV(header: try #require(header), file: "people.csv", decimalComma: records.usesDecimalComma)
        let record = try #require(row)
        do throws(InputError) { return .success(try reader.scenario(record)) } catch { return .failure(error) }
    }

    /// The batch entries of a CSV file holding `bytes`.
    static func items(_ bytes: [UInt8]) throws -> [BatchItem] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tuki-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("people.csv")
        try Data(bytes).write(to: file)
        var inputs = BatchInputs(paths: [file.path])
        return Array(AnyIterator { inputs.next() })
    }

    static func unreadable(_ item: BatchItem?) -> InputError? {
        if case let .unreadable(error)? = item { return error }
        return nil
    }
}

extension Result {
    var failure: Failure? {
        if case let .failure(error) = self { return error }
        return nil
    }
}
