/// The rest of a pension paid on disability grounds under Kela's earnings limit (738/2009): the Kela disability
/// pension, and a guarantee pension paid without one. Earnings over the limit start a rest of at least the minimum
/// months (whatever the following months' earnings); after that it goes on while earnings stay over the limit and
/// ends in the first month at or under it, when the pension is paid again. Being paid that month also meets the rule
/// that a pension can rest again after one month paid.
struct EarningsLimitRest {
    /// The steps and warnings, each naming its own pension.
    struct Messages {
        let withinLimit, overLimit, restContinues, stillOverLimit, restEnds, warnOverLimit, warnRestMaximum: MessageKind
    }

    /// The month of the current rest (1 in the first month the pension rests), 0 while it is paid.
    let counter: String
    /// The pension's line, which names it in the old-age steps and warning.
    let line: AmountLine
    let messages: Messages

    static let earningsLimit: ParameterID = "pension.kela.earnings_limit"
    static let minimumRest: ParameterID = "pension.kela.resting_min_months"
    static let maximumRest: ParameterID = "pension.kela.resting_max_months"
    static let oldAge: ParameterID = "pension.kela.old_age_pension_age"
    /// What a calculator that applies the rest reads.
    static let reads: [CalculatorRequirement.Read] = [.init(earningsLimit, .amount), .init(minimumRest, .count),
                                                      .init(maximumRest, .count), .init(oldAge, .count)]

    static let kela = EarningsLimitRest(counter: "pension.kela.resting", line: .kelaDisabilityPension, messages: Messages(
        withinLimit: PensionMessages.kelaWithinLimit, overLimit: PensionMessages.kelaOverLimit,
        restContinues: PensionMessages.kelaRestContinues, stillOverLimit: PensionMessages.kelaStillOverLimit,
        restEnds: PensionMessages.kelaRestEnds, warnOverLimit: PensionMessages.warnKelaOverLimit,
        warnRestMaximum: PensionMessages.warnKelaRestMaximum))

    static let guarantee = EarningsLimitRest(counter: "pension.guarantee.resting", line: .guaranteePension, messages: Messages(
        withinLimit: PensionMessages.guaranteeWithinLimit, overLimit: PensionMessages.guaranteeOverLimit,
        restContinues: PensionMessages.guaranteeRestContinues, stillOverLimit: PensionMessages.guaranteeStillOverLimit,
        restEnds: PensionMessages.guaranteeRestEnds, warnOverLimit: PensionMessages.warnGuaranteeOverLimit,
        warnRestMaximum: PensionMessages.warnGuaranteeRestMaximum))

    /// Whether the pension rests this month. The earnings limit is the one on the person's decision (`stated`), else
    /// Kela's from the rules, read only when the month's earnings are tested.
    func rests(_ context: inout MonthContext, statedLimit stated: Money?) throws(ParameterLookupError) -> Bool {
        guard context.variant == .withJob else { return false }
        let previous = context.previousMonths.last?.counters[counter] ?? 0
        guard context.activeJob != nil || context.amount(.grossWage) > .zero || previous > 0 else { return false }
        if try isOldAgePension(&context) { return false }
        if previous > 0 {
            let minimumRest = try context.parameters.count(Self.minimumRest)
            if previous < minimumRest.value {
                let month = context.count(counter, continuing: true)
                context.record(messages.restContinues, ["month": .count(month), "minimumRest": .count(minimumRest.value)],
                               parameters: [minimumRest.use])
                return true
            }
        }
        let (limit, uses) = try Self.limit(stated: stated, context.parameters)
        let earnings = context.amount(.grossWage)
        if earnings <= limit {
            _ = context.count(counter, continuing: false)
            if previous > 0 {
                context.record(messages.restEnds, ["earnings": .money(earnings), "limit": .money(limit), "months": .count(previous)],
                               parameters: uses)
            } else {
                context.record(messages.withinLimit, ["earnings": .money(earnings), "limit": .money(limit)], parameters: uses)
            }
            return false
        }
        let minimumRest = try context.parameters.count(Self.minimumRest)
        let maximumRest = try context.parameters.count(Self.maximumRest)
        let month = context.count(counter, continuing: true)
        if previous == 0 {
            context.record(messages.overLimit, [
                "earnings": .money(earnings), "limit": .money(limit), "minimumRest": .count(minimumRest.value),
            ], parameters: uses + [minimumRest.use])
            context.warn(Warning(messages.warnOverLimit, [
                "earnings": .money(earnings), "limit": .money(limit),
                "minimumRest": .count(minimumRest.value), "maximumRest": .count(maximumRest.value),
            ], severity: .problem, month: context.month, parameters: uses + [minimumRest.use, maximumRest.use]))
        } else {
            context.record(messages.stillOverLimit, ["earnings": .money(earnings), "limit": .money(limit), "month": .count(month)],
                           parameters: uses)
        }
        if month > maximumRest.value {
            context.warn(Warning(messages.warnRestMaximum, ["maximumRest": .count(maximumRest.value)],
                                 severity: .problem, month: context.month, parameters: [maximumRest.use]))
        }
        return true
    }

    /// Kela turns a disability pension into an old-age pension from the month after the person reaches the old-age
    /// pension age, and earnings do not stop an old-age pension. Only the birth year is known: past that age all year
    /// the limit is not tested; in the year the age is reached it is tested all year (a rest is the lower outcome), and
    /// a warning says the months after the birthday may be better.
    private func isOldAgePension(_ context: inout MonthContext) throws(ParameterLookupError) -> Bool {
        let oldAge = try context.parameters.count(Self.oldAge)
        let age = context.month.year - context.scenario.person.birthYear
        let values: StatementValues = ["pension": .term("term.benefit_in_sentence.\(line.id)"), "age": .count(oldAge.value),
                                       "year": .text(String(context.month.year))]
        if age > oldAge.value {
            context.record(PensionMessages.oldAgeNoEarningsLimit, values, parameters: [oldAge.use])
            return true
        }
        if age == oldAge.value, context.isFirstTimeThisYear("\(counter).old_age_year") {
            context.warn(Warning(PensionMessages.warnOldAgeThisYear, values, severity: .caution, month: context.month,
                                 parameters: [oldAge.use]))
        }
        return false
    }

    /// The limit on the person's decision, else Kela's from the rules with the value it cites.
    private static func limit(stated: Money?, _ parameters: Parameters) throws(ParameterLookupError) -> (Money, [ParameterUse]) {
        if let stated { return (stated, []) }
        let limit = try parameters.amount(earningsLimit)
        return (limit.value, [limit.use])
    }
}
