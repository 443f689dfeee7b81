import TukiEngine

/// The rules as JSON for the HTTP service: the parameter list, and one parameter with every dated value.
public struct RulesJSON: Sendable {
    let formatter: TextFormatter

    public init(formatter: TextFormatter) { self.formatter = formatter }

    public func list(_ rules: RuleSet) -> JSONValue {
        .object([
            ("ruleset", ResultJSON.ruleset(rules.stamp)),
            ("parameters", .array(rules.sortedParameters.map { parameter in
                .object([("id", .string(parameter.id.rawValue)), ("label", .string(parameter.label.text(in: formatter.language))),
                         ("type", .string(parameter.type.rawValue)), ("unit", .string(parameter.unit))])
            })),
        ])
    }

    /// The parameter; `inForce` is the value in force on `asOf` (null without a date or when none is).
    public func parameter(_ parameter: Parameter, rules: RuleSet, asOf: Day?) -> JSONValue {
        let text = ParameterValueText(formatter: formatter)
        func dated(_ dated: DatedValue) -> JSONValue {
            .object([
                ("from", .string(dated.from.description)),
                ("status", .string(dated.status.rawValue)),
                ("value", dated.value.map(Self.value) ?? .null),
                ("text", .array((dated.value.map { text.describe($0, unit: parameter.unit) } ?? []).map(JSONValue.string))),
                ("source", dated.source.map(ResultJSON.source) ?? .null),
                ("note", dated.note.map(JSONValue.string) ?? .null),
            ])
        }
        return .object([
            ("ruleset", ResultJSON.ruleset(rules.stamp)),
            ("id", .string(parameter.id.rawValue)),
            ("label", .string(parameter.label.text(in: formatter.language))),
            ("description", parameter.description.map { .string($0.text(in: formatter.language)) } ?? .null),
            ("type", .string(parameter.type.rawValue)),
            ("unit", .string(parameter.unit)),
            ("source", ResultJSON.source(parameter.source)),
            ("asOf", asOf.map { .string($0.description) } ?? .null),
            ("inForce", asOf.flatMap { parameter.dated(at: $0) }.map(dated) ?? .null),
            ("values", .array(parameter.values.map(dated))),
        ])
    }

    static func value(_ value: ParameterValue) -> JSONValue {
        switch value {
        case let .amount(amount): ResultJSON.money(amount)
        case let .rate(rate): .number(rate.description)
        case let .count(count): .number(String(count))
        case let .date(day): .string(day.description)
        case let .flag(flag): .bool(flag)
        case let .name(name): .string(name)
        case let .scale(scale):
            .array(scale.brackets.map { .object([("from", ResultJSON.money($0.from)), ("rate", .number($0.rate.description))]) })
        case let .table(table):
            .object([("keys", .array(table.keys.map(JSONValue.string))),
                     ("entries", .array(table.entries.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { key in
                         .object([("key", .array(key.map(JSONValue.string))), ("value", Self.value(table.entries[key]!))])
                     }))])
        }
    }
}
