/// The parameters the year's tax and tax cards read, so loading checks them and `tuki rules show`
/// names who reads them.
extension IncomeTax {
    public static let requirement = CalculatorRequirement(calculator: .tax, reads: [
        .init("tax.deductions.work_expense_deduction", .amount),
        .init("tax.contributions.tyel_employee_age_min", .count), .init("tax.contributions.tyel_employee_age_max", .count),
        .init(TyELAgeLimit.id, .table),
        .init("tax.contributions.tyel_employee_rate", .rate), .init("tax.contributions.tyel_employee_rate_age_53_62", .rate),
        .init("tax.contributions.unemployment_employee_age_min", .count),
        .init("tax.contributions.unemployment_employee_age_max", .count),
        .init("tax.contributions.unemployment_employee_rate", .rate),
        .init("tax.contributions.pvm_age_min", .count), .init("tax.contributions.pvm_age_max", .count),
        .init("tax.contributions.pvm_threshold", .amount), .init("tax.contributions.pvm_rate", .rate),
        .init("tax.contributions.shm_wage_rate", .rate), .init("tax.contributions.shm_benefit_rate", .rate),
        .init("tax.deductions.pension_income_deduction_full", .amount), .init("tax.deductions.pension_income_deduction_taper", .rate),
        .init("tax.deductions.pension_income_deduction_second_start", .amount),
        .init("tax.deductions.pension_income_deduction_second_taper", .rate),
        .init("tax.deductions.basic_allowance_max", .amount), .init("tax.deductions.basic_allowance_taper", .rate),
        .init("tax.deductions.earned_income_allowance_scale", .scale), .init("tax.deductions.earned_income_allowance_max", .amount),
        .init("tax.deductions.earned_income_allowance_phaseout_start", .amount),
        .init("tax.deductions.earned_income_allowance_phaseout_rate", .rate),
        .init("tax.state.earned_income_scale", .scale),
        .init("tax.municipal.rate", .table), MunicipalityName.read, .init("tax.municipal.average_rate", .rate), .init("tax.church.average_rate", .rate),
        .init("tax.deductions.earned_income_credit_rate", .rate), .init("tax.deductions.earned_income_credit_max", .amount),
        .init("tax.deductions.earned_income_credit_age_increment", .amount),
        .init("tax.deductions.earned_income_credit_child_increment", .amount),
        .init("tax.deductions.earned_income_credit_phaseout_start", .amount),
        .init("tax.deductions.earned_income_credit_phaseout_rate", .rate),
        .init("tax.deductions.earned_income_credit_phaseout_second_start", .amount),
        .init("tax.deductions.earned_income_credit_phaseout_second_rate", .rate),
        .init("tax.yle.age_min", .count), .init("tax.yle.rate", .rate), .init("tax.yle.threshold", .amount),
        .init("tax.yle.max", .amount), .init("tax.card.additional_rate_max", .rate),
    ])
}
