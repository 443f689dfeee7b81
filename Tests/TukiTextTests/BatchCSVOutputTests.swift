import Foundation
import Testing
import TukiEngine
import TukiText

/// A batch's CSV as Excel opens it: text that must stay text, and figures in the file's own number form.
@Suite struct BatchCSVOutputTests {
    /// A name is whatever the analyst typed; one beginning with =, +, - or @ would run as a formula in a spreadsheet.
    /// Figures are never touched: a negative amount stays a number.
    @Test func textThatASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe() throws {
        let rules = try RuleLoader.load(directory: BatchRoundTripTests.rulesFolder)
        let table = BatchTable(formatter: TextFormatter(language: .fi), withReform: false, withBestSafeHours: false)
        let document = BatchDocument(format: .csv, table: table, rules: rules.stamp, reformRules: nil)
        var records = CSVRecords(text: "name;start;months;birthYear;municipality;kelaPension;monthlySalary;hoursPerWeek\n"
            + "-k1000;2024-01;12;1990;Helsinki;true;1000,00;20\n=HYPERLINK(\"http://x\")+1;2024-13;12;1990;Helsinki;true;;\n")
        let reader = try ScenarioCSV(header: try records.required(), file: "@people.csv", decimalComma: true)
        let run = BatchRun(rules: rules)
        let ran = try cells(document.row(run.outcome(0, .row(reader, try records.required()))), table)
        let failed = try cells(document.row(run.outcome(1, .row(reader, try records.required()))), table)
        #expect(ran["source"] == "'@people.csv:2" && ran["name"] == "'-k1000")
        #expect(ran["gainMonthly"]?.hasPrefix("-") == true, "a loss is a negative number, not text")
        #expect(failed["name"] == "'=HYPERLINK(\"http://x\")+1")
        #expect(failed["error"]?.hasPrefix("'@people.csv:3: start:") == true)
        let csv = CSVTable(language: .fi)
        #expect(["+358", "\tx", "plain", "", "a=b"].map(csv.text) == ["'+358", "'\tx", "plain", "", "a=b"])
    }

    /// A ratio has four decimals whatever its value, rounded half up (away from zero), with the file's decimal mark.
    @Test func ratiosHaveFourDecimals() {
        let fi = CSVTable(language: .fi), en = CSVTable(language: .en)
        let rates = ["0.08189848", "0.0918", "1.05599", "-0.89809", "0", "0.00005", "-0.00005", "0.00004999", "1"]
        #expect(rates.map { fi.ratio(Rate(exactly: $0)!) }
            == ["0,0819", "0,0918", "1,0560", "-0,8981", "0,0000", "0,0001", "-0,0001", "0,0000", "1,0000"])
        #expect(en.ratio(Rate(exactly: "0.08189848")!) == "0.0819")
    }

    /// A row's rate and its change have four decimals, money two, and the reform's bands are named with the file's
    /// decimal mark.
    @Test func figuresAndBandsUseTheFilesNumberForm() throws {
        let rules = try RuleLoader.load(directory: BatchRoundTripTests.rulesFolder)
        let table = BatchTable(formatter: TextFormatter(language: .fi), withReform: true, withBestSafeHours: false)
        let document = BatchDocument(format: .csv, table: table, rules: rules.stamp, reformRules: rules.stamp)
        var records = CSVRecords(text: "name;start;birthYear;municipality;hoursPerWeek;monthlySalary\nA;2026-01;1990;Tampere;20;1000,00\n")
        let reader = try ScenarioCSV(header: try records.required(), file: "people.csv", decimalComma: true)
        let outcome = BatchRun(rules: rules, reform: rules).outcome(0, .row(reader, try records.required()))
        let row = try cells(document.row(outcome), table)
        let fourDecimals = try Regex("^-?[0-9]+,[0-9]{4}$")
        #expect(try #require(row["participationTaxRate"]).wholeMatch(of: fourDecimals) != nil)
        #expect(row["participationTaxRate.change"] == "0,0000" && row["gainMonthly.change"] == "0,00")
        var summary = ReformSummary()
        summary.add(outcome)
        let footer = document.footer(BatchTally(), summary)
        #expect(footer.contains("band ..-100,00;0\r\nband -99,99..-10,00;0\r\nband -9,99..-0,01;0\r\nband 0,00..0,00;1\r\n"))
        #expect(footer.contains("band 100,00..;0\r\n"))
    }

    /// One output row as column → cell.
    private func cells(_ line: String, _ table: BatchTable) throws -> [String: String] {
        var records = CSVRecords(text: line)
        return Dictionary(uniqueKeysWithValues: zip(table.columns, try records.required().fields))
    }
}
