/// The employer's monthly wage cost: the gross wage plus each employer contribution on it.
public struct EmployerCostCalculator: Calculator {
    public init() {}
    public var name: CalculatorName { .employerCost }
    public var reads: [CalculatorRequirement.Read] {
        [Self.healthInsurance, Self.pension, Self.unemploymentLower, Self.unemploymentUpper, Self.accidentInsurance,
         Self.groupLifeInsurance].map { .init($0, .rate) } + [.init(Self.payrollLimit, .amount)]
            + Self.ageBands.values.flatMap { [$0.minimum, $0.maximum] }.map { .init($0, .count) } + [.init(TyELAgeLimit.id, .table)]
    }

    static let healthInsurance: ParameterID = "tax.employer.health_insurance_rate"
    static let pension: ParameterID = "tax.employer.tyel_employer_average_rate"
    static let unemploymentLower: ParameterID = "tax.employer.unemployment_lower_rate"
    static let unemploymentUpper: ParameterID = "tax.employer.unemployment_upper_rate"
    static let payrollLimit: ParameterID = "tax.employer.unemployment_payroll_limit"
    static let accidentInsurance: ParameterID = "tax.employer.accident_insurance_rate"
    static let groupLifeInsurance: ParameterID = "tax.employer.group_life_insurance_rate"

    /// The ages whose wages a contribution is charged on. Unemployment insurance covers the employer's and the employee's
    /// share alike, so its band is the employee's (see those parameters' sources). TyEL's runs from its lowest age to
    /// the insurance age limit of the worker's cohort (`TyELAgeLimit`).
    static let ageBands: [EmployerContribution: (minimum: ParameterID, maximum: ParameterID)] = [
        .healthInsurance: ("tax.employer.health_insurance_age_min", "tax.employer.health_insurance_age_max"),
        .unemploymentInsurance: ("tax.contributions.unemployment_employee_age_min", "tax.contributions.unemployment_employee_age_max"),
    ]
    static let pensionMinimumAge: ParameterID = "tax.contributions.tyel_employee_age_min"

    /// A contribution's rate and where it came from: the rules (with the value used) or the scenario.
    private struct ChosenRate {
        let contribution: EmployerContribution
        let rate: Rate
        let use: ParameterUse?
    }

    public func compute(_ context: inout MonthContext) throws(ParameterLookupError) {
        guard let employer = context.payingJob?.employer else { return }
        // Every rate is resolved before anything is recorded, so a missing one leaves no half-computed month.
        var rates: [ChosenRate] = []
        var tierStep: TraceStep?
        var notDue: [TraceStep] = []
        // The age reached this year: only the birth year is known.
        let birthYear = context.scenario.person.birthYear
        let age = context.month.year - birthYear
        for contribution in EmployerContribution.allCases {
            if let step = try Self.notDue(contribution, age: age, birthYear: birthYear, context.parameters) {
                notDue.append(step)
            } else if let own = employer.ownRates[contribution] {
                rates.append(ChosenRate(contribution: contribution, rate: own, use: nil))
            } else if contribution == .unemploymentInsurance {
                let (rate, step) = try unemploymentRate(employer, context.parameters)
                rates.append(ChosenRate(contribution: contribution, rate: rate.value, use: rate.use))
                tierStep = step
            } else {
                let rate = try context.parameters.rate(Self.id(of: contribution))
                rates.append(ChosenRate(contribution: contribution, rate: rate.value, use: rate.use))
            }
        }
        if let tierStep { context.record(tierStep) }
        for step in notDue { context.record(step) }
        try warnIfDueForPartOfYear(age: age, birthYear: birthYear, &context)
        warnIfPublicSectorPension(employer, &context)
        let wage = context.amount(.grossWage)
        var contributions = Money.zero
        for chosen in rates {
            let amount = wage.times(chosen.rate)
            contributions += amount
            context.record(chosen.use == nil ? EmployerCostMessages.contributionOwn : EmployerCostMessages.contribution,
                           ["contribution": .term(chosen.contribution.termKey), "rate": .rate(chosen.rate),
                            "wage": .money(wage), "amount": .money(amount)],
                           parameters: chosen.use.map { [$0] } ?? [])
        }
        context.set(.employerContributions, contributions)
        context.set(.employerWageCost, wage + contributions)
        context.record(EmployerCostMessages.wageCost,
                       ["wage": .money(wage), "contributions": .money(contributions), "cost": .money(wage + contributions)])
    }

    /// A municipality's or the state's employees are insured under the public sector pension act (JuEL, Keva), whose
    /// rates are not in the rules: without the employer's own pension rate the TyEL average stands in, and the first
    /// month says so.
    private func warnIfPublicSectorPension(_ employer: Employer, _ context: inout MonthContext) {
        guard [.municipality, .state].contains(employer.kind), employer.ownRates[.pension] == nil,
              context.count("employer.public_sector_pension", continuing: true) == 1 else { return }
        context.warn(Warning(EmployerCostMessages.warnPublicSectorPension, ["kind": .term(employer.kind.termKey)],
                             severity: .caution, month: context.month))
    }

    /// In the year the worker reaches a contribution's first age (due from the birthday) or the age after its last (due
    /// until it), the cost counts it all year, on the high side; said in the year's first month with the job.
    private func warnIfDueForPartOfYear(age: Int, birthYear: Int, _ context: inout MonthContext) throws(ParameterLookupError) {
        for contribution in EmployerContribution.allCases {
            guard let band = try Self.ageBand(contribution, birthYear: birthYear, context.parameters),
                  age == band.minimum.value || age == band.maximum.value + 1,
                  context.count("employer.part_year.\(context.month.year).\(contribution.rawValue)", continuing: true) == 1
            else { continue }
            context.warn(Warning(EmployerCostMessages.warnPartYearAge, [
                "contribution": .term(contribution.termKey), "year": .text(String(context.month.year)), "age": .count(age),
            ], severity: .info, month: context.month, parameters: [band.minimum.use, band.maximum.use]))
        }
    }

    /// The step saying a contribution is not charged at the worker's age, or nil when it is.
    private static func notDue(_ contribution: EmployerContribution, age: Int, birthYear: Int,
                               _ parameters: Parameters) throws(ParameterLookupError) -> TraceStep? {
        guard let band = try ageBand(contribution, birthYear: birthYear, parameters),
              let (ages, uses) = outsideAllYear(age, band) else { return nil }
        let values: StatementValues = ["contribution": .term(contribution.termKey)]
        return TraceStep(EmployerCostMessages.contributionNotDue, values.merging(ages) { $1 }, parameters: uses)
    }

    /// The first and last ages (in completed years) whose wages the contribution is charged on; nil for one charged at
    /// any age.
    private static func ageBand(_ contribution: EmployerContribution, birthYear: Int,
                                _ parameters: Parameters) throws(ParameterLookupError) -> (minimum: Resolved<Int>, maximum: Resolved<Int>)? {
        if contribution == .pension {
            return (try parameters.count(pensionMinimumAge), try TyELAgeLimit.lastInsuredAge(bornIn: birthYear, parameters))
        }
        guard let band = ageBands[contribution] else { return nil }
        return (try parameters.count(band.minimum), try parameters.count(band.maximum))
    }

    /// The age and the band's ages when the worker is outside the band all year, nil otherwise. Only the birth year is
    /// known, so `age` is the age reached this year: in the year the worker turns the band's maximum + 1 the
    /// contribution is still due until the birthday, so that year counts as inside (the cost errs on the high side).
    private static func outsideAllYear(_ age: Int, _ band: (minimum: Resolved<Int>, maximum: Resolved<Int>))
        -> (StatementValues, [ParameterUse])? {
        guard !(band.minimum.value...(band.maximum.value + 1)).contains(age) else { return nil }
        return (["age": .count(age), "minimum": .count(band.minimum.value), "maximum": .count(band.maximum.value)],
                [band.minimum.use, band.maximum.use])
    }

    private static func id(of contribution: EmployerContribution) -> ParameterID {
        switch contribution {
        case .pension: pension
        case .healthInsurance: healthInsurance
        case .unemploymentInsurance: unemploymentLower
        case .accidentInsurance: accidentInsurance
        case .groupLifeInsurance: groupLifeInsurance
        }
    }

    /// The lower rate up to the payroll limit, the upper above it; the lower when the payroll is not given.
    private func unemploymentRate(_ employer: Employer, _ parameters: Parameters) throws(ParameterLookupError) -> (Resolved<Rate>, TraceStep) {
        guard let payroll = employer.annualPayroll else {
            return (try parameters.rate(Self.unemploymentLower), TraceStep(EmployerCostMessages.unemploymentLowerAssumed))
        }
        let limit = try parameters.amount(Self.payrollLimit)
        let values: StatementValues = ["payroll": .money(payroll), "limit": .money(limit.value)]
        if payroll > limit.value {
            return (try parameters.rate(Self.unemploymentUpper),
                    TraceStep(EmployerCostMessages.unemploymentUpper, values, parameters: [limit.use]))
        }
        return (try parameters.rate(Self.unemploymentLower),
                TraceStep(EmployerCostMessages.unemploymentLower, values, parameters: [limit.use]))
    }
}
