import TukiEngine

/// A parameter value as text for `tuki rules show` and `diff`.
struct ParameterValueText {
    let formatter: TextFormatter

    func describe(_ value: ParameterValue, unit: String) -> [String] {
        switch value {
        case let .amount(amount): [formatter.money(amount) + unitSuffix(unit)]
        case let .rate(rate): [formatter.percent(rate)]
        case let .count(count): ["\(count) " + formatter.term(ParameterType.unitTermKey(unit))]
        case let .date(day): [formatter.day(day)]
        case let .flag(flag): [flag ? "✓" : "✗"]
        case let .name(name): [name]
        case let .scale(scale):
            scale.brackets.map { bracket in
                formatter.say(ReportMessages.rulesScaleBracket, ["from": .money(bracket.from), "rate": .rate(bracket.rate)])
            }
        case let .table(table):
            table.entries.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { key in
                key.joined(separator: " × ") + ": " + describe(table.entries[key]!, unit: unit).joined()
            }
        }
    }

    private func unitSuffix(_ unit: String) -> String {
        ParameterType.periodTermKey(unit).map { " " + formatter.term($0) } ?? ""
    }
}
