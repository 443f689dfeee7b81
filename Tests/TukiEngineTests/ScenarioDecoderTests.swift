import Foundation
import Testing
@testable import TukiEngine

@Suite struct ScenarioDecoderTests {
    @Test func theExampleScenarioDecodes() throws {
        let text = try String(contentsOfFile: TestPaths.scenario("examples/saara-3-days-5-hours.yaml"), encoding: .utf8)
        let decoded = try ScenarioDecoder.decode(text, file: "saara.yaml")
        #expect(decoded.start == YearMonth(iso: "2026-02"))
        #expect(decoded.months == 12)
        #expect(decoded.job?.pattern.weeklyHours == Hours.whole(15))
        #expect(decoded.job?.pay == .hourly(money("12.40")))
        #expect(decoded.benefits.disabilityAllowance == .basic)
        #expect(decoded.household == Household(adults: 1, children: 0, partnerMonthlyIncome: .zero))
    }

    @Test func jsonDecodesLikeYAML() throws {
        let json = """
        {"name": "JSON", "start": "2026-02", "months": 2, "person": {"birthYear": 2002},
         "job": {"pattern": {"daysPerWeek": 3, "hoursPerDay": 5}, "hourlyWage": 12.40}}
        """
        let yaml = """
        name: JSON
        start: 2026-02
        months: 2
        person: {birthYear: 2002}
        job: {pattern: {daysPerWeek: 3, hoursPerDay: 5}, hourlyWage: 12.40}
        """
        #expect(try scenario(json) == scenario(yaml))
    }

    @Test func defaultsAreDocumentedValues() throws {
        let decoded = try scenario("name: x\nstart: 2026-01\nperson: {birthYear: 1990}\n")
        #expect(decoded.months == 12)
        #expect(decoded.household == Household(adults: 1, children: 0, partnerMonthlyIncome: .zero))
        #expect(decoded.benefits == .none)
        #expect(decoded.job == nil)
        #expect(decoded.person.churchMember == false)
    }

    struct BadCase: Sendable, CustomStringConvertible {
        let name: String
        let yaml: String
        let kind: MessageKind
        let line: Int
        let field: String?
        var description: String { name }
    }

    static let base = "name: x\nstart: 2026-02\nperson: {birthYear: 1990}\n"

    @Test func aJobWithAnEmployerOutsideTheSimulationDecodes() throws {
        // Its months in the simulation are none: the employer block must not make an empty range (a crash).
        for job in ["{start: 2027-03, pattern: {hoursPerWeek: 20}, hourlyWage: 12, employer: {kind: company}}",
                    "{start: 2025-01, end: 2025-06, pattern: {hoursPerWeek: 20}, hourlyWage: 12, employer: {kind: company}}"] {
            let decoded = try scenario(Self.base + "months: 2\njob: \(job)\n")
            #expect(decoded.job?.employer?.kind == .company)
        }
    }

    static let badCases = [
        BadCase(name: "unknown top-level field", yaml: base + "montsh: 3\n", kind: InputMessages.unknownKey, line: 4, field: "montsh"),
        BadCase(name: "typo in a job field", yaml: base + "job:\n  pattern: {hoursPerWeek: 10}\n  hourlyWge: 12\n",
                kind: InputMessages.unknownKey, line: 6, field: "job.hourlyWge"),
        BadCase(name: "negative hours", yaml: base + "job:\n  pattern: {daysPerWeek: 3, hoursPerDay: -5}\n  hourlyWage: 12\n",
                kind: InputMessages.outOfRange, line: 5, field: "job.pattern.hoursPerDay"),
        BadCase(name: "a negative wage", yaml: base + "job:\n  pattern: {daysPerWeek: 3, hoursPerDay: 5}\n  hourlyWage: -12\n",
                kind: InputMessages.negative, line: 6, field: "job.hourlyWage"),
        BadCase(name: "more than 24 hours a day", yaml: base + "job:\n  pattern:\n    daysPerWeek: 3\n    hoursPerDay: 25\n  hourlyWage: 12\n",
                kind: InputMessages.outOfRange, line: 7, field: "job.pattern.hoursPerDay"),
        BadCase(name: "more than 7 days a week", yaml: base + "job:\n  pattern: {daysPerWeek: 8, hoursPerDay: 5}\n  hourlyWage: 12\n",
                kind: InputMessages.outOfRange, line: 5, field: "job.pattern.daysPerWeek"),
        BadCase(name: "a guarantee pension without a disability pension", yaml: base + "benefits:\n  guaranteePension: {monthly: 300}\n",
                kind: InputMessages.guaranteeWithoutPension, line: 5, field: "benefits.guaranteePension"),
        BadCase(name: "an allowance amount without a level", yaml: base + "benefits:\n  disabilityAllowance: {level: none, monthly: 85}\n",
                kind: InputMessages.allowanceWithoutLevel, line: 5, field: "benefits.disabilityAllowance.monthly"),
        BadCase(name: "a start whose months would run past the calendar", yaml: "name: x\nstart: 9999-12\nmonths: 2\nperson: {birthYear: 1990}\n",
                kind: InputMessages.outOfRange, line: 2, field: "start"),
        BadCase(name: "months running past the last month a scenario may name", yaml: "name: x\nstart: 2199-10\nmonths: 12\nperson: {birthYear: 1990}\n",
                kind: InputMessages.monthsPastCalendar, line: 3, field: "months"),
        BadCase(name: "a month that does not exist", yaml: "name: x\nstart: 2026-13\nperson: {birthYear: 1990}\n",
                kind: InputMessages.expected, line: 2, field: "start"),
        BadCase(name: "end before start", yaml: base + "job:\n  start: 2026-05\n  end: 2026-04\n  pattern: {hoursPerWeek: 10}\n  hourlyWage: 12\n",
                kind: InputMessages.endBeforeStart, line: 6, field: "job.end"),
        BadCase(name: "both hourly wage and salary", yaml: base + "job:\n  pattern: {hoursPerWeek: 10}\n  hourlyWage: 12\n  monthlySalary: 1000\n",
                kind: InputMessages.chooseOne, line: 5, field: "job"),
        BadCase(name: "missing person", yaml: "name: x\nstart: 2026-02\n", kind: InputMessages.missingField, line: 1, field: "person"),
        BadCase(name: "wage with three decimals", yaml: base + "job:\n  pattern: {hoursPerWeek: 10}\n  hourlyWage: 12.405\n",
                kind: InputMessages.tooManyDecimals, line: 6, field: "job.hourlyWage"),
        BadCase(name: "wage with a decimal comma", yaml: base + "job:\n  pattern: {hoursPerWeek: 10}\n  hourlyWage: '12,40'\n",
                kind: InputMessages.decimalComma, line: 6, field: "job.hourlyWage"),
        BadCase(name: "rent with a euro sign", yaml: base + "housing:\n  rent: 620 €\n", kind: InputMessages.unitInNumber, line: 5, field: "housing.rent"),
        BadCase(name: "hours with a unit", yaml: base + "job:\n  pattern: {daysPerWeek: 3, hoursPerDay: 5h}\n  hourlyWage: 12\n",
                kind: InputMessages.unitInNumber, line: 5, field: "job.pattern.hoursPerDay"),
        BadCase(name: "a tax card's percent over 100", yaml: base + "tax:\n  currentCard: {basePercent: 215, incomeLimit: 20000, additionalPercent: 30}\n",
                kind: InputMessages.outOfRange, line: 5, field: "tax.currentCard.basePercent"),
        BadCase(name: "unknown weekday", yaml: base + "job:\n  pattern: {daysPerWeek: 1, hoursPerDay: 5, weekdays: [monday]}\n  hourlyWage: 12\n",
                kind: InputMessages.unknownChoice, line: 5, field: "job.pattern.weekdays.0"),
        BadCase(name: "weekday named twice", yaml: base + "job:\n  pattern: {daysPerWeek: 2, hoursPerDay: 5, weekdays: [sat, sat]}\n  hourlyWage: 12\n",
                kind: InputMessages.duplicateWeekday, line: 5, field: "job.pattern.weekdays.1"),
        BadCase(name: "weekdays not matching days a week", yaml: base + "job:\n  pattern:\n    daysPerWeek: 3\n    hoursPerDay: 5\n    weekdays: [mon, tue]\n  hourlyWage: 12\n",
                kind: InputMessages.weekdaysCount, line: 8, field: "job.pattern.weekdays"),
        BadCase(name: "expectation for an unknown figure", yaml: base + "expect:\n  2026-03: {grosWage: 1}\n",
                kind: InputMessages.unknownExpectation, line: 5, field: "expect.2026-03.grosWage"),
        BadCase(name: "expectation outside the simulated months", yaml: base + "months: 2\nexpect:\n  2026-04: {grossWage: 1}\n",
                kind: InputMessages.monthOutsideSimulation, line: 6, field: "expect.2026-04"),
        BadCase(name: "more than 120 months", yaml: base + "months: 121\n", kind: InputMessages.outOfRange, line: 4, field: "months"),
        BadCase(name: "a benefit written empty", yaml: base + "benefits:\n  kelaDisabilityPension:\n  disabilityAllowance: basic\n",
                kind: InputMessages.emptyValue, line: 5, field: "benefits.kelaDisabilityPension"),
        BadCase(name: "a job written empty", yaml: base + "job: ~\n", kind: InputMessages.emptyValue, line: 4, field: "job"),
        BadCase(name: "a required field written empty", yaml: "name: x\nstart:\nperson: {birthYear: 1990}\n",
                kind: InputMessages.emptyValue, line: 2, field: "start"),
        BadCase(name: "a required field inside a block written empty", yaml: base + "housing:\n  rent:\n  water: 20\n",
                kind: InputMessages.emptyValue, line: 5, field: "housing.rent"),
        BadCase(name: "a wage too large for exact arithmetic", yaml: base + "job:\n  pattern: {hoursPerWeek: 20}\n  hourlyWage: 92233720368547758\n",
                kind: InputMessages.tooLarge, line: 6, field: "job.hourlyWage"),
        BadCase(name: "a pension too large for exact arithmetic", yaml: base + "benefits:\n  earningsRelatedPension: {monthly: 10000000000000000}\n",
                kind: InputMessages.tooLarge, line: 5, field: "benefits.earningsRelatedPension.monthly"),
        BadCase(name: "net assets too far below zero for exact arithmetic", yaml: base + "housing: {rent: 500, netAssets: -200000000}\n",
                kind: InputMessages.tooSmall, line: 4, field: "housing.netAssets"),
        BadCase(name: "a hugely negative rent is negative, not too small", yaml: base + "housing: {rent: -200000000}\n",
                kind: InputMessages.negative, line: 4, field: "housing.rent"),
        BadCase(name: "hugely negative hours are out of the week's range", yaml: base + "job:\n  pattern: {hoursPerWeek: -20000}\n  hourlyWage: 12\n",
                kind: InputMessages.outOfRange, line: 5, field: "job.pattern.hoursPerWeek"),
        BadCase(name: "a partner's income without a partner", yaml: base + "household: {adults: 1, partnerMonthlyIncome: 1500}\n",
                kind: InputMessages.partnerWithoutPartner, line: 4, field: "household.partnerMonthlyIncome"),
        BadCase(name: "a misspelt key left empty is unknown, not empty", yaml: base + "benefits:\n  kelaDisabiltyPension:\n",
                kind: InputMessages.unknownKey, line: 5, field: "benefits.kelaDisabiltyPension"),
        BadCase(name: "a decimal comma with too many decimals", yaml: base + "job:\n  pattern: {hoursPerWeek: 10}\n  hourlyWage: '12,405'\n",
                kind: InputMessages.tooManyDecimals, line: 6, field: "job.hourlyWage"),
        BadCase(name: "a proportion written as a percentage", yaml: base + "job:\n  pattern: {hoursPerWeek: 10}\n  hourlyWage: 12\n  employer:\n    kind: company\n    contributionRates: {pension: 17.10 %}\n",
                kind: InputMessages.expected, line: 9, field: "job.employer.contributionRates.pension"),
        BadCase(name: "tab-indented JSON with a missing comma is a syntax error, not a tab", yaml: "{\n\t\"name\": \"x\"\n\t\"start\": \"2026-01\"\n}\n",
                kind: InputMessages.jsonSyntax, line: 3, field: nil),
        BadCase(name: "a tab in the indentation", yaml: base + "job:\n\tpattern: {hoursPerWeek: 10}\n", kind: InputMessages.yamlTab, line: 5, field: nil),
        BadCase(name: "an empty file", yaml: "", kind: InputMessages.emptyFile, line: 1, field: nil),
        BadCase(name: "broken YAML", yaml: base + "job: {pattern: \n", kind: InputMessages.yamlSyntax, line: 4, field: nil),
    ]

    @Test func aListWhereANumberBelongsSaysWhatKindOfValueIsWanted() throws {
        // It said "must be of type text" for a wage, a birth year or a month.
        let error = try #require(throws: InputError.self) {
            try scenario(Self.base + "job:\n  pattern: {hoursPerWeek: 10}\n  hourlyWage: [12.40]\n", file: "bad.yaml")
        }
        #expect(error.field == "job.hourlyWage")
        #expect(error.statement.values["expected"] == .term(ValueTerm.amount.key))
    }

    @Test func aBatchWhoseListIsWrittenEmptyIsSaidToBeEmpty() throws {
        let error = try #require(throws: InputError.self) { try ScenarioDecoder.decodeBatch("{\"scenarios\": null}", file: "body", limit: 20) }
        #expect(error.statement.kind == InputMessages.emptyValue && error.field == "scenarios")
    }

    @Test(arguments: badCases)
    func impossibleInputIsRejectedWithLineAndField(bad: BadCase) throws {
        let error = try #require(throws: InputError.self) { try scenario(bad.yaml, file: "bad.yaml") }
        #expect(error.statement.kind == bad.kind)
        #expect(error.file == "bad.yaml")
        #expect(error.line == bad.line)
        #expect(error.field == bad.field)
    }
}

@Suite struct DuplicateKeyTests {
    @Test func aKeyWrittenTwiceIsReportedAtItsSecondLineWithItsPath() throws {
        let text = """
        name: d
        start: 2026-02
        person:
          birthYear: 1990
          birthYear: 1991
        """
        let error = try #require(throws: InputError.self) { try scenario(text, file: "twice.yaml") }
        #expect(error.file == "twice.yaml")
        #expect(error.line == 5)
        #expect(error.field == "person.birthYear")
    }

    @Test func jsonNamesTheKeyWrittenTwiceByItsPath() throws {
        let error = try #require(throws: InputError.self) {
            try scenario("{\"name\": \"d\", \"start\": \"2026-02\",\n \"person\": {\"birthYear\": 1990, \"birthYear\": 1991}}",
                         file: "twice.json")
        }
        #expect(error.line == 2)
        #expect(error.field == "person.birthYear")
        #expect(error.statement.kind == InputMessages.duplicateKey)
    }

    @Test func yamlFlowStyleKeepsYamsLine() throws {
        let error = try #require(throws: InputError.self) { try scenario("{name: d, name: e, start: 2026-02}", file: "twice.yaml") }
        #expect(error.line == 1)
        #expect(error.field == nil)
    }
}
