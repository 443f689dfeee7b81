/// Pensioners' housing allowance (laki 571/2007): 85 % of the year's counted housing costs above
/// the basic and additional deductibles, paid monthly.
public struct PensionersHousingAllowanceCalculator: Calculator {
    public init() {}
    public var name: CalculatorName { .housingAllowance }
    public var reads: [CalculatorRequirement.Read] {
        [.init("housing.pensioners.share", .rate), .init("housing.pensioners.basic_deductible", .amount),
         .init("housing.pensioners.additional_deductible_rate", .rate), .init("housing.pensioners.income_limit", .table),
         .init("housing.pensioners.max_housing_costs", .table), .init("housing.pensioners.water_per_person", .amount),
         .init("housing.municipality_groups.pensioners", .table), MunicipalityName.read, .init("housing.pensioners.asset_limit", .table),
         .init("housing.pensioners.asset_excess_share", .rate), .init("housing.pensioners.review_income_rise", .amount),
         .init("housing.pensioners.review_income_fall", .amount), .init(DisabilityAllowanceCalculator.restingAct, .flag)]
    }

    public func compute(_ context: inout MonthContext) throws(ParameterLookupError) {
        let scenario = context.scenario
        guard let housing = scenario.housing, housing.allowance == .auto, HousingScheme(scenario) == .pensioners else { return }
        context.record(HousingMessages.schemePensioners,
                       ["livesWith": .text(scenario.household.adults == 1 ? "alone" : "spouse")], source: HousingScheme.source)
        let p = context.parameters
        let counted = try yearlyCountedCosts(housing, &context)
        let couple = scenario.household.adults == 2
        guard let monthlyIncome = scenario.housingIncome(&context) else { return }
        let income = scenario.yearlyHousingIncome(context.figures, jobActive: context.activeJob != nil,
                                                  withoutJob: context.baseline?.amounts)
            + (try HousingAssets.pensionersYearlyIncome(housing, couple: couple, &context))
        context.record(HousingMessages.pensionersIncome, ["income": .money(income)])
        let basic = try p.amount("housing.pensioners.basic_deductible")
        let rate = try p.rate("housing.pensioners.additional_deductible_rate")
        let limits = try p.table("housing.pensioners.income_limit")
        // The partner's own pension is not in the scenario: a partner is taken as not entitled to the allowance.
        let limit = try limits.value.amount(at: [couple ? "couple_spouse_not_entitled" : "alone"], parameter: limits.use, date: p.date)
        let additional = Money.max(.zero, income - limit).times(rate.value)
        context.record(HousingMessages.pensionersDeductible, [
            "basic": .money(basic.value), "rate": .rate(rate.value), "income": .money(income), "limit": .money(limit),
            "additional": .money(additional),
        ], parameters: [basic.use, rate.use, limits.use])
        let share = try p.rate("housing.pensioners.share")
        let deductible = basic.value + additional
        let amount = Money.max(.zero, counted - deductible).times(share.value).times(1, over: 12)
        context.record(HousingMessages.pensionersAmount, [
            "share": .rate(share.value), "counted": .money(counted), "deductible": .money(deductible), "amount": .money(amount),
        ], parameters: [share.use])
        context.set(.housingAllowance, amount)
        try warnIfPensionRests(&context)
        try HousingReview.warnIfIncomeChanges(&context, income: monthlyIncome, thresholds: .init(
            rise: "housing.pensioners.review_income_rise", fall: "housing.pensioners.review_income_fall", perYear: true))
    }

    /// The allowance was kept during a pension's rest if received just before and otherwise still due (738/2009, a
    /// secondary source); after that act the rule was not found. The table keeps the allowance; without the act the
    /// first month of each rest says the rule is not known.
    private func warnIfPensionRests(_ context: inout MonthContext) throws(ParameterLookupError) {
        guard context.isRestToBeToldOf("housing.pensioners.pension_resting"),
              case let act = try context.parameters.flag(DisabilityAllowanceCalculator.restingAct), !act.value else { return }
        context.warn(Warning(HousingMessages.warnPensionersAllowanceDuringRest, ["year": .text(String(context.month.year))],
                             severity: .caution, month: context.month, parameters: [act.use]))
    }

    /// The year's housing costs (water up to the standard per person), capped at the municipality group's maximum.
    private func yearlyCountedCosts(_ housing: Housing, _ context: inout MonthContext) throws(ParameterLookupError) -> Money {
        let p = context.parameters
        let scenario = context.scenario
        let group = try HousingScheme.municipalityGroup(given: housing.pensionersMunicipalityGroup,
                                                        field: "housing.pensionersMunicipalityGroup", table: "housing.municipality_groups.pensioners",
                                                        municipality: scenario.person.municipality, &context)
        let ceilingTable = try p.table("housing.pensioners.max_housing_costs")
        let ceiling = try ceilingTable.value.amount(at: [group], parameter: ceilingTable.use, date: p.date)
        let waterStandard = try p.amount("housing.pensioners.water_per_person")
        let water = Money.min(housing.water, waterStandard.value * Int64(scenario.household.persons))
        let counted = Money.min((housing.rent + water + housing.heating) * 12, ceiling)
        context.record(HousingMessages.yearlyCosts, [
            "rent": .money(housing.rent * 12), "water": .money(water * 12), "heating": .money(housing.heating * 12),
            "ceiling": .money(ceiling), "counted": .money(counted),
        ], parameters: [ceilingTable.use, waterStandard.use])
        return counted
    }
}
