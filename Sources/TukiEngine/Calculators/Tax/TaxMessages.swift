/// Trace steps and warnings of the income tax, tax card and withholding calculations.
public enum TaxMessages {
    public static let income = MessageKind("tax.income", ["year", "wage", "pension"])
    public static let workExpenseDeduction = MessageKind("tax.work_expense_deduction", ["amount"])
    public static let netEarnedIncome = MessageKind("tax.net_earned_income", ["amount"])
    public static let pensionContribution = MessageKind("tax.pension_contribution", ["rate", "amount"])
    public static let unemploymentContribution = MessageKind("tax.unemployment_contribution", ["rate", "amount"])
    public static let dailyAllowanceContribution = MessageKind("tax.daily_allowance_contribution", ["rate", "threshold", "amount"])
    public static let dailyAllowanceBelowThreshold = MessageKind("tax.daily_allowance_below_threshold", ["wage", "threshold"])
    public static let pensionIncomeDeduction = MessageKind("tax.pension_income_deduction", ["amount"])
    public static let basicAllowance = MessageKind("tax.basic_allowance", ["base", "maximum", "amount"])
    public static let earnedIncomeAllowance = MessageKind("tax.earned_income_allowance", ["wage", "accrued", "maximum", "reduction", "amount"])
    public static let taxableIncome = MessageKind("tax.taxable_income", ["amount"])
    public static let stateTax = MessageKind("tax.state_tax", ["amount"])
    public static let earnedIncomeCredit = MessageKind("tax.earned_income_credit", ["rate", "wage", "maximum", "reduction", "amount"])
    /// The credit's maximum rises per minor child, twice for a sole guardian.
    public static let earnedIncomeCreditChildren = MessageKind("tax.earned_income_credit_children",
                                                               ["children", "increment", "soleGuardian", "total"])
    public static let creditAgainstStateTax = MessageKind("tax.credit_against_state_tax", ["credit", "stateTax", "remaining", "excess"])
    public static let municipalTax = MessageKind("tax.municipal_tax", ["municipality", "rate", "amount"])
    public static let municipalAverageRate = MessageKind("tax.municipal_average_rate", ["rate"])
    public static let municipalTaxAtAverage = MessageKind("tax.municipal_tax_at_average", ["rate", "amount"])
    public static let churchTax = MessageKind("tax.church_tax", ["rate", "amount"])
    public static let medicalCareContribution = MessageKind("tax.medical_care_contribution", ["amount"])
    public static let creditSpillOver = MessageKind("tax.credit_spill_over", ["excess", "municipal", "medicalCare", "church"])
    public static let yleTax = MessageKind("tax.yle_tax", ["rate", "threshold", "maximum", "amount"])
    public static let totalTax = MessageKind("tax.total", ["taxes", "contributions", "net"])

    public static let card = MessageKind("tax.card", ["baseRate", "incomeLimit", "additionalRate"])
    public static let pensionCard = MessageKind("tax.card.pension", ["rate"])
    public static let cardGiven = MessageKind("tax.card.given", ["baseRate", "incomeLimit", "additionalRate", "pensionRate"])
    public static let withheldWage = MessageKind("tax.withheld.wage", ["wage", "rate", "amount"])
    public static let withheldWageOverLimit = MessageKind("tax.withheld.wage_over_limit", ["withinLimit", "baseRate", "overLimit", "additionalRate", "amount"])
    /// The whole month's wage is over the income limit, passed in an earlier month.
    public static let withheldWageAdditional = MessageKind("tax.withheld.wage_additional", ["wage", "rate", "amount"])
    public static let withheldPension = MessageKind("tax.withheld.pension", ["pension", "rate", "amount"])
    public static let payrollContributions = MessageKind("tax.payroll_contributions", ["amount"])
    public static let netIncome = MessageKind("tax.net_income", ["total", "withheld", "contributions", "net"])

    public static let warnCardMethod = MessageKind("warning.tax_card_method")
    /// The person reaches an age in the year at which the contributions from pay change; only the birth year is known.
    public static let warnContributionsChangeAtBirthday = MessageKind("warning.tax_contributions_birthday", ["year", "age", "used", "before"])
    /// The year's tax counts months outside the simulation: before it as the first month without the job, after it as
    /// the last simulated month.
    public static let warnYearCompleted = MessageKind("warning.tax_year_completed", ["year", "last"])
    public static let warnIncomeUnknown = MessageKind("warning.tax_income_unknown", ["year"])
    public static let warnRevisedCard = MessageKind("warning.tax_revised_card", ["baseRate", "incomeLimit", "additionalRate"])
    public static let warnIncomeLimitExceeded = MessageKind("warning.tax_income_limit_exceeded", ["incomeLimit", "additionalRate"])
    public static let warnResidualTax = MessageKind("warning.tax_residual", ["year", "amount"])
    public static let warnRefund = MessageKind("warning.tax_refund", ["year", "amount"])
    /// The municipality's own tax rate is not in the rules (or none was given): the average rate was used.
    public static let warnMunicipalAverage = MessageKind("warning.tax_municipal_average", ["municipality", "rate"])
    /// The scenario names no municipality: the average rate was used.
    public static let warnMunicipalityMissing = MessageKind("warning.tax_municipality_missing", ["rate"])

    public static let all = [
        earnedIncomeCreditChildren,
        income, workExpenseDeduction, netEarnedIncome, pensionContribution, unemploymentContribution,
        dailyAllowanceContribution, dailyAllowanceBelowThreshold, pensionIncomeDeduction, earnedIncomeAllowance, basicAllowance, taxableIncome,
        stateTax, earnedIncomeCredit, creditAgainstStateTax, municipalTax, municipalAverageRate, municipalTaxAtAverage, churchTax,
        medicalCareContribution, creditSpillOver, yleTax, totalTax,
        card, pensionCard, cardGiven, withheldWage, withheldWageOverLimit, withheldWageAdditional, withheldPension, payrollContributions, netIncome,
        warnCardMethod, warnContributionsChangeAtBirthday, warnYearCompleted, warnIncomeUnknown, warnRevisedCard, warnIncomeLimitExceeded, warnResidualTax, warnRefund,
        warnMunicipalAverage, warnMunicipalityMissing,
    ]
}
