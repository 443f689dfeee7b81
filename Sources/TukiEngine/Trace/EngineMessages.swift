/// Every message kind and catalog term the engine can emit, for completeness checks.
public enum EngineMessages {
    public static var all: [MessageKind] {
        InputMessages.all + WageMessages.all + PensionMessages.all + HousingMessages.all + TaxMessages.all + SimulationMessages.all
            + ConditionMessages.all + WageSubsidyMessages.all + EmployerCostMessages.all + AdaptationSubsidyMessages.all
            + MunicipalityName.all
    }

    /// Catalog keys for `.term(...)` values: words the engine names but does not phrase.
    public static var terms: [String] {
        ValueTerm.allCases.map(\.key)
            + FinnishHoliday.allCases.map(\.termKey)
            + Weekday.allCases.map(\.termKey)
            + ExtraPayKind.allCases.map(\.termKey)
            + AmountLine.all.map(\.termKey)
            + CalculatorName.all.map(\.termKey)
            + PensionMessages.terms
            + ConditionMessages.terms + WageSubsidyMessages.terms + EmployerCostMessages.terms
            + SimulationMessages.lookupReasonTerms
            + JSONReader.Expected.allCases.map(\.termKey)
            + ParameterType.allCases.map(\.termKey) + ParameterType.allUnits.map(ParameterType.unitTermKey)
            + ParameterType.allUnits.compactMap(ParameterType.periodTermKey)
    }
}

extension FinnishHoliday { public var termKey: String { "term.holiday.\(rawValue)" } }
extension Weekday { public var termKey: String { "term.weekday.\(rawValue)" } }
