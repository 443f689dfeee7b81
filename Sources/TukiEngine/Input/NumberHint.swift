/// What a number written the way people write it on paper needs to be read: a decimal comma ("12,40"), a unit
/// ("620 €", "5 h") or more decimals than the value has. A coach typing 12,40 was told only that it was "not an
/// amount", though to her it is one.
struct NumberHint {
    let kind: MessageKind
    let values: StatementValues

    init?(_ text: String, expected term: ValueTerm) {
        guard let decimals = Self.decimals[term] else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let unitless = Self.withoutUnit(trimmed, units: Self.units[term] ?? [])
        let pointed = unitless.replacingOccurrences(of: ",", with: ".")
        let pointedScale = DecimalLiteral(pointed)?.scale
        if decimals > 0, unitless.filter({ $0 == "," }).count == 1, let scale = pointedScale, scale <= decimals {
            self.init(kind: InputMessages.decimalComma, values: ["found": .text(text), "suggested": .text(pointed)])
        } else if unitless != trimmed, DecimalLiteral(unitless) != nil {
            self.init(kind: InputMessages.unitInNumber, values: ["found": .text(text), "suggested": .text(unitless)])
        } else if let scale = pointedScale, scale > decimals {
            self.init(kind: InputMessages.tooManyDecimals, values: ["found": .text(text), "decimals": .count(decimals)])
        } else {
            return nil
        }
    }

    private init(kind: MessageKind, values: StatementValues) {
        self.kind = kind
        self.values = values
    }

    /// The decimals each kind of number may have.
    private static let decimals: [ValueTerm: Int] = [.amount: 2, .hours: 2, .rate: 8, .decimal: 6, .wholeNumber: 0]

    /// The units people write after each kind of number; a unit of another kind ("12 %" for an amount) is no slip
    /// of the pen but a different value, and gets no hint.
    /// A proportion (`.rate`, 0.1734) takes no "%": "17.34 %" is a percentage, not a proportion with a unit.
    private static let units: [ValueTerm: [String]] = [.amount: ["euroa", "eur", "€", "e"], .hours: ["h", "t"], .decimal: ["%"]]

    /// The text without its unit, written after it (or, for euros, before it).
    private static func withoutUnit(_ text: String, units: [String]) -> String {
        var result = text
        for unit in units where result.lowercased().hasSuffix(unit) {
            result = String(result.dropLast(unit.count))
            break
        }
        if units.contains("€"), result.hasPrefix("€") { result = String(result.dropFirst()) }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
