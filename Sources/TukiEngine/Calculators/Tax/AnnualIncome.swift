/// A calendar year's taxable income and the facts about the person that tax depends on.
public struct AnnualIncome: Sendable, Hashable {
    public let year: Int
    /// Gross wage, extra pay included (EUR/year).
    public let wage: Money
    /// Pensions (EUR/year), gross.
    public let pension: Money
    /// Age at the end of the tax year.
    public let age: Int
    /// The year of birth, which a cohort's limits go by, whatever `age` is taken to be.
    public private(set) var birthYear: Int
    public let children: Int
    /// The only adult in a household with children: a sole guardian's child increments are doubled.
    public let soleGuardian: Bool
    public let municipality: String?
    public let churchMember: Bool

    public init(year: Int, wage: Money, pension: Money, age: Int, children: Int, soleGuardian: Bool = false, municipality: String?,
                churchMember: Bool) {
        self.year = year
        self.wage = wage
        self.pension = pension
        self.age = age
        birthYear = year - age
        self.children = children
        self.soleGuardian = soleGuardian && children > 0
        self.municipality = municipality
        self.churchMember = churchMember
    }

    private init(_ income: AnnualIncome, wage: Money, pension: Money, age: Int) {
        self.init(year: income.year, wage: wage, pension: pension, age: age, children: income.children,
                  soleGuardian: income.soleGuardian, municipality: income.municipality, churchMember: income.churchMember)
    }

    func with(wage: Money, pension: Money) -> AnnualIncome { AnnualIncome(self, wage: wage, pension: pension, age: age) }

    /// The same year taken at the age before the year's birthday: contributions change from the month after it, and
    /// only the birth year is known. The birth year, and so the cohort's limits, stays the same.
    var beforeBirthday: AnnualIncome {
        var income = AnnualIncome(self, wage: wage, pension: pension, age: age - 1)
        income.birthYear = birthYear
        return income
    }
}

/// The year's tax, contribution by contribution, with the steps that led to it.
public struct IncomeTaxResult: Sendable {
    /// Taxes and contributions collected through withholding: state, municipal, church,
    /// medical care and daily allowance contributions, Yle tax.
    public let withholdable: Money
    /// The employee's pension and unemployment insurance contributions, deducted from pay by the employer.
    public let payrollContributions: Money
    /// The average municipal rate, when it stood in for the municipality's own.
    public let averageMunicipalRate: Resolved<Rate>?
    public let steps: [TraceStep]
    /// The unverified values the tax rests on, whether or not its steps were kept.
    public let unverified: [ParameterUse]
}
