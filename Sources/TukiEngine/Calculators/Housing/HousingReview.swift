/// The income change a housing allowance must be told about.
enum HousingReview {
    /// In the first job month, when the job changes the income the allowance counts, the person
    /// must report it to Kela; the allowance is then reviewed. For the general allowance, a rise under
    /// the review threshold need not be reviewed before the next regular review, which the warning says.
    static func warnIfIncomeChanges(_ context: inout MonthContext, income: Money,
                                    reviewThreshold: ParameterID? = nil) throws(ParameterLookupError) {
        guard context.variant == .withJob, let job = context.activeJob, context.month == job.start else { return }
        var withoutJob = income - context.amount(.regularWage)
        withoutJob -= (job.extraPay.map(\.amount).sum()).times(1, over: 12)
        guard income != withoutJob else { return }
        if let reviewThreshold {
            let threshold = try context.parameters.amount(reviewThreshold)
            context.cite([threshold.use])
            if income - withoutJob < threshold.value {
                context.warn(Warning(HousingMessages.warnRiseUnderReviewThreshold, [
                    "before": .money(withoutJob), "after": .money(income), "threshold": .money(threshold.value),
                ], severity: .info, month: context.month, parameters: [threshold.use]))
                return
            }
        }
        context.warn(Warning(HousingMessages.warnReportIncome, ["before": .money(withoutJob), "after": .money(income)],
                             severity: .caution, month: context.month))
    }

    /// In the first month after the job ends, the income the allowance counts falls by the wage. The allowance is
    /// then reviewed (upwards) when the person reports it; for the general allowance a fall under the review
    /// threshold need not be reviewed before the next regular review. The table shows it reviewed either way.
    static func warnIfIncomeFallsAfterJob(_ context: inout MonthContext, income: Money,
                                          reviewThreshold: ParameterID? = nil) throws(ParameterLookupError) {
        guard context.variant == .withJob, context.activeJob == nil, let job = context.scenario.job, let end = job.end,
              context.month == end.adding(months: 1), let lastJobMonth = context.previousMonths.last else { return }
        let fall = (lastJobMonth.amount(.regularWage) ?? .zero) + job.extraPay.map(\.amount).sum().times(1, over: 12)
        guard fall > .zero else { return }
        let values: StatementValues = ["before": .money(income + fall), "after": .money(income)]
        if let reviewThreshold {
            let threshold = try context.parameters.amount(reviewThreshold)
            context.cite([threshold.use])
            if fall < threshold.value {
                context.warn(Warning(HousingMessages.warnFallUnderReviewThreshold,
                                     values.merging(["threshold": .money(threshold.value)]) { first, _ in first },
                                     severity: .info, month: context.month, parameters: [threshold.use]))
                return
            }
        }
        context.warn(Warning(HousingMessages.warnReportIncomeFall, values, severity: .caution, month: context.month))
    }
}
