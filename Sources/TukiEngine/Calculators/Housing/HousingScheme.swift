/// Which housing allowance a household gets. A disability pensioner living alone or with a spouse
/// (who need not get a pension) gets the pensioners' housing allowance (laki 571/2007); a household
/// with others who are not entitled to it, such as children, gets the general one (laki 938/2014).
enum HousingScheme {
    case general, pensioners

    init(_ scenario: Scenario) {
        let household = scenario.household
        self = scenario.benefits.receivesDisabilityPension && household.children == 0
            ? .pensioners : .general
    }

    /// The group the scenario gives (in `field`), else the rules' group for the municipality (or for `*`); without
    /// either, a hint names the field.
    static func municipalityGroup(given: String?, field: String, table id: ParameterID, municipality: String?,
                                  _ context: inout MonthContext) throws(ParameterLookupError) -> String {
        if let given {
            context.record(HousingMessages.groupFromScenario, ["group": .text(given)])
            return given
        }
        do throws(ParameterLookupError) {
            let groups = try context.parameters.table(id)
            if let municipality, let (key, step) = MunicipalityName.key(municipality, in: groups.value, context.parameters),
               let group = groups.value.name(at: [key]) {
                if let (kind, values, use) = step { context.record(kind, values, parameters: [use]) }
                return group
            }
            guard let municipality, let group = groups.value.name(at: ["*"]) else {
                throw ParameterLookupError(id: id, date: context.parameters.date, reason: .noValue)
            }
            // Right for most of Finland's municipalities, and for a misspelt name silently wrong. Said in
            // the first month only: it holds for the whole calculation.
            if context.month == context.scenario.start {
                context.warn(Warning(HousingMessages.warnMunicipalityNotNamed, ["municipality": .text(municipality), "group": .text(group)],
                                     severity: .info, parameters: [groups.use]))
            }
            return group
        } catch {
            context.warn(Warning(HousingMessages.warnGiveMunicipalityGroup, ["field": .text(field)], severity: .info))
            throw error
        }
    }

    static let source = Source(law: "Laki eläkkeensaajan asumistuesta 571/2007; laki yleisestä asumistuesta 938/2014",
                               url: "https://www.kela.fi/elakkeensaajan-asumistuki",
                               note: """
                               kela.fi (2024): "Voit hakea eläkkeensaajan asumistukea jos asut yksin, jos asut puolisosi kanssa tai \
                               jos muutkin asunnossa asuvat saavat eläkettä, joka oikeuttaa eläkkeensaajan asumistukeen. Muissa \
                               tapauksissa selvitä oikeutesi yleiseen asumistukeen." Kela does not pay both allowances at once.
                               """)
}

extension Scenario {
    /// Income that housing allowances count: the job's wage as Kela estimates it ahead (`housingWage`), pensions, the
    /// partner's income. Disability benefits are not counted. Nil, with a step saying which, when a pension the person
    /// receives has no amount this month: the allowance is then unknown too, rather than worked out as if that pension
    /// were not paid.
    func housingIncome(_ context: inout MonthContext) -> Money? {
        let received = receivedBenefitLines
        if let unknown = AmountLine.pensions.first(where: { received.contains($0) && context.figures[$0] == nil }) {
            context.record(HousingMessages.incomeUnknown, ["line": .term(unknown.termKey)])
            return nil
        }
        return housingIncome(context.figures, jobActive: context.activeJob != nil)
    }

    /// The same income from a month's figures (e.g. another month's, to see how much it changed).
    func housingIncome(_ amounts: LineAmounts, jobActive: Bool) -> Money {
        housingWage(jobActive: jobActive) + amounts.pensionsTotal + household.partnerMonthlyIncome
    }

    /// The wage a housing allowance counts in a month of the job: Kela estimates income ahead, so it is the job's usual
    /// month (hourly pay in an average month, whatever the calendar), with one-off pay spread over 12 months, rather
    /// than the month's own pay.
    func housingWage(jobActive: Bool) -> Money {
        guard jobActive, let job else { return .zero }
        return job.averageMonthWage + job.extraPay.map(\.amount).sum().times(1, over: 12)
    }

    /// The month the pensioners' allowance's year ahead starts for a month of the job: the review at the job's start,
    /// or the simulation's start for a job already going on, so the allowance stays as set there.
    private var jobYearStart: YearMonth? { job.map { Swift.max($0.start, start) } }

    /// The wage the pensioners' allowance counts for the year ahead: the job's usual month for the months it lasts (at
    /// most 12), and its one-off pay in those months.
    func yearlyHousingWage(jobActive: Bool) -> Money {
        guard jobActive, let job, let from = jobYearStart else { return .zero }
        let extra = job.extraPay.filter { (0..<12).contains(from.months(until: $0.month)) }.map(\.amount).sum()
        return job.averageMonthWage * Int64(job.months(from: from, atMost: 12)) + extra
    }

    /// The pensioners' allowance's income for the year ahead: for the months the job lasts the month's pensions and
    /// wage; for the rest of the year, and in a month without the job, the pensions without it (`withoutJob`, the
    /// baseline's same month, when known: a rest that outlasts the job ends within months); the partner's income all
    /// year.
    func yearlyHousingIncome(_ amounts: LineAmounts, jobActive: Bool, withoutJob: LineAmounts?) -> Money {
        let pensions = amounts.pensionsTotal
        let pensionsWithout = withoutJob?.pensionsTotal ?? pensions
        guard jobActive else { return pensionsWithout * 12 + household.partnerMonthlyIncome * 12 }
        let jobMonths = jobYearStart.flatMap { from in job?.months(from: from, atMost: 12) } ?? 12
        return pensions * Int64(jobMonths) + pensionsWithout * Int64(12 - jobMonths) + household.partnerMonthlyIncome * 12
            + yearlyHousingWage(jobActive: true)
    }
}

extension Table {
    /// A name entry (e.g. a municipality's group), or nil when the key is absent.
    func name(at keys: [String]) -> String? {
        guard case let .name(name)? = value(at: keys) else { return nil }
        return name
    }
}
