import TukiEngine

/// Turns the engine's statements, terms and values into text in one language.
public struct TextFormatter: Sendable {
    public let language: Language
    public let catalog: MessageCatalog

    public init(language: Language) {
        self.language = language
        self.catalog = MessageCatalog(language: language)
    }

    /// The catalog's text for a term key ("term.weekday.mon" → "maanantai"), or "⟨key⟩".
    public func term(_ key: String) -> String {
        catalog[key] ?? "⟨\(key)⟩"
    }

    /// A single value as it reads in a sentence.
    public func text(_ value: TraceValue) -> String {
        switch value {
        case let .money(amount): money(amount)
        case let .rate(rate): percent(rate)
        case let .hours(amount): hours(amount)
        case let .count(count): String(count)
        case let .month(yearMonth): month(yearMonth)
        case let .day(date): day(date)
        case let .text(text): text
        case let .term(key): term(key)
        case let .localized(text): text.text(in: language)
        case let .terms(keys): list(keys.map(term))
        }
    }

    /// "A, B and C" in the reader's language.
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(term("term.and")) " + items.last!
    }

    /// The statement's sentence; a visible "⟨id⟩ key=value …" when the message is missing or broken.
    public func format(_ statement: Statement) -> String {
        (try? sentence(statement)) ?? fallback(statement)
    }

    /// "FILE:LINE: FIELD: message", leaving out the line and field when the error has none.
    public func describe(_ error: InputError) -> String {
        let field = error.field.map { "\($0): " } ?? ""
        return "\(error.location): \(field)\(format(error.statement))"
    }

    func sentence(_ statement: Statement) throws(ICUMessageError) -> String {
        guard let pattern = catalog[statement.kind.id] else {
            throw ICUMessageError(description: "no \(language) message for \(statement.kind.id)")
        }
        return try ICUMessageFormat.format(pattern, locale: language.icuLocale,
                                           arguments: statement.values.map { ($0.key, argument($0.value)) })
    }

    func argument(_ value: TraceValue) -> MessageArgument {
        // Counts stay numbers so that plural rules can choose; everything else is ready text.
        if case let .count(count) = value { return .number(Double(count)) }
        return .text(text(value))
    }

    private func fallback(_ statement: Statement) -> String {
        let values = statement.values.sorted { $0.key < $1.key }.map { "\($0.key)=\(text($0.value))" }
        return (["⟨\(statement.kind.id)⟩"] + values).joined(separator: " ")
    }
}

extension TextFormatter {
    /// The sentence for a message kind with its values.
    public func say(_ kind: MessageKind, _ values: StatementValues = [:]) -> String {
        format(Statement(kind, values))
    }
}
