import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TukiEngine
@testable import TukiText

@Suite("Sweep outputs")
struct SweepOutputTests {
    static let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Rules").path

    let sweep: SweepResult

    init() throws {
        let scenario = try ScenarioDecoder.decode("""
        name: Wage earner "A; B"
        start: 2026-01
        months: 12
        person: {birthYear: 1990, municipality: Tampere}
        job: {pattern: {daysPerWeek: 5, hoursPerDay: 6}, hourlyWage: 12.40}
        """, file: "s.yaml")
        let simulation = Simulation(rules: try RuleLoader.load(directory: Self.rules))
        sweep = Sweep(simulation: simulation).run(scenario, axis: .weeklyHours([.whole(10), .whole(20), .whole(30)]))
    }

    @Test("CSV uses semicolons and decimal commas in Finnish and Swedish", arguments: [Language.fi, .sv])
    func csvForFinnishSpreadsheets(language: Language) {
        let lines = SweepReport(formatter: TextFormatter(language: language)).csv(sweep).components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("weeklyHours;grossWage;"))
        #expect(lines[1].hasPrefix("10;537,33;0,00;"))
    }

    @Test("a job in only some of the months says its figures are averaged over all of them")
    func shortJobIsSaid() throws {
        let scenario = try ScenarioDecoder.decode("""
        name: Short
        start: 2026-01
        months: 12
        person: {birthYear: 1990, municipality: Tampere}
        job: {start: 2026-04, end: 2026-09, pattern: {daysPerWeek: 5, hoursPerDay: 6}, hourlyWage: 12.40}
        """, file: "s.yaml")
        let short = Sweep(simulation: Simulation(rules: try RuleLoader.load(directory: Self.rules)))
            .run(scenario, axis: .weeklyHours([.whole(10)]))
        let lines = SweepReport(formatter: TextFormatter(language: .en)).conclusions(short)
        #expect(lines.contains("The wages and incomes here are averages over all 12 months of the calculation, and the job lasts 6 of them: a month of the job pays more than the average shows, and a benefit that rests after the job counts too."))
        #expect(!SweepReport(formatter: TextFormatter(language: .en)).conclusions(sweep).contains { $0.contains("averages over all") })
    }

    @Test("CSV uses commas and decimal points in English")
    func csvInEnglish() {
        let lines = SweepReport(formatter: TextFormatter(language: .en)).csv(sweep).components(separatedBy: "\r\n")
        #expect(lines[1].hasPrefix("10,537.33,0.00,"))
    }

    @Test("a CSV field holding the separator is quoted")
    func csvQuotesSeparators() {
        var csv = CSVTable(language: .fi)
        csv.append(["a;b", "say \"hi\"", "plain"])
        #expect(csv.render() == "\"a;b\";\"say \"\"hi\"\"\";plain\r\n")
    }

    @Test("the chart is well-formed SVG with a title, a description and axis labels", arguments: Language.allCases)
    func chartParsesAsXML(language: Language) throws {
        let formatter = TextFormatter(language: language)
        let svg = SweepChart(formatter: formatter).svg(sweep, scenarioName: "Wage earner \"A; B\" <x>")
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(collector.elements.first == "svg")
        #expect(collector.texts["title"]?.contains(formatter.say(SweepMessages.chartTitle, ["scenario": .text("Wage earner \"A; B\" <x>")])) == true)
        #expect(collector.texts["desc"]?.isEmpty == false)
        #expect(collector.allText.contains(formatter.say(SweepMessages.chartXAxis)))
        #expect(collector.allText.contains(formatter.say(SweepMessages.chartYAxis)))
        #expect(svg.contains("role=\"img\""))
    }

    @Test("the text report states the conclusion for a person with no benefits")
    func textStatesConclusions() {
        let text = SweepReport(formatter: TextFormatter(language: .en)).text(sweep, scenarioName: "x")
        #expect(text.contains("You have no benefits that work could stop."))
        #expect(text.contains("Net income is highest at 30 hours a week"))
    }

    @Test("the table says which benefits stop on the row where they stop, once; a trap in busy months says so")
    func stopsNoteOnce() throws {
        let file = URL(fileURLWithPath: Self.rules).deletingLastPathComponent()
            .appendingPathComponent("Scenarios/examples/saara-2024-confirmed-figures.yaml").path
        let scenario = try ScenarioDecoder.decode(try String(contentsOfFile: file, encoding: .utf8), file: file)
        let hours = (16...22).map { Hours.whole(Int64($0)) }
        let sweep = Sweep(simulation: Simulation(rules: try RuleLoader.load(directory: Self.rules))).run(scenario, axis: .weeklyHours(hours))
        let text = SweepReport(formatter: TextFormatter(language: .en)).text(sweep, scenarioName: "x")
        let rows = text.split(separator: "\n")
        #expect(rows.filter { $0.contains("stops: Kela pension and guarantee pension") }.count == 1)
        #expect(rows.first { $0.contains("stops:") }?.trimmingCharacters(in: .whitespaces).hasPrefix("19") == true)
        #expect(text.contains("Incentive trap at 18 hours: net income falls because Kela pension and guarantee pension stop "
            + "in the months with more working days."))
        #expect(text.contains("Incentive trap at 19 hours: net income falls because Kela pension and guarantee pension stop.\n"))
    }
}

/// Records element names and the text inside them.
final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var texts: [String: String] = [:]
    var allText = ""
    private var current: [String] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(elementName)
        current.append(elementName)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        current.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        allText += string
        if let element = current.last { texts[element, default: ""] += string }
    }
}

@Suite("Sweep trap sentences")
struct SweepTrapSentenceTests {
    @Test("a trap where no benefit stops names no cause", arguments: Language.allCases)
    func trapWithoutStoppedBenefits(language: Language) {
        let formatter = TextFormatter(language: language)
        let text = formatter.say(SweepMessages.trap, ["hours": .hours(.whole(18)), "stopped": .text(""), "count": .count(0),
                                                      "busyMonths": .text("yes")])
        #expect(!text.contains("  ") && !text.contains(" ,") && !text.contains("⟨"), "\(text)")
        #expect(!text.contains("because") && !text.contains("koska") && !text.contains("eftersom"), "\(text)")
    }
}
