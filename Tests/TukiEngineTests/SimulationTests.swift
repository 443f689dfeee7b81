import Foundation
import Testing
@testable import TukiEngine

@Suite struct SimulationTests {
    static let regressionFiles: [String] = {
        let folder = TestPaths.repository.appendingPathComponent("Scenarios/regression").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
    }()

    @Test func thereAreRegressionScenarios() {
        #expect(Self.regressionFiles.count >= 3)
    }

    @Test(arguments: regressionFiles)
    func regressionScenarioMeetsItsExpectations(path: String) throws {
        let decoded = try ScenarioDecoder.decode(try String(contentsOfFile: path, encoding: .utf8), file: path)
        #expect(!decoded.expectations.isEmpty, "a regression scenario needs an expect: block")
        let rules = try RuleLoader.load(directory: TestPaths.rules)
        #expect(Simulation(rules: rules).run(decoded).mismatches(against: decoded.expectations).isEmpty)
        if decoded.expectations.contains(where: \.line.isEmployerFigure) {
            let employerView = try #require(SubsidyAssessment(rules: rules).run(decoded))
            #expect(employerView.mismatches(against: decoded.expectations).isEmpty)
        }
    }

    @Test func aWrongExpectationIsReportedWithTheActualFigure() throws {
        let decoded = try scenario("""
        name: w
        start: 2026-01
        months: 1
        person: {birthYear: 1990}
        job: {pattern: {daysPerWeek: 3, hoursPerDay: 5}, hourlyWage: 12.40}
        expect:
          2026-01: {grossWage: 805.99}
        """)
        let result = Simulation(rules: try RuleLoader.load(directory: TestPaths.rules)).run(decoded)
        let mismatches = result.mismatches(against: decoded.expectations)
        #expect(mismatches.map(\.actual) == [money("806.00")])
        #expect(mismatches.first?.expectation.fileLine == 7)
    }

    @Test func theResultCarriesTheRulesVersionDigestAndDates() throws {
        let rules = try RuleLoader.load(directory: TestPaths.rules)
        let decoded = try scenario("name: w\nstart: 2026-01\nmonths: 2\nperson: {birthYear: 1990}\n")
        let result = Simulation(rules: rules).run(decoded)
        #expect(result.ruleSet.version == rules.version)
        #expect(result.ruleSet.digest == rules.digest)
        #expect(result.months.map(\.asOf.description) == ["2026-01-01", "2026-02-01"])
        let pinned = Simulation(rules: rules, pinnedDate: Day(iso: "2025-06-01")).run(decoded)
        #expect(pinned.months.map(\.asOf.description) == ["2025-06-01", "2025-06-01"])
    }

    /// A job starting in the third month: the summary's averages are over all the months, and it says how many pay
    /// a wage, so a report can say the average includes months without the job.
    @Test func theSummaryCountsTheMonthsWithAWage() throws {
        let rules = try RuleLoader.load(directory: TestPaths.rules)
        let result = Simulation(rules: rules).run(try scenario("""
        name: s
        start: 2026-01
        months: 6
        person: {birthYear: 1990, municipality: Helsinki}
        job: {start: 2026-03, pattern: {hoursPerWeek: 20}, monthlySalary: 1200.00}
        """))
        #expect(result.summary.months == 6)
        #expect(result.summary.monthsWithWage == 4)
        #expect(result.summary.averageWage == money("800.00"))
    }

    @Test func theSameInputAlwaysGivesTheSameCents() throws {
        let rules = try RuleLoader.load(directory: TestPaths.rules)
        let text = try String(contentsOfFile: TestPaths.scenario("examples/saara-3-days-5-hours.yaml"), encoding: .utf8)
        let decoded = try ScenarioDecoder.decode(text, file: "saara.yaml")
        let first = Simulation(rules: rules).run(decoded)
        let second = Simulation(rules: rules).run(decoded)
        #expect(first.months.map(\.withJob.amounts) == second.months.map(\.withJob.amounts))
    }

    @Test func theWorkerIsToldWhereTheEmployersSubsidiesAreComputed() throws {
        let text = try String(contentsOfFile: TestPaths.scenario("examples/saara-3-days-5-hours.yaml"), encoding: .utf8)
        let result = Simulation(rules: try RuleLoader.load(directory: TestPaths.rules)).run(try ScenarioDecoder.decode(text, file: "s"))
        // The employer's subsidies are computed by the employer view; the worker is told where to find them.
        #expect(result.warnings.contains { $0.statement.kind == SimulationMessages.employerView })
    }

    @Test func everyEmittedStepIsRegisteredWithTheArgumentsItGives() throws {
        let rules = try RuleLoader.load(directory: TestPaths.rules)
        var emitted: [Statement] = []
        for path in Self.regressionFiles + [TestPaths.scenario("examples/saara-3-days-5-hours.yaml")] {
            let decoded = try ScenarioDecoder.decode(try String(contentsOfFile: path, encoding: .utf8), file: path)
            let result = Simulation(rules: rules).run(decoded)
            emitted += result.months.flatMap { ($0.baseline.trace + $0.withJob.trace).map(\.statement) }
            emitted += result.warnings.map(\.statement)
            if let employerView = SubsidyAssessment(rules: rules).run(decoded) {
                emitted += (employerView.decision.trace + employerView.months.flatMap(\.figures.trace)).map(\.statement)
                emitted += employerView.warnings.map(\.statement)
                emitted += [employerView.wageSubsidy?.eligibility, employerView.adaptationSubsidy?.eligibility]
                    .compactMap { $0 }.flatMap(\.conditions).map(\.reason.statement)
            }
        }
        // By id and arguments: kinds compare by id alone, so a kind built elsewhere with a registered id but other
        // arguments would pass a plain `contains`.
        let registered = Dictionary(EngineMessages.all.map { ($0.id, $0.arguments) }) { first, _ in first }
        for statement in emitted {
            #expect(registered[statement.kind.id] == statement.kind.arguments,
                    "\(statement.kind) is not in EngineMessages.all with these arguments")
            #expect(Set(statement.values.keys) == Set(statement.kind.arguments))
        }
    }

    @Test func aMissingParameterStopsTheCalculatorWithAWarningInsteadOfAGuess() throws {
        struct NeedsLimit: Calculator {
            var name: CalculatorName { .wage }
            var reads: [CalculatorRequirement.Read] { [.init("test.dated.limit", .amount)] }
            func compute(_ context: inout MonthContext) throws(ParameterLookupError) {
                context.set(.grossWage, try context.parameters.amount("test.dated.limit").value)
            }
        }
        let temporary = try TemporaryRules(files: ["dated.yaml": try fixtureText("dated-limit.yaml")])
        defer { temporary.remove() }
        let decoded = try scenario("name: w\nstart: 2024-12\nmonths: 2\nperson: {birthYear: 1990}\n")
        let result = Simulation(rules: try temporary.load(), calculators: [NeedsLimit()]).run(decoded)
        #expect(result.months[0].baseline.amount(.grossWage) == nil)
        let stopped = result.months[0].baseline.warnings.filter { $0.statement.kind == SimulationMessages.calculationStopped }
        #expect(stopped.map { $0.statement.values["calculator"] } == [.term(CalculatorName.wage.termKey), .term(CalculatorName.tax.termKey)])
        #expect(result.months[1].baseline.amount(.grossWage) == money("976.59"))
    }

    @Test func anUnknownBenefitMakesTheTotalsUnknownInsteadOfCountingItAsZero() throws {
        // Kela's full amount marked unknown for 2025: a Kela pensioner's income without the job is not 0 €.
        let decoded = try scenario("""
        name: u
        start: 2025-02
        months: 1
        person: {birthYear: 1995, municipality: Helsinki}
        benefits: {kelaDisabilityPension: true}
        job: {pattern: {daysPerWeek: 3, hoursPerDay: 5}, hourlyWage: 12.40}
        """)
        let unknown = try rules(try RuleLoader.load(directory: TestPaths.rules), withUnknown: "pension.kela.full_amount", from: "2025-01-01")
        let result = Simulation(rules: unknown).run(decoded)
        let month = try #require(result.months.first)
        for figures in [month.baseline, month.withJob] {
            #expect(figures.amount(.kelaDisabilityPension) == nil)
            #expect(figures.amount(.totalIncome) == nil)
            #expect(figures.amount(.netIncome) == nil)
            #expect(result.isUnknown(.kelaDisabilityPension, in: figures))
            #expect(result.isUnknown(.totalIncome, in: figures))
            #expect(figures.trace.contains { $0.statement.kind == SimulationMessages.totalIncomeUnknown })
        }
        #expect(month.withJob.amount(.grossWage) == money("806.00"))
        #expect(!result.isUnknown(.grossWage, in: month.baseline))
        #expect(result.summary.averageGain == nil)
    }

    @Test func withEveryBenefitKnownTheTotalIsWageAndBenefits() throws {
        let decoded = try scenario("""
        name: k
        start: 2026-02
        months: 1
        person: {birthYear: 1995, municipality: Helsinki}
        benefits: {kelaDisabilityPension: {monthly: 700}}
        job: {pattern: {daysPerWeek: 3, hoursPerDay: 5}, hourlyWage: 12.40}
        """)
        let result = Simulation(rules: try rulesWithHypothetical2026Figures()).run(decoded)
        let month = try #require(result.months.first)
        let withJob = month.withJob
        let parts: [AmountLine] = [.grossWage, .kelaDisabilityPension, .guaranteePension]
        #expect(withJob.amount(.totalIncome) == parts.compactMap { withJob.amount($0) }.sum())
        #expect(result.requiredLines.allSatisfy { !result.isUnknown($0, in: withJob) })
    }

    @Test func theSummaryCountsMonthsWithANoteAboutEitherVariant() throws {
        let rules = try RuleLoader.load(directory: TestPaths.rules)
        let decoded = try ScenarioDecoder.decode(
            String(contentsOfFile: TestPaths.scenario("regression/pension-kela-2024-holiday-bonus-rests-three-months.yaml"),
                   encoding: .utf8), file: "holiday-bonus.yaml")
        let result = Simulation(rules: rules).run(decoded)
        // The unverified guarantee pension minimum is used without the job while the pension rests with it.
        let noted = result.months.filter { !$0.baseline.warnings.isEmpty || !$0.withJob.warnings.isEmpty }.map(\.month)
        #expect(noted.count > result.months.filter { !$0.withJob.warnings.isEmpty }.count)
        #expect(result.summary.monthsWithWarnings == noted)
    }

    @Test func aMunicipalityMissingFromTheTaxTableIsWarnedAbout() throws {
        let text = "name: m\nstart: 2026-01\nmonths: 1\nperson: {birthYear: 1986, municipality: MUNICIPALITY}\n"
            + "job: {pattern: {hoursPerWeek: 37.5}, monthlySalary: 2500.00}\n"
        let rules = try RuleLoader.load(directory: TestPaths.rules)
        let kinds = { (municipality: String) throws -> [MessageKind] in
            let decoded = try scenario(text.replacingOccurrences(of: "MUNICIPALITY", with: municipality))
            return Simulation(rules: rules).run(decoded).warnings.map(\.statement.kind)
        }
        #expect(try kinds("Helsingki").contains(TaxMessages.warnMunicipalAverage))
        #expect(try !kinds("Helsinki").contains(TaxMessages.warnMunicipalAverage))
        let withoutMunicipality = Simulation(rules: rules).run(try scenario(
            text.replacingOccurrences(of: ", municipality: MUNICIPALITY", with: ""))).warnings
        #expect(withoutMunicipality.contains { $0.statement.kind == TaxMessages.warnMunicipalityMissing })
        #expect(!withoutMunicipality.contains { $0.statement.kind == TaxMessages.warnMunicipalAverage })
    }

    @Test func everyAmountLineIsAtItsPositionInAllWhichIdentifiesIt() {
        #expect(AmountLine.all.map(\.position) == Array(AmountLine.all.indices))
        #expect(Set(AmountLine.all).count == AmountLine.all.count)
    }

    @Test func lineAmountsKeepWhatIsSetAndListItInReportOrder() {
        var amounts: LineAmounts = [.netIncome: Money(cents: 100), .grossWage: .zero]
        #expect(amounts[.grossWage] == .zero)
        #expect(amounts[.withheldTax] == nil)
        #expect(amounts.lines == [.grossWage, .netIncome])
        amounts[.grossWage] = nil
        #expect(amounts.lines == [.netIncome])
        let merged = amounts.merging([.netIncome: Money(cents: 5), .withheldTax: Money(cents: 7)])
        #expect(merged == [.netIncome: Money(cents: 5), .withheldTax: Money(cents: 7)])
        #expect(merged != amounts)
    }
}

@Suite struct DatesOutsideSimulationTests {
    func kinds(_ job: String) throws -> [MessageKind] {
        let decoded = try scenario("name: o\nstart: 2026-01\nmonths: 3\nperson: {birthYear: 1990}\njob: \(job)\n")
        return Simulation(rules: try RuleLoader.load(directory: TestPaths.rules)).run(decoded).warnings.map(\.statement.kind)
    }

    @Test func aJobAfterTheSimulatedMonthsIsWarnedAbout() throws {
        // A mistyped year (2027 for 2026) made the job change nothing, and a batch row counted it as unchanged.
        #expect(try kinds("{start: 2027-02, pattern: {hoursPerWeek: 20}, hourlyWage: 14}").contains(SimulationMessages.jobOutsideSimulation))
        #expect(try kinds("{start: 2025-01, end: 2025-12, pattern: {hoursPerWeek: 20}, hourlyWage: 14}").contains(SimulationMessages.jobOutsideSimulation))
        #expect(try !kinds("{start: 2026-03, pattern: {hoursPerWeek: 20}, hourlyWage: 14}").contains(SimulationMessages.jobOutsideSimulation))
    }

    @Test func extraPayInAYearNotSimulatedIsWarnedAbout() throws {
        let job = { (month: String) in "{pattern: {hoursPerWeek: 20}, hourlyWage: 14, extraPay: [{month: \(month), kind: holidayBonus, amount: 900}]}" }
        #expect(try kinds(job("2062-06")).contains(SimulationMessages.extraPayOutsideSimulation))
        // Later in a simulated year it still counts in that year's tax.
        #expect(try !kinds(job("2026-06")).contains(SimulationMessages.extraPayOutsideSimulation))
    }
}
