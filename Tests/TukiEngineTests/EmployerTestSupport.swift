import Testing
@testable import TukiEngine

/// Runs the employer view of a one-job scenario built from a `job:` body and an `employer:` body.
struct EmployerView {
    let rules: RuleSet

    init(overlays: [String] = []) throws {
        var rules = try RuleLoader.load(directory: TestPaths.rules)
        for path in overlays { rules = try rules.applying(try RuleLoader.loadOverlay(path: path, for: rules)) }
        self.rules = rules
    }

    /// `job` is YAML indented under `job:`; `employer` under `job.employer:`.
    func run(start: String = "2024-03", months: Int = 1, birthYear: Int = 1985,
             job: String = "pattern: {hoursPerWeek: 37.5}\nmonthlySalary: 2500.00",
             employer: String) throws -> SubsidyResult {
        let yaml = "name: e\nstart: \(start)\nmonths: \(months)\nperson: {birthYear: \(birthYear)}\njob:\n"
            + indented(job, by: 2) + "\n  employer:\n" + indented(employer, by: 4) + "\n"
        return try #require(SubsidyAssessment(rules: rules).run(try scenario(yaml)))
    }

    /// A wage subsidy application of `type` with every common condition met, plus `extra` fields.
    func eligible(_ type: WageSubsidyType, kind: Employer.Kind = .company, extra: String = "") -> String {
        """
        kind: \(kind.rawValue)
        wageSubsidy:
          type: \(type.rawValue)
          unemployedJobseeker: true
          medicalStatement: true
          disadvantagedWorker: true
          nonBusinessTasks: true
          economicDismissals: false
          decisionBeforeStart: true
          collectiveAgreementWage: true
          sectorMaxWeeklyHours: 38.25
          unemployedMonths: 14
          unemployedMonthsInLast28: 26
          earlierSubsidyEnded: none
        """ + (extra.isEmpty ? "" : "\n" + indented(extra, by: 2))
    }

    private func indented(_ text: String, by spaces: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String(repeating: " ", count: spaces) + $0 }.joined(separator: "\n")
    }
}

extension SubsidyResult {
    func amounts(_ line: AmountLine) -> [Money?] { months.map { $0.figures.amount(line) } }

    func status(of condition: SubsidyCondition) -> ConditionStatus? {
        (wageSubsidy?.eligibility.conditions ?? []).first { $0.condition == condition }?.status
    }
}
