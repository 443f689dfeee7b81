/// Warnings the month runner itself gives.
public enum SimulationMessages {
    /// A value marked unverified in the rules was used.
    public static let parameterUnverified = MessageKind("warning.parameter_unverified", ["parameter", "label", "date"])
    /// A calculation could not be done: the rules lack a value (the reason is a statement of its own).
    public static let calculationStopped = MessageKind("warning.calculation_stopped", ["calculator", "parameter", "label", "reason"])
    /// The employer applies for subsidies: they are paid to the employer, and `tuki subsidy` shows them.
    public static let employerView = MessageKind("warning.employer_view")

    /// The month's total income is not worked out: the amount of a benefit the person receives is unknown.
    public static let totalIncomeUnknown = MessageKind("income.total_unknown", ["lines", "count"])

    /// Hourly pay counted in average months: in the real calendar's month the benefits on `lines` are not paid.
    public static let busyMonthStops = MessageKind("warning.busy_month_stops", ["lines", "count"])
    /// Hourly pay counted in average months: in the real calendar's month an earnings limit is crossed.
    public static let busyMonthLimit = MessageKind("warning.busy_month_limit")
    /// A month of the job's first year outside the simulation has more working days than any simulated month, and
    /// there a pension stops, an earnings limit is crossed, or the rules cannot tell.
    public static let busierMonthStops = MessageKind("warning.busier_month_stops", ["month", "days", "checkedDays", "lines", "count"])
    public static let busierMonthLimit = MessageKind("warning.busier_month_limit", ["month", "days", "checkedDays"])
    public static let busierMonthUnknown = MessageKind("warning.busier_month_unknown", ["month", "days", "checkedDays"])

    /// A new calendar year uses the figures from the person's decisions unchanged, though they are revised each January.
    public static let decisionFiguresCarried = MessageKind("warning.decision_figures_carried", ["year", "fields", "count"])
    /// The job has no month among the simulated ones: the figures with it equal those without it.
    public static let jobOutsideSimulation = MessageKind("warning.job_outside_simulation", ["start", "ends", "end", "first", "last"])
    /// Extra pay dated in a year the simulation does not reach, so nothing counts it (not even a year's tax).
    public static let extraPayOutsideSimulation = MessageKind("warning.extra_pay_outside_simulation", ["kind", "month", "first", "last"])
    public static let all = [decisionFiguresCarried, jobOutsideSimulation, extraPayOutsideSimulation, parameterUnverified, calculationStopped, employerView, totalIncomeUnknown, busyMonthStops, busyMonthLimit, busierMonthStops, busierMonthLimit, busierMonthUnknown]

    /// An unverified rule value was used in `month` (nil: the whole scenario); named by id and by its label.
    static func unverified(_ use: ParameterUse, month: YearMonth?, _ parameters: Parameters) -> Warning {
        Warning(parameterUnverified, ["parameter": .text(use.id.rawValue), "label": label(use.id, parameters), "date": .day(use.validFrom)],
                severity: .caution, month: month, parameters: [use])
    }

    /// The parameter's label in the rules, or its id when it has none.
    private static func label(_ id: ParameterID, _ parameters: Parameters) -> TraceValue {
        parameters.label(id).map(TraceValue.localized) ?? .text(id.rawValue)
    }

    /// The parameter is named by id and by its label in the rules (`parameters` gives the label).
    static func stopped(_ calculator: CalculatorName, _ error: ParameterLookupError, month: YearMonth,
                        _ parameters: Parameters) -> Warning {
        Warning(calculationStopped, ["calculator": .term(calculator.termKey), "parameter": .text(error.id.rawValue),
                                     "label": label(error.id, parameters), "reason": .term(error.reasonTerm)],
                severity: .problem, month: month)
    }

    /// Why a parameter could not be read, as catalog terms.
    public static let lookupReasonTerms = ["term.lookup.noValue", "term.lookup.notInForce", "term.lookup.unknown"]
}
