/// The income change a housing allowance must be told about.
enum HousingReview {
    /// In the first job month, when the job changes the income the allowance counts, the person
    /// must report it to Kela; the allowance is then reviewed.
    static func warnIfIncomeChanges(_ context: inout MonthContext, income: Money) {
        guard context.variant == .withJob, let job = context.activeJob, context.month == job.start else { return }
        var withoutJob = income - context.amount(.regularWage)
        withoutJob -= (job.extraPay.map(\.amount).sum()).times(1, over: 12)
        guard income != withoutJob else { return }
        context.warn(Warning(HousingMessages.warnReportIncome, ["before": .money(withoutJob), "after": .money(income)],
                             severity: .caution, month: context.month))
    }
}
