import Foundation
import Testing
import TukiEngine
import TukiText

/// CSV in and out of `tuki batch`: scenario rows read back to the same scenario, output read back to the same cells.
@Suite struct BatchRoundTripTests {
    @Test("a scenario written as a CSV row reads back the same", arguments: [Language.fi, Language.en])
    func scenarioRowsRoundTrip(language: Language) throws {
        let generator = ScenarioGenerator()
        let scenarios = (0..<200).map(generator.scenario)
        let decimalComma = language != .en
        var csv = CSVTable(language: language)
        csv.append(ScenarioCSVColumn.all.map(\.name))
        for scenario in scenarios { csv.append(try #require(ScenarioCSV.row(for: scenario, decimalComma: decimalComma))) }
        var records = CSVRecords(text: csv.render())
        let reader = try ScenarioCSV(header: try records.required(), file: "people.csv", decimalComma: records.usesDecimalComma)
        #expect(records.usesDecimalComma == decimalComma)
        for (index, scenario) in scenarios.enumerated() {
            let record = try records.required()
            #expect(record.line == index + 2)
            #expect(try reader.scenario(record) == scenario)
        }
        #expect(records.next() == nil)
    }

    @Test func quotedCellsKeepSeparatorsQuotesAndLineBreaks() {
        var csv = CSVTable(language: .fi)
        let rows = [["a;b", "say \"hi\"", "two\nlines", "1,50"], ["", "x", "", ""]]
        rows.forEach { csv.append($0) }
        var records = CSVRecords(text: csv.render())
        let first = records.next(), second = records.next()
        #expect(first?.line == 1 && first?.fields == rows[0])
        #expect(second?.line == 3 && second?.fields == rows[1])
        #expect(records.next() == nil)
    }

    @Test func batchOutputReadsBackCellForCell() throws {
        let rules = try RuleLoader.load(directory: BatchRoundTripTests.rulesFolder)
        let run = BatchRun(rules: rules)
        let table = BatchTable(formatter: TextFormatter(language: .fi), withReform: false, withBestSafeHours: false)
        let document = BatchDocument(format: .csv, table: table, rules: rules.stamp, reformRules: nil)
        let outcomes = (0..<20).map { run.outcome($0, .scenario(source: "g;\($0)", ScenarioGenerator().scenario($0))) }
        let text = document.header() + outcomes.map(document.row).joined()
        var records = CSVRecords(text: text)
        #expect(records.next()?.fields == table.columns)
        for outcome in outcomes {
            let fields = try records.required().fields
            #expect(fields.count == table.columns.count)
            #expect(fields[0] == outcome.source)
            let net = fields[table.columns.firstIndex(of: "netWithJobMonthly")!]
            if case let .ran(current, _, _, _) = outcome.status {
                #expect(net == (current.netWith?.description.replacingOccurrences(of: ".", with: ",") ?? ""))
            }
        }
    }

    @Test func aBadCellNamesTheLineAndColumn() throws {
        var records = CSVRecords(text: "name,start,birthYear,hoursPerWeek,hourlyWage\nA,2026-01,1990,20,12.001\n")
        let reader = try ScenarioCSV(header: try records.required(), file: "p.csv", decimalComma: false)
        #expect(throws: InputError.self) { try reader.scenario(try records.required()) }
        var again = CSVRecords(text: "name,start,birthYear,hoursPerWeek,hourlyWage\nA,2026-01,1990,20,12.001\n")
        _ = again.next()
        do {
            _ = try reader.scenario(try again.required())
        } catch let error as InputError {
            #expect(error.line == 2 && error.field == "hourlyWage")
        }
    }

    @Test func reformSummaryCountsAndBands() {
        var summary = ReformSummary()
        summary.add(current: Money(cents: 100_000), reform: Money(cents: 100_500))
        summary.add(current: Money(cents: 100_000), reform: Money(cents: 80_000))
        summary.add(current: Money(cents: 100_000), reform: Money(cents: 100_000))
        summary.add(current: nil, reform: Money(cents: 1))
        #expect(summary.gain == 1 && summary.lose == 1 && summary.unchanged == 1 && summary.unknown == 1)
        #expect(summary.averageGain == Money(cents: 500) && summary.largestLoss == Money(cents: 20_000))
        #expect(summary.bandCounts == [1, 0, 0, 1, 1, 0, 0])
    }

    @Test func parallelMapKeepsOrder() {
        let items = Array(0..<1_000)
        #expect(ParallelChunks(jobs: 4).map(items) { $0 * 2 } == items.map { $0 * 2 })
    }

    static let rulesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Rules").path
}

extension CSVRecords {
    struct NoMoreRecords: Error {}
    mutating func required() throws -> Record {
        guard let record = next() else { throw NoMoreRecords() }
        return record
    }
}
