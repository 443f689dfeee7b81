/// The income change a housing allowance must be told about.
enum HousingReview {
    /// A smaller change need not be reviewed before the next regular review. The general allowance's thresholds are
    /// monthly, the pensioners' yearly.
    struct Thresholds {
        let rise: ParameterID
        let fall: ParameterID
        var perYear = false
    }

    /// When the job starts (its first month) or ends (the month after its last), the income the allowance counts
    /// changes, and the person must report it to Kela; the allowance is then reviewed. The change is the whole
    /// income's: the wage, and any pension the wage stops or that is paid again. At the start it is measured from the
    /// same month without the job, at the end from the job's last month. With `thresholds`, a change under the
    /// threshold need not be reviewed yet, which the warning says; the table shows the allowance reviewed either way.
    static func warnIfIncomeChanges(_ context: inout MonthContext, income: Money,
                                    thresholds: Thresholds? = nil) throws(ParameterLookupError) {
        guard context.variant == .withJob, let job = context.scenario.job else { return }
        let scenario = context.scenario
        let now = scenario.housingIncome(context.figures, jobActive: context.activeJob != nil)
        if context.activeJob != nil, context.month == job.start {
            // No allowance without the job: a higher income changes nothing to report.
            if context.baseline?.amount(.housingAllowance) == .zero { return }
            let before = context.baseline.map { scenario.housingIncome($0.amounts, jobActive: false) }
                ?? scenario.housingIncome(context.figures, jobActive: false)
            let change = now - before
            if change > .zero {
                try warn(&context, before: income - change, after: income, change: change, threshold: thresholds?.rise, perYear: thresholds?.perYear == true,
                         under: HousingMessages.warnRiseUnderReviewThreshold, report: HousingMessages.warnReportIncome)
            } else if change < .zero {
                context.warn(Warning(HousingMessages.warnIncomeFallsWithJob, ["before": .money(income - change), "after": .money(income)],
                                     severity: .caution, month: context.month))
            }
        } else if context.activeJob == nil, let end = job.end, context.month == end.adding(months: 1),
                  let lastJobMonth = context.previousMonths.last {
            let fall = scenario.housingIncome(lastJobMonth.amounts, jobActive: true) - now
            // No allowance with the job nor after it: nothing to report.
            guard fall > .zero, !(lastJobMonth.amount(.housingAllowance) == .zero && context.amount(.housingAllowance) == .zero) else { return }
            try warn(&context, before: income + fall, after: income, change: fall, threshold: thresholds?.fall, perYear: thresholds?.perYear == true,
                     under: HousingMessages.warnFallUnderReviewThreshold, report: HousingMessages.warnReportIncomeFall)
        }
    }

    /// Kela counts income as continuing only when it lasts long enough; shorter income is averaged over the next
    /// 12 months, so a short job may leave the allowance as it was. Warned in the job's first month; the table still
    /// shows the allowance reviewed by the month's wage.
    static func warnIfShortJob(_ context: inout MonthContext) throws(ParameterLookupError) {
        guard context.variant == .withJob, let job = context.activeJob, context.month == job.start, let end = job.end else { return }
        let months = job.start.months(until: end) + 1
        let shortest = try context.parameters.count("housing.general.continuing_income_months")
        guard months < shortest.value else { return }
        let total = context.amount(.regularWage) * Int64(months) + job.extraPay.map(\.amount).sum()
        context.warn(Warning(HousingMessages.warnShortJob, [
            "months": .count(months), "shortest": .count(shortest.value), "average": .money(total.times(1, over: 12)),
        ], severity: .caution, month: context.month, parameters: [shortest.use]))
    }

    /// A threshold the rules do not know for the year leaves the plain request to report the change.
    private static func warn(_ context: inout MonthContext, before: Money, after: Money, change: Money, threshold id: ParameterID?,
                             perYear: Bool, under: MessageKind, report: MessageKind) throws(ParameterLookupError) {
        if let id, let threshold = try context.parameters.amountIfKnown(id) {
            context.cite([threshold.use])
            let monthly = perYear ? threshold.value.times(1, over: 12) : threshold.value
            if (perYear ? change * 12 : change) < threshold.value {
                context.warn(Warning(under, ["before": .money(before), "after": .money(after), "threshold": .money(monthly)],
                                     severity: .info, month: context.month, parameters: [threshold.use]))
                return
            }
        }
        context.warn(Warning(report, ["before": .money(before), "after": .money(after)], severity: .caution, month: context.month))
    }
}
