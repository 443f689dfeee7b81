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
    /// same month without the job, at the end from the job's last month, in the threshold's unit (a month's income, or
    /// for the pensioners' allowance the year ahead's). With `thresholds`, a change under the threshold need not be
    /// reviewed yet, which the warning says; the table shows the allowance reviewed either way. `income` is the
    /// month's income as the allowance counted it, shown with the change.
    /// A `shortJob` (not continuing income for Kela, which averages it) has its own warning instead of the wage's rise
    /// and fall; a pension it stops or a new allowance is still told.
    static func warnIfIncomeChanges(_ context: inout MonthContext, income: Money,
                                    thresholds: Thresholds? = nil, shortJob: Bool = false) throws(ParameterLookupError) {
        guard context.variant == .withJob, let job = context.scenario.job else { return }
        let scenario = context.scenario
        let perYear = thresholds?.perYear == true
        let baseline = context.baseline?.amounts
        func measured(_ amounts: LineAmounts, jobActive: Bool) -> Money {
            perYear ? scenario.yearlyHousingIncome(amounts, jobActive: jobActive, withoutJob: baseline)
                    : scenario.housingIncome(amounts, jobActive: jobActive)
        }
        // Shown as a month's income: the pensioners' year ahead as its twelfth.
        func shown(_ measure: Money, _ monthly: Money) -> Money { perYear ? measure.times(1, over: 12) : monthly }
        let now = measured(context.figures, jobActive: context.activeJob != nil)
        // No allowance without the job: nothing to review, but one the job brings must be applied for.
        if context.baseline?.amount(.housingAllowance) == .zero {
            let allowance = context.amount(.housingAllowance)
            guard allowance > .zero, context.count("housing.apply", continuing: true) == 1, let baseline else { return }
            let before = measured(baseline, jobActive: false)
            context.warn(Warning(HousingMessages.warnApply, [
                "before": .money(shown(before, income - (now - before))), "after": .money(shown(now, income)), "amount": .money(allowance),
            ], severity: .caution, month: context.month))
            return
        }
        if context.activeJob != nil, context.month == job.start {
            let before = baseline.map { measured($0, jobActive: false) } ?? measured(context.figures, jobActive: false)
            let change = now - before
            let values: StatementValues = ["before": .money(shown(before, income - change)), "after": .money(shown(now, income))]
            if change > .zero {
                if shortJob { return }
                try warn(&context, values, change: change, threshold: thresholds?.rise, perYear: perYear,
                         under: HousingMessages.warnRiseUnderReviewThreshold, report: HousingMessages.warnReportIncome)
            } else if change < .zero {
                context.warn(Warning(HousingMessages.warnIncomeFallsWithJob, values, severity: .caution, month: context.month))
            }
        } else if context.activeJob == nil, let end = job.end, context.month == end.adding(months: 1),
                  let lastJobMonth = context.previousMonths.last {
            let pensionsChanged = AmountLine.pensions.contains { lastJobMonth.amount($0) != context.figures[$0] }
            if shortJob && !pensionsChanged { return }
            let before = measured(lastJobMonth.amounts, jobActive: true)
            let fall = before - now
            // No allowance with the job nor after it: nothing to report.
            guard fall > .zero, !(lastJobMonth.amount(.housingAllowance) == .zero && context.amount(.housingAllowance) == .zero) else { return }
            try warn(&context, ["before": .money(shown(before, income + fall)), "after": .money(shown(now, income))], change: fall,
                     threshold: thresholds?.fall, perYear: perYear, under: HousingMessages.warnFallUnderReviewThreshold,
                     report: HousingMessages.warnReportIncomeFall)
        }
    }

    /// Kela counts income as continuing only when it lasts long enough; shorter income is averaged over the next
    /// 12 months, so a short job may leave the allowance as it was. Returns whether the job is that short; its first
    /// month warns (with the average) in place of the wage's rise and fall. The table still shows the allowance by
    /// the month's wage.
    static func warnIfShortJob(_ context: inout MonthContext) throws(ParameterLookupError) -> Bool {
        guard context.variant == .withJob, let job = context.scenario.job, let months = job.monthCount else { return false }
        let shortest = try context.parameters.count("housing.general.continuing_income_months")
        guard months < shortest.value else { return false }
        if context.activeJob != nil, context.month == job.start {
            let total = context.amount(.regularWage) * Int64(months) + job.extraPay.map(\.amount).sum()
            context.warn(Warning(HousingMessages.warnShortJob, [
                "months": .count(months), "shortest": .count(shortest.value), "average": .money(total.times(1, over: 12)),
            ], severity: .caution, month: context.month, parameters: [shortest.use]))
        }
        return true
    }

    /// A threshold the rules do not know for the year leaves the plain request to report the change. `change` is in
    /// the threshold's unit; a yearly threshold is shown as its monthly share beside the monthly incomes.
    private static func warn(_ context: inout MonthContext, _ values: StatementValues, change: Money, threshold id: ParameterID?,
                             perYear: Bool, under: MessageKind, report: MessageKind) throws(ParameterLookupError) {
        if let id, let threshold = try context.parameters.amountIfKnown(id) {
            context.cite([threshold.use])
            if change < threshold.value {
                let shown = perYear ? threshold.value.times(1, over: 12) : threshold.value
                context.warn(Warning(under, values.merging(["threshold": .money(shown)]) { $1 }, severity: .info, month: context.month,
                                     parameters: [threshold.use]))
                return
            }
        }
        context.warn(Warning(report, values, severity: .caution, month: context.month))
    }
}
