/// One benefit, tax or income step, run for each month in both variants.
/// Calculators run in order and see what earlier ones put into the context.
public protocol Calculator: Sendable {
    var name: CalculatorName { get }
    /// The parameters it reads, checked against the rules before any run.
    var reads: [CalculatorRequirement.Read] { get }
    func compute(_ context: inout MonthContext) throws(ParameterLookupError)
}

extension Calculator {
    public var requirement: CalculatorRequirement { CalculatorRequirement(calculator: name, reads: reads) }
}

/// The calculators of a full simulation, in the order the data flows (DESIGN.md).
public enum StandardCalculators {
    public static let all: [any Calculator] = [
        WageCalculator(), EarningsRelatedPensionCalculator(), KelaPensionCalculator(), GuaranteePensionCalculator(),
        DisabilityAllowanceCalculator(), GeneralHousingAllowanceCalculator(), PensionersHousingAllowanceCalculator(),
        IncomeTotalCalculator(),
    ]
}

/// Every calculator's declared reads: the worker's simulation and the employer view.
public enum CalculatorRegistry {
    public static var requirements: [CalculatorRequirement] {
        StandardCalculators.all.map(\.requirement) + [IncomeTax.requirement] + SubsidyAssessment.requirements
    }

    /// The calculators that read `id`, each named once (both housing allowances are "housing allowance").
    public static func readers(of id: ParameterID) -> [CalculatorName] {
        var seen = Set<CalculatorName>()
        return requirements.filter { $0.reads.contains { $0.id == id } }.map(\.calculator).filter { seen.insert($0).inserted }
    }
}
