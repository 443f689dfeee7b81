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

    /// One output row as column → cell.
    private func cells(_ line: String, _ table: BatchTable) throws -> [String: String] {
        var records = CSVRecords(text: line)
        return Dictionary(uniqueKeysWithValues: zip(table.columns, try records.required().fields))
    }
}
