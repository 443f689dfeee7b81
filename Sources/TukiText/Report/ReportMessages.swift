import TukiEngine

/// Sentences and headings of the text reports (not trace steps, so not in the engine's registry).
public enum ReportMessages {
    public static let title = MessageKind("report.title", ["scenario"])
    public static let ruleSet = MessageKind("report.ruleset", ["version", "digest"])
    public static let asOfEachMonth = MessageKind("report.as_of_each_month")
    public static let asOfPinned = MessageKind("report.as_of_pinned", ["date"])
    public static let overlay = MessageKind("report.overlay", ["file"])
    public static let monthColumn = MessageKind("report.column.month")
    public static let withoutJobColumn = MessageKind("report.column.without_job")
    public static let withJobColumn = MessageKind("report.column.with_job")
    public static let changeColumn = MessageKind("report.column.change")
    /// A table cell whose amount the rules cannot give.
    public static let amountUnknown = MessageKind("report.amount_unknown")
    public static let explanation = MessageKind("report.explanation", ["month"])
    public static let unchanged = MessageKind("report.unchanged", ["count"])
    public static let warnings = MessageKind("report.warnings")
    public static let summaryGain = MessageKind("report.summary.gain", ["gain", "wage"])
    public static let summaryAveragedOver = MessageKind("report.summary.averaged_over", ["months", "jobMonths"])
    public static let summaryParticipation = MessageKind("report.summary.participation", ["rate"])
    public static let summaryNetUnknown = MessageKind("report.summary.net_unknown")
    public static let summaryWithholdingOnly = MessageKind("report.summary.withholding_only")
    public static let summaryWarnings = MessageKind("report.summary.warnings", ["count"])
    /// The average month keeps a benefit that the real calendar's busier months stop.
    public static let summaryBusyMonths = MessageKind("report.summary.busy_months", ["count", "first"])
    public static let taxYear = MessageKind("report.tax_year", ["year", "variant", "tax", "withheld", "balance"])
    public static let taxYearUnknown = MessageKind("report.tax_year_unknown", ["year", "variant"])
    public static let taxYearKeepingCard = MessageKind("report.tax_year_keeping_card", ["withheld", "balance"])
    public static let taxBalanceResidual = MessageKind("report.tax_balance_residual", ["amount"])
    public static let taxBalanceRefund = MessageKind("report.tax_balance_refund", ["amount"])
    public static let taxBalanceEven = MessageKind("report.tax_balance_even")
    public static let taxHeading = MessageKind("report.tax_heading", ["year", "variant"])
    public static let taxRevisedCard = MessageKind("report.tax_revised_card", ["from", "baseRate", "incomeLimit", "additionalRate"])
    public static let monthRange = MessageKind("report.month_range", ["first", "last"])
    public static let sources = MessageKind("report.sources")
    /// Unverified values used in the same months, said in one item instead of one each.
    public static let unverifiedValues = MessageKind("report.unverified_values", ["values"])
    public static let unverifiedValue = MessageKind("report.unverified_value", ["parameter", "label", "date"])
    public static let expectationMismatch = MessageKind("report.expectation_mismatch",
                                                        ["month", "line", "variant", "expected", "actual"])
    public static let expectationMissing = MessageKind("report.expectation_missing", ["month", "line", "variant", "expected"])

    public static let rulesValidated = MessageKind("rules.validated", ["count", "version", "digest"])
    public static let rulesCount = MessageKind("rules.count", ["count", "version"])
    public static let rulesColumnParameter = MessageKind("rules.column.parameter")
    public static let rulesColumnLabel = MessageKind("rules.column.label")
    public static let rulesColumnUnit = MessageKind("rules.column.unit")
    public static let rulesUnit = MessageKind("rules.unit", ["unit", "type"])
    public static let rulesSource = MessageKind("rules.source")
    public static let rulesValues = MessageKind("rules.values")
    public static let rulesReadBy = MessageKind("rules.read_by", ["calculators"])
    public static let rulesReadByNone = MessageKind("rules.read_by_none")
    public static let rulesNotInForce = MessageKind("rules.not_in_force")
    public static let rulesUnknown = MessageKind("rules.unknown")
    public static let rulesUnverified = MessageKind("rules.unverified")
    public static let rulesInForce = MessageKind("rules.in_force", ["date"])
    public static let rulesDiffHeading = MessageKind("rules.diff_heading", ["earlier", "later"])
    public static let rulesDiffNone = MessageKind("rules.diff_none", ["earlier", "later"])
    public static let rulesScaleBracket = MessageKind("rules.scale_bracket", ["from", "rate"])

    public static let all = [
        title, ruleSet, asOfEachMonth, asOfPinned, overlay, monthColumn, withoutJobColumn, withJobColumn,
        changeColumn, amountUnknown, explanation, unchanged,
        warnings, summaryGain, summaryAveragedOver, summaryParticipation, summaryNetUnknown, summaryWithholdingOnly, summaryWarnings, summaryBusyMonths, monthRange, sources, unverifiedValues, unverifiedValue, taxYear, taxYearUnknown, taxYearKeepingCard, taxBalanceResidual, taxBalanceRefund,
        taxBalanceEven, taxHeading, taxRevisedCard, expectationMismatch, expectationMissing,
        rulesValidated, rulesCount, rulesColumnParameter, rulesColumnLabel, rulesColumnUnit, rulesUnit, rulesSource, rulesValues, rulesReadBy, rulesReadByNone,
        rulesNotInForce, rulesUnknown, rulesUnverified, rulesInForce, rulesDiffHeading, rulesDiffNone, rulesScaleBracket,
    ]

    /// Terms the reports name.
    public static let terms = Variant.allCases.map { "term.variant.\($0.rawValue)" }
}

/// Everything TukiText has a catalog entry for: the engine's messages and terms and the reports'.
public enum TextMessages {
    public static var all: [MessageKind] {
        EngineMessages.all + ReportMessages.all + SweepMessages.all + SubsidyReportMessages.all + BatchMessages.all
            + ServiceMessages.all
    }
    public static var terms: [String] {
        EngineMessages.terms + ReportMessages.terms + SweepMessages.terms + ServiceMessages.terms
    }
}
