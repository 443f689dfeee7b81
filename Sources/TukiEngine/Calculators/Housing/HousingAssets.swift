/// The asset tests of the two housing allowances: the household's net assets above a limit count
/// as yearly income.
enum HousingAssets {
    /// The general allowance's test (from 2025): the monthly income the assets add, or nil when the
    /// assets reach the amount at which no allowance is granted. No test where the rules have none.
    static func generalMonthlyIncome(_ housing: Housing, adults: Int,
                                     _ context: inout MonthContext) throws(ParameterLookupError) -> Money? {
        let p = context.parameters
        guard let cap = try p.amountIfInForce("housing.general.asset_cap") else { return .zero }
        guard let assets = given(housing, test: cap.use, &context) else { return .zero }
        if assets >= cap.value {
            context.record(HousingMessages.assetsOverCap, ["assets": .money(assets), "cap": .money(cap.value)],
                           parameters: [cap.use])
            return nil
        }
        let limit = try p.amount(adults == 1 ? "housing.general.asset_limit_one_adult" : "housing.general.asset_limit_two_adults")
        let share = try p.rate("housing.general.asset_excess_share")
        let yearly = excessIncome(assets, limit: limit.value, share: share.value, uses: [limit.use, share.use], &context)
        return yearly.times(1, over: 12)
    }

    /// The pensioners' allowance's test: the yearly income the assets add.
    static func pensionersYearlyIncome(_ housing: Housing, couple: Bool,
                                       _ context: inout MonthContext) throws(ParameterLookupError) -> Money {
        let p = context.parameters
        let limits = try p.table("housing.pensioners.asset_limit")
        guard let assets = given(housing, test: limits.use, &context) else { return .zero }
        let limit = try limits.value.amount(at: [couple ? "couple" : "alone"], parameter: limits.use, date: p.date)
        let share = try p.rate("housing.pensioners.asset_excess_share")
        return excessIncome(assets, limit: limit, share: share.value, uses: [limits.use, share.use], &context)
    }

    /// The scenario's net assets; when it gives none, the test is not applied and the first month says so.
    private static func given(_ housing: Housing, test: ParameterUse, _ context: inout MonthContext) -> Money? {
        if let assets = housing.netAssets { return assets }
        context.record(HousingMessages.assetsNotGiven, parameters: [test])
        if context.isFirstBaselineMonth(of: "housing.assets_not_given") {
            context.warn(Warning(HousingMessages.warnAssetsNotGiven, severity: .info, month: context.month))
        }
        return nil
    }

    private static func excessIncome(_ assets: Money, limit: Money, share: Rate, uses: [ParameterUse],
                                     _ context: inout MonthContext) -> Money {
        guard assets > limit else { return .zero }
        let yearly = (assets - limit).times(share)
        context.record(HousingMessages.assetsIncome, [
            "assets": .money(assets), "limit": .money(limit), "share": .rate(share), "yearly": .money(yearly),
        ], parameters: uses)
        return yearly
    }
}
