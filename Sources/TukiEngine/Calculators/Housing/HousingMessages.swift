/// Trace steps and warnings of the housing allowance calculators.
public enum HousingMessages {
    public static let schemePensioners = MessageKind("housing.scheme.pensioners", ["livesWith"])
    public static let schemeGeneral = MessageKind("housing.scheme.general")
    public static let costs = MessageKind("housing.costs", ["rent", "water", "heating", "ceiling", "counted"])
    /// The pensioners' allowance works on the year: the month's costs times twelve, against a yearly ceiling.
    public static let yearlyCosts = MessageKind("housing.pensioners.costs", ["rent", "water", "heating", "ceiling", "counted"])
    public static let income = MessageKind("housing.general.income", ["income", "rounded"])
    public static let deductible = MessageKind("housing.general.deductible",
                                               ["coefficient", "income", "base", "adults", "adultPart", "children", "childPart", "amount"])
    public static let deductibleNotCounted = MessageKind("housing.general.deductible_not_counted", ["computed", "minimum"])
    public static let generalAmount = MessageKind("housing.general.amount", ["share", "counted", "deductible", "amount"])
    public static let belowMinimum = MessageKind("housing.below_minimum", ["amount", "minimum"])
    public static let pensionersIncome = MessageKind("housing.pensioners.income", ["income"])
    public static let pensionersDeductible = MessageKind("housing.pensioners.deductible",
                                                         ["basic", "rate", "income", "limit", "additional"])
    public static let pensionersAmount = MessageKind("housing.pensioners.amount", ["share", "counted", "deductible", "amount"])
    public static let ownerOccupiedNotCovered = MessageKind("housing.general.owner_occupied_not_covered")
    public static let assetsNotGiven = MessageKind("housing.assets.not_given")
    public static let assetsIncome = MessageKind("housing.assets.income", ["assets", "limit", "share", "yearly"])
    public static let assetsOverCap = MessageKind("housing.assets.over_cap", ["assets", "cap"])
    public static let groupFromScenario = MessageKind("housing.group_from_scenario", ["group"])
    public static let incomeUnknown = MessageKind("housing.income_unknown", ["line"])

    public static let warnReportIncome = MessageKind("warning.housing_report_income", ["before", "after"])
    public static let warnReportIncomeFall = MessageKind("warning.housing_report_income_fall", ["before", "after"])
    /// The job stops a pension larger than its wage: the income the allowance counts falls as the job starts.
    /// Separately paid heating above Kela's standard amount: the standard is counted.
    public static let heatingStandard = MessageKind("housing.heating_standard", ["paid", "persons", "standard"])
    /// The warning that heating is counted at the standard amount, not as paid.
    public static let warnHeatingStandard = MessageKind("warning.housing_heating_standard", ["paid", "persons", "standard"])
    /// The standard amount for heating is not known for the year: the amount given is counted.
    public static let warnHeatingStandardUnknown = MessageKind("warning.housing_heating_standard_unknown", ["heating"])
    /// A job shorter than income must last to count as continuing: Kela averages it over 12 months.
    public static let warnShortJob = MessageKind("warning.housing_short_job", ["months", "shortest", "average"])
    /// The pensioners' allowance during a pension's rest: kept under 738/2009 (until 2024); after it, not known.
    public static let warnPensionersAllowanceDuringRest = MessageKind("warning.housing_pensioners_during_rest", ["year"])
    /// The job makes the household eligible for an allowance it does not get now: it must be applied for.
    public static let warnApply = MessageKind("warning.housing_apply", ["before", "after", "amount"])
    public static let warnIncomeFallsWithJob = MessageKind("warning.housing_income_falls_with_job", ["before", "after"])
    public static let warnFallUnderReviewThreshold = MessageKind("warning.housing_fall_under_review_threshold",
                                                                 ["before", "after", "threshold"])
    public static let warnRiseUnderReviewThreshold = MessageKind("warning.housing_rise_under_review_threshold",
                                                                 ["before", "after", "threshold"])
    public static let warnAssetsNotGiven = MessageKind("warning.housing_assets_not_given")
    public static let warnOwnerOccupied = MessageKind("warning.housing_owner_occupied")
    /// The municipality's housing allowance group is not in the rules: the scenario field that can give it.
    public static let warnGiveMunicipalityGroup = MessageKind("warning.housing_give_municipality_group", ["field"])
    /// The municipality is not named in the groups' table, so it is in the group of every other municipality.
    public static let warnMunicipalityNotNamed = MessageKind("warning.housing_municipality_not_named", ["municipality", "group"])

    public static let all = [schemePensioners, schemeGeneral, costs, yearlyCosts, income, deductible, deductibleNotCounted, generalAmount,
                             belowMinimum, pensionersIncome, pensionersDeductible, pensionersAmount, ownerOccupiedNotCovered,
                             assetsNotGiven, assetsIncome, assetsOverCap, groupFromScenario, incomeUnknown, warnReportIncome, warnRiseUnderReviewThreshold, warnReportIncomeFall, warnIncomeFallsWithJob, warnApply, warnShortJob, warnPensionersAllowanceDuringRest, heatingStandard, warnHeatingStandard, warnHeatingStandardUnknown, warnFallUnderReviewThreshold, warnAssetsNotGiven,
                             warnOwnerOccupied, warnGiveMunicipalityGroup, warnMunicipalityNotNamed]
}
