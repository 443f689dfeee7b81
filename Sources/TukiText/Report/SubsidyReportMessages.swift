import TukiEngine

/// Headings and summary sentences of the employer's report (`tuki subsidy`).
public enum SubsidyReportMessages {
    public static let title = MessageKind("subsidy_report.title", ["scenario"])
    public static let decisionDate = MessageKind("subsidy_report.decision_date", ["date"])
    public static let employer = MessageKind("subsidy_report.employer", ["kind"])
    public static let summary = MessageKind("subsidy_report.summary")
    public static let noWageSubsidy = MessageKind("subsidy_report.no_wage_subsidy")
    public static let eligibility = MessageKind("subsidy_report.eligibility", ["outcome", "met", "notMet", "unknown"])
    public static let subsidyPerMonth = MessageKind("subsidy_report.subsidy_per_month", ["amount", "total", "months"])
    public static let periodBeyond = MessageKind("subsidy_report.period_beyond", ["last"])
    public static let periodBefore = MessageKind("subsidy_report.period_before", ["first"])
    public static let wageCost = MessageKind("subsidy_report.wage_cost", ["amount"])
    public static let netCostDuring = MessageKind("subsidy_report.net_cost_during", ["amount"])
    public static let netCostAfter = MessageKind("subsidy_report.net_cost_after", ["amount"])
    public static let netCost = MessageKind("subsidy_report.net_cost", ["amount"])
    public static let costUnknown = MessageKind("subsidy_report.cost_unknown", ["parameter"])
    public static let costNotWorkedOut = MessageKind("subsidy_report.cost_not_worked_out")
    public static let netCostUnknown = MessageKind("subsidy_report.net_cost_unknown")
    public static let adaptationTotal = MessageKind("subsidy_report.adaptation_total", ["total"])
    /// Its condition is not known: the total holds only if it is met.
    public static let adaptationTotalIfMet = MessageKind("subsidy_report.adaptation_total_if_met", ["total"])
    public static let conditions = MessageKind("subsidy_report.conditions", ["subsidy"])
    public static let decision = MessageKind("subsidy_report.decision")
    public static let noMonths = MessageKind("subsidy_report.no_months")
    public static let noEmployer = MessageKind("subsidy_report.no_employer")
    /// `tuki simulate` leaves the employer's expected figures to `tuki subsidy`.
    public static let expectationsElsewhere = MessageKind("subsidy_report.expectations_elsewhere", ["count", "command"])

    public static let all = [
        title, decisionDate, employer, summary, noWageSubsidy, eligibility, subsidyPerMonth, periodBefore, periodBeyond, wageCost,
        netCostDuring, netCostAfter, netCost, costUnknown, costNotWorkedOut, netCostUnknown, adaptationTotal, adaptationTotalIfMet, conditions, decision, noMonths, noEmployer,
        expectationsElsewhere,
    ]
}
