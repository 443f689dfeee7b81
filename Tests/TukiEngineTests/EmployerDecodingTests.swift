import Testing
@testable import TukiEngine

/// The `job.employer` block is decoded strictly: unknown fields and impossible values name file, line and field.
@Suite struct EmployerDecodingTests {
    func decode(_ employer: String) throws -> Employer? {
        try scenario("name: e\nstart: 2026-02\nperson: {birthYear: 1990}\njob:\n  pattern: {hoursPerWeek: 20}\n"
                     + "  monthlySalary: 1500.00\n  employer:\n" + employer, file: "e.yaml").job?.employer
    }

    func error(_ employer: String) throws -> InputError {
        try #require(throws: InputError.self) { try decode(employer) }
    }

    @Test func everyFieldIsRead() throws {
        let employer = try #require(try decode("""
            kind: association
            annualPayroll: 120000.00
            contributionRates: {pension: 0.1710, accidentInsurance: 0.0045}
            wageSubsidy:
              type: association
              unemployedJobseeker: true
              medicalStatement: false
              disadvantagedWorker: true
              economicDismissals: false
              decisionBeforeStart: true
              collectiveAgreementWage: true
              nonBusinessTasks: true
              sectorMaxWeeklyHours: 38.25
              unemployedMonths: 14
              unemployedMonthsInLast28: 20
              earlierSubsidyEnded: 2021-05
              renewals: 2
            adaptationSubsidy: {causedByInjuryOrIllness: true, equipmentCost: 900.00, equipmentMonth: 2026-03, coworkerHelpHours: 7.5}
        """))
        #expect(employer.kind == .association)
        #expect(employer.annualPayroll == money("120000.00"))
        #expect(employer.ownRates == [.pension: Rate(exactly: "0.1710")!, .accidentInsurance: Rate(exactly: "0.0045")!])
        let application = try #require(employer.wageSubsidy)
        #expect(application.type == .association && application.medicalStatement == false && application.renewals == 2)
        #expect(application.sectorMaxWeeklyHours == Hours(exactly: "38.25"))
        #expect(application.earlierSubsidy == .ended(YearMonth(iso: "2021-05")!))
        #expect(employer.adaptationSubsidy?.coworkerHelpHours == Hours(exactly: "7.5"))
    }

    @Test func leftOutFactsStayUnknown() throws {
        let application = try #require(try decode("    kind: company\n    wageSubsidy: {type: skillsGap}\n")?.wageSubsidy)
        #expect(application.unemployedJobseeker == nil && application.economicDismissals == nil && application.earlierSubsidy == nil)
        #expect(try decode("    kind: company\n    wageSubsidy: {earlierSubsidyEnded: none}\n")?.wageSubsidy?.earlierSubsidy == EarlierSubsidy.none)
    }

    @Test func anUnknownFieldIsAnErrorWithLineAndPath() throws {
        let problem = try error("    kind: company\n    wageSubsidy:\n      type: reducedCapacity\n      medicalStatment: true\n")
        #expect(problem.file == "e.yaml" && problem.line == 11)
        #expect(problem.field == "job.employer.wageSubsidy.medicalStatment")
        #expect(problem.statement.kind == InputMessages.unknownKey)
    }

    @Test(arguments: [
        ("    kind: company\n    wageSubsidy: {type: seventy}\n", "job.employer.wageSubsidy.type"),
        ("    kind: company\n    contributionRates: {pension: 1.5}\n", "job.employer.contributionRates.pension"),
        ("    kind: company\n    contributionRates: {tyel: 0.17}\n", "job.employer.contributionRates.tyel"),
        ("    kind: company\n    wageSubsidy: {unemployedMonthsInLast28: 29}\n", "job.employer.wageSubsidy.unemployedMonthsInLast28"),
        ("    kind: company\n    wageSubsidy: {sectorMaxWeeklyHours: 0}\n", "job.employer.wageSubsidy.sectorMaxWeeklyHours"),
        ("    kind: company\n    wageSubsidy: {earlierSubsidyEnded: last year}\n", "job.employer.wageSubsidy.earlierSubsidyEnded"),
        // An earlier subsidy cannot end after this job (2026-02) starts.
        ("    kind: company\n    wageSubsidy: {earlierSubsidyEnded: 2026-03}\n", "job.employer.wageSubsidy.earlierSubsidyEnded"),
        ("    kind: company\n    adaptationSubsidy: {equipmentCost: -5.00}\n", "job.employer.adaptationSubsidy.equipmentCost"),
        ("    kind: shop\n", "job.employer.kind"),
        // Bought before the job (2026-02) or after the simulation's last month (2027-01): no month would show it.
        ("    kind: company\n    adaptationSubsidy: {equipmentCost: 900.00, equipmentMonth: 2026-01}\n",
         "job.employer.adaptationSubsidy.equipmentMonth"),
        ("    kind: company\n    adaptationSubsidy: {equipmentCost: 900.00, equipmentMonth: 2027-02}\n",
         "job.employer.adaptationSubsidy.equipmentMonth"),
    ])
    func impossibleValuesAreErrors(employer: String, field: String) throws {
        #expect(try error(employer).field == field)
    }

    @Test func applyWageSubsidyFalseContradictsAWageSubsidyBlock() throws {
        let problem = try error("    kind: company\n    applyWageSubsidy: false\n    wageSubsidy: {type: skillsGap}\n")
        #expect(problem.statement.kind == InputMessages.contradicts)
        #expect(problem.field == "job.employer")
    }

    @Test func employerFiguresCannotBeExpectedOfTheBaseline() throws {
        let problem = try #require(throws: InputError.self) {
            try scenario("name: e\nstart: 2026-02\nmonths: 1\nperson: {birthYear: 1990}\nexpect:\n  2026-02: {baseline.wageSubsidy: 0.00}\n")
        }
        #expect(problem.statement.kind == InputMessages.unknownExpectation)
    }
}
