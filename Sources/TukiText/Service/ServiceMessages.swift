import TukiEngine

/// The HTTP service's own messages: errors that are not about a scenario field, and the coach's page.
public enum ServiceMessages {
    public static let bodyTooLarge = MessageKind("service.error.body_too_large", ["limit"])
    public static let timeLimit = MessageKind("service.error.time_limit", ["milliseconds"])
    public static let notFound = MessageKind("service.error.not_found")
    public static let methodNotAllowed = MessageKind("service.error.method_not_allowed", ["allowed"])
    public static let requestRefused = MessageKind("service.error.request_refused", ["status"])
    public static let internalError = MessageKind("service.error.internal")
    public static let badQuery = MessageKind("service.error.bad_query", ["parameter", "expected"])
    public static let noJob = MessageKind("service.error.no_job")
    public static let tooManyPoints = MessageKind("service.error.too_many_points", ["count", "limit"])

    public static let all = [bodyTooLarge, timeLimit, notFound, methodNotAllowed, requestRefused, internalError, badQuery, noJob, tooManyPoints]
        + PageMessages.all

    /// What a query parameter should have been, in words (`service.error.bad_query`'s `expected`).
    public enum Expected: String, CaseIterable, Sendable {
        case hoursOrWage = "hours_or_wage", wageRange = "wage_range", hoursRange = "hours_range"
        case positiveAmount = "positive_amount", positiveHours = "positive_hours"

        public var termKey: String { "term.query.\(rawValue)" }
    }

    public static var terms: [String] { Expected.allCases.map(\.termKey) }
}

/// Headings, labels and notes of the coach's page (`GET /`, `/sv`, `/en`).
public enum PageMessages {
    public static let title = MessageKind("page.title")
    public static let intro = MessageKind("page.intro")
    public static let languages = MessageKind("page.languages")
    public static let skipToResult = MessageKind("page.skip_to_result")
    public static let sectionPeriod = MessageKind("page.section.period")
    public static let sectionPerson = MessageKind("page.section.person")
    public static let sectionHousehold = MessageKind("page.section.household")
    public static let sectionHousing = MessageKind("page.section.housing")
    public static let sectionBenefits = MessageKind("page.section.benefits")
    public static let sectionJob = MessageKind("page.section.job")
    public static let sectionEmployer = MessageKind("page.section.employer")
    public static let fieldName = MessageKind("page.field.name")
    public static let fieldStart = MessageKind("page.field.start")
    public static let fieldMonths = MessageKind("page.field.months")
    public static let fieldBirthYear = MessageKind("page.field.birth_year")
    public static let fieldMunicipality = MessageKind("page.field.municipality")
    public static let fieldChurchMember = MessageKind("page.field.church_member")
    public static let fieldAdults = MessageKind("page.field.adults")
    public static let fieldChildren = MessageKind("page.field.children")
    public static let fieldPartnerIncome = MessageKind("page.field.partner_income")
    public static let fieldRent = MessageKind("page.field.rent")
    public static let fieldWater = MessageKind("page.field.water")
    public static let fieldHeating = MessageKind("page.field.heating")
    public static let fieldOwnerOccupied = MessageKind("page.field.owner_occupied")
    public static let fieldNetAssets = MessageKind("page.field.net_assets")
    public static let fieldKelaPension = MessageKind("page.field.kela_pension")
    public static let fieldEarningsRelatedPension = MessageKind("page.field.earnings_related_pension")
    public static let fieldKelaPensionMonthly = MessageKind("page.field.kela_pension_monthly")
    public static let fieldKelaEarningsLimit = MessageKind("page.field.kela_earnings_limit")
    public static let fieldGuaranteePensionMonthly = MessageKind("page.field.guarantee_pension_monthly")
    public static let fieldDisabilityAllowanceMonthly = MessageKind("page.field.disability_allowance_monthly")
    public static let fieldDisabilityAllowance = MessageKind("page.field.disability_allowance")
    public static let fieldDaysPerWeek = MessageKind("page.field.days_per_week")
    public static let fieldHoursPerDay = MessageKind("page.field.hours_per_day")
    public static let fieldHourlyWage = MessageKind("page.field.hourly_wage")
    public static let fieldEmployerKind = MessageKind("page.field.employer_kind")
    public static let fieldSubsidyType = MessageKind("page.field.subsidy_type")
    public static let fieldHousingAllowance = MessageKind("page.field.housing_allowance")
    public static let fieldMunicipalityGroup = MessageKind("page.field.municipality_group")
    public static let fieldPensionersMunicipalityGroup = MessageKind("page.field.pensioners_municipality_group")
    public static let fieldEarningsRelatedPensionKind = MessageKind("page.field.earnings_related_pension_kind")
    public static let fieldEarningsRelatedLimit = MessageKind("page.field.earnings_related_limit")
    public static let sectionTaxCard = MessageKind("page.section.tax_card")
    public static let fieldCardBasePercent = MessageKind("page.field.card_base_percent")
    public static let fieldCardIncomeLimit = MessageKind("page.field.card_income_limit")
    public static let fieldCardAdditionalPercent = MessageKind("page.field.card_additional_percent")
    public static let fieldCardPensionPercent = MessageKind("page.field.card_pension_percent")
    public static let fieldJobStart = MessageKind("page.field.job_start")
    public static let fieldJobEnd = MessageKind("page.field.job_end")
    public static let choiceAllowanceAuto = MessageKind("page.choice.allowance_auto")
    public static let choiceAllowanceNone = MessageKind("page.choice.allowance_none")
    public static let required = MessageKind("page.required")
    public static let kelaNotTicked = MessageKind("page.error.kela_not_ticked", ["box"])
    public static let allowanceLevelNotChosen = MessageKind("page.error.allowance_level_not_chosen", ["choice"])
    public static let noJob = MessageKind("page.no_job")
    public static let titleWithErrors = MessageKind("page.title_with_errors", ["count"])
    public static let inputs = MessageKind("page.inputs")
    public static let yes = MessageKind("page.yes")
    public static let no = MessageKind("page.no")
    public static let fieldNeeded = MessageKind("page.field_needed")
    public static let fieldUnemployedJobseeker = MessageKind("page.field.unemployed_jobseeker")
    public static let fieldMedicalStatement = MessageKind("page.field.medical_statement")
    public static let fieldDecisionBeforeStart = MessageKind("page.field.decision_before_start")
    public static let fieldCollectiveAgreementWage = MessageKind("page.field.collective_agreement_wage")
    public static let fieldEconomicDismissals = MessageKind("page.field.economic_dismissals")
    public static let fieldAdaptationNeed = MessageKind("page.field.adaptation_need")
    public static let fieldEquipmentCost = MessageKind("page.field.equipment_cost")
    public static let fieldDisadvantagedWorker = MessageKind("page.field.disadvantaged_worker")
    public static let fieldUnemployedMonths = MessageKind("page.field.unemployed_months")
    public static let fieldUnemployedMonthsInLast28 = MessageKind("page.field.unemployed_months_in_last_28")
    public static let fieldRenewals = MessageKind("page.field.renewals")
    public static let fieldNonBusinessTasks = MessageKind("page.field.non_business_tasks")
    public static let fieldSectorMaxWeeklyHours = MessageKind("page.field.sector_max_weekly_hours")
    public static let fieldCoworkerHelpHours = MessageKind("page.field.coworker_help_hours")
    public static let choiceNone = MessageKind("page.choice.none")
    public static let choiceNotGiven = MessageKind("page.choice.not_given")
    public static let submit = MessageKind("page.submit")
    public static let errorSummary = MessageKind("page.error_summary", ["count"])
    public static let result = MessageKind("page.result")
    public static let monthTable = MessageKind("page.month_table")
    public static let monthTableCaption = MessageKind("page.month_table_caption")
    public static let chart = MessageKind("page.chart")
    public static let chartAsTable = MessageKind("page.chart_as_table")
    public static let bestSafeHours = MessageKind("page.best_safe_hours")
    public static let warnings = MessageKind("page.warnings")
    public static let employer = MessageKind("page.employer")
    public static let notFound = MessageKind("page.not_found")
    public static let noWarnings = MessageKind("page.no_warnings")
    public static let explanation = MessageKind("page.explanation")
    public static let handover = MessageKind("page.handover", ["version", "digest"])

    public static let all = [
        title, intro, languages, skipToResult, sectionPeriod, sectionPerson, sectionHousehold, sectionHousing, sectionBenefits,
        sectionJob, sectionEmployer, fieldName, fieldStart, fieldMonths, fieldBirthYear, fieldMunicipality, fieldChurchMember,
        fieldAdults, fieldChildren, fieldPartnerIncome, fieldRent, fieldWater, fieldHeating, fieldOwnerOccupied, fieldNetAssets, fieldKelaPension, fieldKelaPensionMonthly, fieldKelaEarningsLimit,
        fieldGuaranteePensionMonthly, fieldDisabilityAllowanceMonthly,
        fieldEarningsRelatedPension, fieldDisabilityAllowance, fieldDaysPerWeek, fieldHoursPerDay, fieldHourlyWage,
        fieldEmployerKind, fieldSubsidyType, fieldHousingAllowance, fieldMunicipalityGroup, fieldPensionersMunicipalityGroup,
        fieldEarningsRelatedPensionKind, fieldEarningsRelatedLimit, sectionTaxCard, fieldCardBasePercent, fieldCardIncomeLimit,
        fieldCardAdditionalPercent, fieldCardPensionPercent, fieldJobStart, fieldJobEnd, choiceAllowanceAuto, choiceAllowanceNone,
        required, kelaNotTicked, allowanceLevelNotChosen, noJob, titleWithErrors, inputs, yes, no, fieldNeeded, fieldUnemployedJobseeker, fieldMedicalStatement,
        fieldDecisionBeforeStart, fieldCollectiveAgreementWage, fieldEconomicDismissals, fieldAdaptationNeed, fieldEquipmentCost,
        fieldDisadvantagedWorker, fieldUnemployedMonths, fieldUnemployedMonthsInLast28, fieldRenewals, fieldNonBusinessTasks,
        fieldSectorMaxWeeklyHours, fieldCoworkerHelpHours, choiceNone, choiceNotGiven, submit, errorSummary, result, monthTable,
        monthTableCaption, chart, chartAsTable, bestSafeHours, warnings, employer, notFound, noWarnings, explanation, handover,
    ]
}
