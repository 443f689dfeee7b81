/// The conditions of wage subsidy, each met, not met or unknown, from the scenario and the rules at the decision date.
struct WageSubsidyChecklist {
    let scenario: Scenario
    let job: Job
    let employer: Employer
    let application: WageSubsidyApplication
    let parameters: Parameters

    private static let namespace = "employment.wage_subsidy"
    static let dismissalLookback = ParameterID("\(namespace).dismissal_lookback_months")
    static let regrantWait = ParameterID("\(namespace).regrant_wait_years")
    static let workingTimeShare = ParameterID("\(namespace).association_working_time_share")
    static let minimumWeeklyHours = ParameterID("\(namespace).age55_minimum_weekly_hours")
    static let minimumAge = ParameterID("\(namespace).age55_minimum_age")
    static let unemployedMonths = ParameterID("\(namespace).age55_unemployed_months")
    static let unemploymentWindow = ParameterID("\(namespace).age55_unemployment_window_months")
    static let privateHouseholdEligible = ParameterID("\(namespace).private_household_eligible")
    static let stateEligible = ParameterID("\(namespace).state_employer_eligible")
    static let municipalSkillsGapEligible = ParameterID("\(namespace).municipal_skills_gap_eligible")
    static let municipalOlderWorkerAge = ParameterID("\(namespace).municipal_older_worker_age")

    static let reads: [CalculatorRequirement.Read] = [
        .init(dismissalLookback, .count), .init(regrantWait, .count), .init(workingTimeShare, .rate),
        .init(minimumWeeklyHours, .count), .init(minimumAge, .count), .init(unemployedMonths, .count),
        .init(unemploymentWindow, .count), .init(privateHouseholdEligible, .flag), .init(stateEligible, .flag),
        .init(municipalSkillsGapEligible, .flag), .init(municipalOlderWorkerAge, .count),
    ]

    /// The worker's conditions first, then the employer's, then the job's. Without a type, only the common ones.
    func conditions() -> Eligibility {
        var checks: [(SubsidyCondition, () throws(ParameterLookupError) -> ConditionResult)] = [
            (.unemployedJobseeker, { stated(.unemployedJobseeker, application.unemployedJobseeker,
                                            ConditionMessages.unemployedJobseekerMet, ConditionMessages.unemployedJobseekerNotMet,
                                            source: SubsidySources.targetGroups) }),
        ]
        switch application.type {
        case .reducedCapacity?:
            checks.append((.medicalStatement, { stated(.medicalStatement, application.medicalStatement,
                                                       ConditionMessages.medicalStatementMet, ConditionMessages.medicalStatementNotMet,
                                                       source: SubsidySources.medicalStatement) }))
        case .skillsGap?:
            checks.append((.disadvantagedWorker, { stated(.disadvantagedWorker, application.disadvantagedWorker,
                                                          ConditionMessages.disadvantagedWorkerMet, ConditionMessages.disadvantagedWorkerNotMet,
                                                          source: SubsidySources.disadvantagedWorker) }))
        case .association?:
            checks.append((.targetGroup, { targetGroup() }))
        case .age55?:
            checks.append((.age, age))
            checks.append((.longTermUnemployment, longTermUnemployment))
        case nil:
            break
        }
        checks.append((.employerKind, employerKind))
        if application.type == .association {
            checks.append((.nonBusinessTasks, { stated(.nonBusinessTasks, application.nonBusinessTasks,
                                                       ConditionMessages.nonBusinessTasksMet, ConditionMessages.nonBusinessTasksNotMet,
                                                       source: SubsidySources.association) }))
        }
        checks.append((.noEconomicDismissals, noEconomicDismissals))
        checks.append((.decisionBeforeStart, { stated(.decisionBeforeStart, application.decisionBeforeStart,
                                                      ConditionMessages.decisionBeforeStartMet, ConditionMessages.decisionBeforeStartNotMet,
                                                      source: SubsidySources.employerTerms) }))
        checks.append((.collectiveAgreementWage, { stated(.collectiveAgreementWage, application.collectiveAgreementWage,
                                                          ConditionMessages.collectiveAgreementWageMet,
                                                          ConditionMessages.collectiveAgreementWageNotMet,
                                                          source: SubsidySources.employerTerms) }))
        switch application.type {
        case .association?: checks.append((.workingTimeCeiling, workingTimeCeiling))
        case .age55?: checks.append((.weeklyHours, weeklyHours))
        default: break
        }
        if application.type == .skillsGap || application.type == .association {
            checks.append((.reGrantLimit, reGrantLimit))
        }
        return Eligibility(conditions: checks.map { condition, check in
            do throws(ParameterLookupError) {
                return try check()
            } catch {
                // A rule the condition needs is missing for the date: the condition stays open, naming the rule.
                return ConditionResult(condition: condition, status: .unknown,
                                       reason: TraceStep(error.statement.kind, error.statement.values))
            }
        })
    }

    /// A yes/no fact from the scenario; `nil` (not given) is unknown, never a pass.
    private func stated(_ condition: SubsidyCondition, _ answer: Bool?, _ met: MessageKind, _ notMet: MessageKind,
                        values: StatementValues = [:], parameters: [ParameterUse] = [], source: Source? = nil,
                        field: String? = nil) -> ConditionResult {
        guard let answer else {
            let name = field ?? condition.rawValue
            return ConditionResult(condition: condition, status: .unknown,
                                   reason: TraceStep(ConditionMessages.notGiven, ["field": .text("job.employer.wageSubsidy.\(name)")],
                                                     parameters: parameters, source: source))
        }
        return ConditionResult(condition: condition, status: answer ? .met : .notMet,
                               reason: TraceStep(answer ? met : notMet, values, parameters: parameters, source: source))
    }

    private func decided(_ condition: SubsidyCondition, _ met: Bool, _ step: TraceStep) -> ConditionResult {
        ConditionResult(condition: condition, status: met ? .met : .notMet, reason: step)
    }

    /// For the 100 % type: reduced working capacity or a disadvantaged worker; either suffices.
    private func targetGroup() -> ConditionResult {
        let answers = [application.medicalStatement, application.disadvantagedWorker]
        if answers.contains(true) {
            return decided(.targetGroup, true, TraceStep(ConditionMessages.targetGroupMet, source: SubsidySources.targetGroups))
        }
        if answers.allSatisfy({ $0 == false }) {
            return decided(.targetGroup, false, TraceStep(ConditionMessages.targetGroupNotMet, source: SubsidySources.targetGroups))
        }
        return stated(.targetGroup, nil, ConditionMessages.targetGroupMet, ConditionMessages.targetGroupNotMet,
                      source: SubsidySources.targetGroups, field: "medicalStatement / disadvantagedWorker")
    }

    private func employerKind() throws(ParameterLookupError) -> ConditionResult {
        let kind = employer.kind
        let named: StatementValues = ["kind": .term(kind.termKey)]
        if application.type == .association && !kind.isNonProfit {
            return decided(.employerKind, false, TraceStep(ConditionMessages.employerKindNotNonProfit, named,
                                                           source: SubsidySources.association))
        }
        let rule: ParameterID? = switch kind {
        case .privateHousehold: Self.privateHouseholdEligible
        case .state: Self.stateEligible
        case .municipality where application.type == .skillsGap: Self.municipalSkillsGapEligible
        default: nil
        }
        guard let rule else {
            return decided(.employerKind, true, TraceStep(ConditionMessages.employerKindMet, named, source: SubsidySources.targetGroups))
        }
        let eligible = try parameters.flag(rule)
        if eligible.value {
            return decided(.employerKind, true, TraceStep(ConditionMessages.employerKindMet, named, parameters: [eligible.use]))
        }
        guard kind == .municipality else {
            return decided(.employerKind, false, TraceStep(ConditionMessages.employerKindExcluded, named, parameters: [eligible.use]))
        }
        // A long-term unemployed person of the age or older is the exception; how long the unemployment must have
        // lasted is not in the rules, so for such a worker the condition stays open.
        let olderAge = try parameters.count(Self.municipalOlderWorkerAge)
        let age = job.start.year - scenario.person.birthYear
        let values: StatementValues = ["age": .count(olderAge.value), "birthYear": .text(String(scenario.person.birthYear))]
        if age >= olderAge.value {
            return ConditionResult(condition: .employerKind, status: .unknown,
                                   reason: TraceStep(ConditionMessages.employerKindMunicipalityOlderWorker, values,
                                                     parameters: [eligible.use, olderAge.use]))
        }
        return decided(.employerKind, false, TraceStep(ConditionMessages.employerKindMunicipalitySkillsGap, values,
                                                       parameters: [eligible.use, olderAge.use]))
    }

    private func noEconomicDismissals() throws(ParameterLookupError) -> ConditionResult {
        let lookback = try parameters.count(Self.dismissalLookback)
        return stated(.noEconomicDismissals, application.economicDismissals.map { !$0 },
                      ConditionMessages.noEconomicDismissalsMet, ConditionMessages.noEconomicDismissalsNotMet,
                      values: ["months": .count(lookback.value)], parameters: [lookback.use], field: "economicDismissals")
    }

    /// The 100 % type: weekly hours at most the share of the sector's regular maximum.
    private func workingTimeCeiling() throws(ParameterLookupError) -> ConditionResult {
        let share = try parameters.rate(Self.workingTimeShare)
        guard let sectorHours = application.sectorMaxWeeklyHours else {
            return stated(.workingTimeCeiling, nil, ConditionMessages.workingTimeCeilingMet, ConditionMessages.workingTimeCeilingNotMet,
                          parameters: [share.use], field: "sectorMaxWeeklyHours")
        }
        let weekly = job.pattern.weeklyHours
        let ceilingExact = Int128(sectorHours.hundredths) * Int128(share.value.units)
        let met = Int128(weekly.hundredths) * Int128(Rate.denominator) <= ceilingExact
        let ceiling = Hours(hundredths: Int64(Rounding.down.divide(ceilingExact, by: Int128(Rate.denominator))))
        let values: StatementValues = ["weeklyHours": .hours(weekly), "share": .rate(share.value),
                                            "sectorHours": .hours(sectorHours), "ceiling": .hours(ceiling)]
        return decided(.workingTimeCeiling, met, TraceStep(met ? ConditionMessages.workingTimeCeilingMet : ConditionMessages.workingTimeCeilingNotMet,
                                                           values, parameters: [share.use]))
    }

    private func weeklyHours() throws(ParameterLookupError) -> ConditionResult {
        let minimum = try parameters.count(Self.minimumWeeklyHours)
        let weekly = job.pattern.weeklyHours
        let met = weekly >= .whole(Int64(minimum.value))
        return decided(.weeklyHours, met, TraceStep(met ? ConditionMessages.weeklyHoursMet : ConditionMessages.weeklyHoursNotMet,
                                                    ["weeklyHours": .hours(weekly), "minimum": .hours(.whole(Int64(minimum.value)))],
                                                    parameters: [minimum.use]))
    }

    /// Only the birth year is known: the age is certain except in the year the person reaches it.
    private func age() throws(ParameterLookupError) -> ConditionResult {
        let minimum = try parameters.count(Self.minimumAge)
        let birthYear = scenario.person.birthYear
        let reached = job.start.year - birthYear
        let values: StatementValues = ["birthYear": .text(String(birthYear)), "minimum": .count(minimum.value)]
        if reached == minimum.value {
            return ConditionResult(condition: .age, status: .unknown,
                                   reason: TraceStep(ConditionMessages.ageTurnsDuringYear,
                                                     values.merging(["year": .text(String(job.start.year))]) { $1 },
                                                     parameters: [minimum.use]))
        }
        let met = reached > minimum.value
        return decided(.age, met, TraceStep(met ? ConditionMessages.ageMet : ConditionMessages.ageNotMet, values, parameters: [minimum.use]))
    }

    private func longTermUnemployment() throws(ParameterLookupError) -> ConditionResult {
        let required = try parameters.count(Self.unemployedMonths)
        let window = try parameters.count(Self.unemploymentWindow)
        let uses = [required.use, window.use]
        guard let months = application.unemployedMonthsInLast28 else {
            return stated(.longTermUnemployment, nil, ConditionMessages.longTermUnemploymentMet,
                          ConditionMessages.longTermUnemploymentNotMet, parameters: uses, field: "unemployedMonthsInLast28")
        }
        let met = months >= required.value
        return decided(.longTermUnemployment, met,
                       TraceStep(met ? ConditionMessages.longTermUnemploymentMet : ConditionMessages.longTermUnemploymentNotMet,
                                 ["months": .count(months), "required": .count(required.value), "window": .count(window.value)],
                                 parameters: uses, source: SubsidySources.age55))
    }

    /// Not again for the same person at the same employer within the waiting time after the earlier subsidy ended.
    private func reGrantLimit() throws(ParameterLookupError) -> ConditionResult {
        let wait = try parameters.count(Self.regrantWait)
        switch application.earlierSubsidy {
        case nil:
            return stated(.reGrantLimit, nil, ConditionMessages.reGrantNone, ConditionMessages.reGrantNotMet,
                          parameters: [wait.use], field: "earlierSubsidyEnded")
        case .none?:
            return decided(.reGrantLimit, true, TraceStep(ConditionMessages.reGrantNone, parameters: [wait.use]))
        case let .ended(ended)?:
            let met = job.start > ended.adding(months: wait.value * 12)
            let values: StatementValues = ["ended": .month(ended), "years": .count(wait.value)]
            return decided(.reGrantLimit, met,
                           TraceStep(met ? ConditionMessages.reGrantLongAgo : ConditionMessages.reGrantNotMet, values, parameters: [wait.use]))
        }
    }
}
