/// The reasons given for each subsidy condition, one message per outcome.
public enum ConditionMessages {
    /// An input the condition needs is not in the scenario.
    public static let notGiven = MessageKind("subsidy.condition.not_given", ["field"])

    public static let unemployedJobseekerMet = MessageKind("subsidy.condition.unemployed_jobseeker.met")
    public static let unemployedJobseekerNotMet = MessageKind("subsidy.condition.unemployed_jobseeker.not_met")
    public static let medicalStatementMet = MessageKind("subsidy.condition.medical_statement.met")
    public static let medicalStatementNotMet = MessageKind("subsidy.condition.medical_statement.not_met")
    public static let disadvantagedWorkerMet = MessageKind("subsidy.condition.disadvantaged_worker.met")
    public static let disadvantagedWorkerNotMet = MessageKind("subsidy.condition.disadvantaged_worker.not_met")
    public static let targetGroupMet = MessageKind("subsidy.condition.target_group.met")
    public static let targetGroupNotMet = MessageKind("subsidy.condition.target_group.not_met")
    public static let employerKindMet = MessageKind("subsidy.condition.employer_kind.met", ["kind"])
    public static let employerKindExcluded = MessageKind("subsidy.condition.employer_kind.excluded", ["kind"])
    public static let employerKindMunicipalitySkillsGap = MessageKind("subsidy.condition.employer_kind.municipality_skills_gap",
                                                                      ["age", "birthYear"])
    public static let employerKindMunicipalityOlderWorker = MessageKind("subsidy.condition.employer_kind.municipality_older_worker",
                                                                        ["age", "birthYear"])
    public static let employerKindNotNonProfit = MessageKind("subsidy.condition.employer_kind.not_non_profit", ["kind"])
    public static let nonBusinessTasksMet = MessageKind("subsidy.condition.non_business_tasks.met")
    public static let nonBusinessTasksNotMet = MessageKind("subsidy.condition.non_business_tasks.not_met")
    public static let noEconomicDismissalsMet = MessageKind("subsidy.condition.no_economic_dismissals.met", ["months"])
    public static let noEconomicDismissalsNotMet = MessageKind("subsidy.condition.no_economic_dismissals.not_met", ["months"])
    public static let decisionBeforeStartMet = MessageKind("subsidy.condition.decision_before_start.met")
    public static let decisionBeforeStartNotMet = MessageKind("subsidy.condition.decision_before_start.not_met")
    public static let collectiveAgreementWageMet = MessageKind("subsidy.condition.collective_agreement_wage.met")
    public static let collectiveAgreementWageNotMet = MessageKind("subsidy.condition.collective_agreement_wage.not_met")
    public static let workingTimeCeilingMet = MessageKind("subsidy.condition.working_time_ceiling.met",
                                                          ["weeklyHours", "share", "sectorHours", "ceiling"])
    public static let workingTimeCeilingNotMet = MessageKind("subsidy.condition.working_time_ceiling.not_met",
                                                             ["weeklyHours", "share", "sectorHours", "ceiling"])
    public static let weeklyHoursMet = MessageKind("subsidy.condition.weekly_hours.met", ["weeklyHours", "minimum"])
    public static let weeklyHoursNotMet = MessageKind("subsidy.condition.weekly_hours.not_met", ["weeklyHours", "minimum"])
    public static let ageMet = MessageKind("subsidy.condition.age.met", ["birthYear", "minimum"])
    public static let ageNotMet = MessageKind("subsidy.condition.age.not_met", ["birthYear", "minimum"])
    /// Only the birth year is known and the person reaches the age in the year the job starts.
    public static let ageTurnsDuringYear = MessageKind("subsidy.condition.age.turns_during_year", ["birthYear", "minimum", "year"])
    public static let longTermUnemploymentMet = MessageKind("subsidy.condition.long_term_unemployment.met",
                                                            ["months", "required", "window"])
    public static let longTermUnemploymentNotMet = MessageKind("subsidy.condition.long_term_unemployment.not_met",
                                                               ["months", "required", "window"])
    public static let reGrantNone = MessageKind("subsidy.condition.regrant.none")
    public static let reGrantLongAgo = MessageKind("subsidy.condition.regrant.long_ago", ["ended", "years"])
    public static let reGrantNotMet = MessageKind("subsidy.condition.regrant.not_met", ["ended", "years"])
    public static let adaptationNeedMet = MessageKind("subsidy.condition.adaptation_need.met")
    public static let adaptationNeedNotMet = MessageKind("subsidy.condition.adaptation_need.not_met")

    public static let all = [
        notGiven, unemployedJobseekerMet, unemployedJobseekerNotMet, medicalStatementMet, medicalStatementNotMet,
        disadvantagedWorkerMet, disadvantagedWorkerNotMet, targetGroupMet, targetGroupNotMet,
        employerKindMet, employerKindExcluded, employerKindMunicipalitySkillsGap, employerKindMunicipalityOlderWorker, employerKindNotNonProfit,
        nonBusinessTasksMet, nonBusinessTasksNotMet, noEconomicDismissalsMet, noEconomicDismissalsNotMet,
        decisionBeforeStartMet, decisionBeforeStartNotMet, collectiveAgreementWageMet, collectiveAgreementWageNotMet,
        workingTimeCeilingMet, workingTimeCeilingNotMet, weeklyHoursMet, weeklyHoursNotMet,
        ageMet, ageNotMet, ageTurnsDuringYear, longTermUnemploymentMet, longTermUnemploymentNotMet,
        reGrantNone, reGrantLongAgo, reGrantNotMet, adaptationNeedMet, adaptationNeedNotMet,
    ]

    public static var terms: [String] {
        SubsidyCondition.allCases.map(\.termKey) + ConditionStatus.allCases.map(\.termKey)
            + Eligibility.Outcome.allCases.map(\.termKey) + Employer.Kind.allCases.map(\.termKey)
    }
}
