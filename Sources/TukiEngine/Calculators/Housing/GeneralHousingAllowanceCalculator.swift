/// General housing allowance (laki 938/2014): a share of the acceptable housing costs above the
/// household's basic deductible, month by month.
public struct GeneralHousingAllowanceCalculator: Calculator {
    public init() {}
    public var name: CalculatorName { .housingAllowance }
    public var reads: [CalculatorRequirement.Read] {
        [.init("housing.general.share", .rate), .init("housing.general.deductible_coefficient", .rate),
         .init("housing.general.deductible_base", .amount), .init("housing.general.deductible_adult", .amount),
         .init("housing.general.deductible_child", .amount), .init("housing.general.deductible_minimum", .amount),
         .init("housing.general.minimum_payable", .amount), .init("housing.general.max_housing_costs", .table),
         .init("housing.general.max_housing_costs_extra_person", .table),
         .init("housing.general.water_per_person", .amount), .init("housing.municipality_groups.general", .table), MunicipalityName.read,
         .init("housing.general.owner_occupied_covered", .flag), .init("housing.general.asset_cap", .amount),
         .init("housing.general.asset_limit_one_adult", .amount), .init("housing.general.asset_limit_two_adults", .amount),
         .init("housing.general.asset_excess_share", .rate), .init("housing.general.review_income_rise", .amount),
         .init("housing.general.review_income_fall", .amount), .init(Self.heatingOnePerson, .amount),
         .init(Self.heatingExtraPerson, .amount), .init("housing.general.continuing_income_months", .count)]
    }

    static let heatingOnePerson: ParameterID = "housing.general.heating_one_person"
    static let heatingExtraPerson: ParameterID = "housing.general.heating_extra_person"

    public func compute(_ context: inout MonthContext) throws(ParameterLookupError) {
        let scenario = context.scenario
        guard let housing = scenario.housing, housing.allowance == .auto, HousingScheme(scenario) == .general else { return }
        context.record(HousingMessages.schemeGeneral, source: HousingScheme.source)
        let p = context.parameters
        if try ownerOccupiedHomeIsExcluded(housing, &context) {
            context.set(.housingAllowance, .zero)
            return
        }
        let group = try HousingScheme.municipalityGroup(given: housing.municipalityGroup, field: "housing.municipalityGroup",
                                                        table: "housing.municipality_groups.general",
                                                        municipality: scenario.person.municipality, &context)
        let persons = scenario.household.persons
        let (ceiling, ceilingUses) = try self.ceiling(group: group, persons: persons, p)
        let waterStandard = try p.amount("housing.general.water_per_person")
        let water = Money.min(housing.water, waterStandard.value * Int64(persons))
        let heating = try acceptedHeating(housing.heating, persons: persons, &context)
        let counted = Money.min(housing.rent + water + heating, ceiling)
        context.record(HousingMessages.costs, [
            "rent": .money(housing.rent), "water": .money(water), "heating": .money(heating),
            "ceiling": .money(ceiling), "counted": .money(counted),
        ], parameters: ceilingUses + [waterStandard.use])

        guard let assetIncome = try HousingAssets.generalMonthlyIncome(housing, adults: scenario.household.adults, &context) else {
            context.set(.housingAllowance, .zero)
            return
        }
        guard let housingIncome = scenario.housingIncome(&context) else { return }
        let income = housingIncome + assetIncome
        let rounded = income.roundedToWholeEuros()
        context.record(HousingMessages.income, ["income": .money(income), "rounded": .money(rounded)])
        let deductible = try self.deductible(rounded, scenario.household, &context)
        let share = try p.rate("housing.general.share")
        var amount = Money.max(.zero, counted - deductible).times(share.value)
        context.record(HousingMessages.generalAmount, [
            "share": .rate(share.value), "counted": .money(counted), "deductible": .money(deductible), "amount": .money(amount),
        ], parameters: [share.use])
        let minimum = try p.amount("housing.general.minimum_payable")
        if amount > .zero && amount < minimum.value {
            context.record(HousingMessages.belowMinimum, ["amount": .money(amount), "minimum": .money(minimum.value)],
                           parameters: [minimum.use])
            amount = .zero
        }
        context.set(.housingAllowance, amount)
        let shortJob = try HousingReview.warnIfShortJob(&context)
        try HousingReview.warnIfIncomeChanges(&context, income: income, thresholds: .init(rise: "housing.general.review_income_rise",
                                                                                          fall: "housing.general.review_income_fall"),
                                              shortJob: shortJob)
    }

    /// Separately paid heating is accepted at Kela's standard amount for the household's size, not at the amount paid
    /// ("lämmityskuluiksi hyväksytään 46 e/kk"; more in some regions, which the rules do not list), and the first
    /// month says so where they differ. Where the standard is not known for the year the amount given is counted, and
    /// the first month says that.
    private func acceptedHeating(_ paid: Money, persons: Int, _ context: inout MonthContext) throws(ParameterLookupError) -> Money {
        guard paid > .zero else { return .zero }
        guard let onePerson = try context.parameters.amountIfKnown(Self.heatingOnePerson),
              let extraPerson = try context.parameters.amountIfKnown(Self.heatingExtraPerson) else {
            if context.isFirstBaselineMonth(of: "housing.heating_standard_unknown") {
                context.warn(Warning(HousingMessages.warnHeatingStandardUnknown, ["heating": .money(paid)], severity: .caution,
                                     month: context.month))
            }
            return paid
        }
        let standard = onePerson.value + extraPerson.value * Int64(persons - 1)
        guard paid != standard else { return paid }
        let values: StatementValues = ["paid": .money(paid), "persons": .count(persons), "standard": .money(standard)]
        context.record(HousingMessages.heatingStandard, values, parameters: [onePerson.use, extraPerson.use])
        if context.isFirstBaselineMonth(of: "housing.heating_standard") {
            context.warn(Warning(HousingMessages.warnHeatingStandard, values, severity: .caution, month: context.month,
                                 parameters: [onePerson.use, extraPerson.use]))
        }
        return standard
    }

    /// Whether the home is owner-occupied on a date the general allowance does not cover such homes (from 2025).
    private func ownerOccupiedHomeIsExcluded(_ housing: Housing, _ context: inout MonthContext) throws(ParameterLookupError) -> Bool {
        guard housing.ownerOccupied else { return false }
        let covered = try context.parameters.flag("housing.general.owner_occupied_covered")
        guard !covered.value else { return false }
        context.record(HousingMessages.ownerOccupiedNotCovered, parameters: [covered.use])
        if context.isFirstBaselineMonth(of: "housing.owner_occupied_not_covered") {
            context.warn(Warning(HousingMessages.warnOwnerOccupied, severity: .caution, month: context.month,
                                 parameters: [covered.use]))
        }
        return true
    }

    /// The table's ceiling for up to four persons, plus the increment for each person beyond.
    private func ceiling(group: String, persons: Int, _ p: Parameters) throws(ParameterLookupError) -> (Money, [ParameterUse]) {
        let table = try p.table("housing.general.max_housing_costs")
        let tableSizes = 4
        let base = try table.value.amount(at: [group, String(min(persons, tableSizes))], parameter: table.use, date: p.date)
        guard persons > tableSizes else { return (base, [table.use]) }
        let extra = try p.table("housing.general.max_housing_costs_extra_person")
        let increment = try extra.value.amount(at: [group], parameter: extra.use, date: p.date)
        return (base + increment * Int64(persons - tableSizes), [table.use, extra.use])
    }

    /// c × (income − (base + adult × adults + child × children)), not counted under the minimum.
    private func deductible(_ income: Money, _ household: Household, _ context: inout MonthContext) throws(ParameterLookupError) -> Money {
        let p = context.parameters
        let coefficient = try p.rate("housing.general.deductible_coefficient")
        let base = try p.amount("housing.general.deductible_base")
        let adult = try p.amount("housing.general.deductible_adult")
        let child = try p.amount("housing.general.deductible_child")
        let minimum = try p.amount("housing.general.deductible_minimum")
        let adultPart = adult.value * Int64(household.adults)
        let childPart = child.value * Int64(household.children)
        let protected = base.value + adultPart + childPart
        let computed = Money.max(.zero, (income - protected).times(coefficient.value))
        let uses = [coefficient.use, base.use, adult.use, child.use]
        context.record(HousingMessages.deductible, [
            "coefficient": .rate(coefficient.value), "income": .money(income), "base": .money(base.value),
            "adults": .count(household.adults), "adultPart": .money(adultPart), "children": .count(household.children),
            "childPart": .money(childPart), "amount": .money(computed),
        ], parameters: uses)
        if computed < minimum.value {
            if computed > .zero {
                context.record(HousingMessages.deductibleNotCounted, ["computed": .money(computed), "minimum": .money(minimum.value)],
                               parameters: [minimum.use])
            }
            return .zero
        }
        return computed
    }
}
