/// The age until which an employee is insured under TyEL, by year of birth: the cohort table's entry with the latest
/// first birth year not after it. Insurance, and so both the employee's and the employer's pension contribution, ends
/// at the end of the month the limit is reached.
enum TyELAgeLimit {
    static let id: ParameterID = "tax.contributions.tyel_insurance_age_limit"

    /// The last age, in completed years, whose wages are insured: one under the limit.
    static func lastInsuredAge(bornIn birthYear: Int, _ parameters: Parameters) throws(ParameterLookupError) -> Resolved<Int> {
        let table = try parameters.table(id)
        guard let limit = table.value.count(bornIn: birthYear) else {
            throw ParameterLookupError(id: id, date: parameters.date, reason: .noValue)
        }
        return Resolved(value: limit - 1, use: table.use)
    }
}
