/// The job's `employer:` block: the employer view's inputs (docs/scenario-reference.md).
extension ScenarioDecoder {
    /// `jobMonths`: the job's months within the simulation, in which a purchase can be shown; nil when the job has
    /// none (it is never on, so nothing of it is computed).
    static func employer(_ node: YAMLNode, jobStart: YearMonth, jobMonths: ClosedRange<YearMonth>?) throws(InputError) -> Employer {
        let fields = try node.fields(allowed: ["kind", "applyWageSubsidy", "annualPayroll", "contributionRates",
                                               "wageSubsidy", "adaptationSubsidy"],
                                     required: ["kind"])
        var wageSubsidy = try fields["wageSubsidy"].map { block throws(InputError) in try wageSubsidyApplication(block, jobStart: jobStart) }
        switch (try fields["applyWageSubsidy"]?.bool(), wageSubsidy) {
        case (true?, nil): wageSubsidy = .nothingKnown
        case (false?, _?): throw node.error(InputMessages.contradicts, ["first": .text("applyWageSubsidy: false"), "second": .text("wageSubsidy")])
        default: break
        }
        return Employer(
            kind: try choice(try fields.required("kind"), Employer.Kind.self),
            annualPayroll: try fields["annualPayroll"].map { payroll throws(InputError) in try nonNegative(payroll) },
            ownRates: try fields["contributionRates"].map { rates throws(InputError) in try contributionRates(rates) } ?? [:],
            wageSubsidy: wageSubsidy,
            adaptationSubsidy: try fields["adaptationSubsidy"].map { block throws(InputError) in try adaptationRequest(block, jobMonths: jobMonths) })
    }

    private static func contributionRates(_ node: YAMLNode) throws(InputError) -> [EmployerContribution: Rate] {
        var rates: [EmployerContribution: Rate] = [:]
        for (key, rateNode) in try node.mapping(allowed: EmployerContribution.allCases.map(\.rawValue)) {
            let rate = try rateNode.rate()
            guard rate >= .zero && rate <= .one else { throw rateNode.outOfRange(.rate(rate), minimum: .rate(.zero), maximum: .rate(.one)) }
            rates[EmployerContribution(rawValue: key)!] = rate
        }
        return rates
    }

    private static func wageSubsidyApplication(_ node: YAMLNode, jobStart: YearMonth) throws(InputError) -> WageSubsidyApplication {
        let fields = try node.fields(allowed: [
            "type", "unemployedJobseeker", "medicalStatement", "disadvantagedWorker", "economicDismissals",
            "decisionBeforeStart", "collectiveAgreementWage", "nonBusinessTasks", "sectorMaxWeeklyHours",
            "unemployedMonths", "unemployedMonthsInLast28", "earlierSubsidyEnded", "renewals",
        ])
        var application = WageSubsidyApplication()
        application.type = try fields["type"].map { type throws(InputError) in try choice(type, WageSubsidyType.self) }
        application.unemployedJobseeker = try fields["unemployedJobseeker"]?.bool()
        application.medicalStatement = try fields["medicalStatement"]?.bool()
        application.disadvantagedWorker = try fields["disadvantagedWorker"]?.bool()
        application.economicDismissals = try fields["economicDismissals"]?.bool()
        application.decisionBeforeStart = try fields["decisionBeforeStart"]?.bool()
        application.collectiveAgreementWage = try fields["collectiveAgreementWage"]?.bool()
        application.nonBusinessTasks = try fields["nonBusinessTasks"]?.bool()
        application.sectorMaxWeeklyHours = try fields["sectorMaxWeeklyHours"].map { hours throws(InputError) in
            try hoursBetween(hours, ScenarioLimits.sectorMaxWeeklyHours.lowerBound, ScenarioLimits.sectorMaxWeeklyHours.upperBound)
        }
        application.unemployedMonths = try fields["unemployedMonths"]?.int(in: ScenarioLimits.unemployedMonths)
        application.unemployedMonthsInLast28 = try fields["unemployedMonthsInLast28"]?.int(in: ScenarioLimits.unemployedMonthsInLast28)
        application.earlierSubsidy = try fields["earlierSubsidyEnded"].map { node throws(InputError) in
            guard try node.scalarText() != "none" else { return EarlierSubsidy.none }
            let ended = try node.yearMonth()
            guard ended <= jobStart else {
                throw node.error(InputMessages.earlierSubsidyAfterStart, ["ended": .month(ended), "start": .month(jobStart)])
            }
            return .ended(ended)
        }
        application.renewals = try fields["renewals"]?.int(in: ScenarioLimits.renewals) ?? 0
        return application
    }

    private static func adaptationRequest(_ node: YAMLNode, jobMonths: ClosedRange<YearMonth>?) throws(InputError) -> AdaptationSubsidyRequest {
        let fields = try node.fields(allowed: ["causedByInjuryOrIllness", "equipmentCost", "equipmentMonth", "coworkerHelpHours"])
        if let jobMonths, let monthNode = fields["equipmentMonth"], case let month = try monthNode.yearMonth(), !jobMonths.contains(month) {
            throw monthNode.error(InputMessages.monthOutsideJob, ["month": .month(month), "first": .month(jobMonths.lowerBound),
                                                                  "last": .month(jobMonths.upperBound)])
        }
        return AdaptationSubsidyRequest(
            causedByInjuryOrIllness: try fields["causedByInjuryOrIllness"]?.bool(),
            equipmentCost: try fields["equipmentCost"].map { cost throws(InputError) in try nonNegative(cost) },
            equipmentMonth: try fields["equipmentMonth"]?.yearMonth(),
            coworkerHelpHours: try fields["coworkerHelpHours"].map { hours throws(InputError) in
                try hoursBetween(hours, ScenarioLimits.coworkerHelpHours.lowerBound, ScenarioLimits.coworkerHelpHours.upperBound)
            })
    }
}
