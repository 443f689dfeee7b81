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
}
