/// A municipality as a table by municipality lists it. The rules' tables use the Finnish names; a Swedish name
/// (Helsingfors, Åbo) is read through `municipalities.swedish_names`, as a Swedish-speaking coach writes it.
public enum MunicipalityName {
    public static let swedishNames: ParameterID = "municipalities.swedish_names"
    public static let read = CalculatorRequirement.Read(swedishNames, .table)
    public static let swedishName = MessageKind("municipality.swedish_name", ["swedish", "finnish"])
    public static let all: [MessageKind] = [swedishName]

    /// The key `table` lists for `name` (in any case), directly or by its Finnish name; nil when it lists neither.
    /// A name read through the Swedish names comes with the step that says so.
    static func key(_ name: String, in table: Table,
                    _ parameters: Parameters) -> (key: String, step: (MessageKind, StatementValues, ParameterUse)?)? {
        if let key = table.municipalityKey(name) { return (key, nil) }
        guard let names = try? parameters.table(swedishNames), let swedish = names.value.municipalityKey(name),
              let finnish = names.value.name(at: [swedish]), let key = table.municipalityKey(finnish) else { return nil }
        return (key, (swedishName, ["swedish": .text(swedish), "finnish": .text(finnish)], names.use))
    }
}
