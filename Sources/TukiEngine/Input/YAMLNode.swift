/// A node of a parsed file with its place (file, line, field path), read into exact values.
/// Every read that fails throws an `InputError` naming that place.
struct YAMLNode {
    let node: InputNode
    let file: String
    let path: String
    /// The line of the key this node is the value of, if any.
    var keyLine: Int? = nil

    var line: Int? { node.line }
    /// Where a mapping is named: its key's line, for problems with the mapping as a whole.
    var declarationLine: Int? { keyLine ?? line }

    func error(_ kind: MessageKind, _ values: StatementValues = [:]) -> InputError {
        InputError(file: file, line: line, field: path.isEmpty ? nil : path, kind, values)
    }

    func declarationError(_ kind: MessageKind, _ values: StatementValues = [:]) -> InputError {
        InputError(file: file, line: declarationLine, field: path.isEmpty ? nil : path, kind, values)
    }

    /// A required key is missing from this mapping: the error names the key's own path, at the mapping's line.
    func missing(_ key: String) -> InputError {
        InputError(file: file, line: declarationLine, field: path.isEmpty ? key : "\(path).\(key)", InputMessages.missingField,
                   ["key": .text(key)])
    }

    func child(_ node: InputNode, key: String, keyLine: Int? = nil) -> YAMLNode {
        YAMLNode(node: node, file: file, path: path.isEmpty ? key : "\(path).\(key)", keyLine: keyLine)
    }

    var isNull: Bool {
        guard case let .scalar(scalar) = node, scalar.plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// Throws at the first mapping value written empty (`key:` with nothing after it, `~`, `null`). In a scenario a
    /// field left out takes its default, but one written empty is more likely a slip than a wish for the default:
    /// an empty `kelaDisabilityPension:` dropped the pension without a word.
    func rejectEmptyValues() throws(InputError) {
        switch node {
        case let .mapping(pairs, _):
            for (keyNode, valueNode) in pairs {
                let key = keyNode.scalarString ?? ""
                let value = child(valueNode, key: key, keyLine: keyNode.line)
                if value.isNull { throw value.declarationError(InputMessages.emptyValue, ["key": .text(key)]) }
                try value.rejectEmptyValues()
            }
        case let .sequence(items, _):
            for (index, item) in items.enumerated() { try child(item, key: "\(index)").rejectEmptyValues() }
        case .scalar, .alias:
            return
        }
    }

    /// A missing field that is in fact written with no value, said as such at its own line: decoding reads a required
    /// `name:` left empty as missing, and named it at its mapping's line.
    func emptyInsteadOfMissing(_ error: InputError) -> InputError {
        guard error.statement.kind == InputMessages.missingField, let path = error.field else { return error }
        var node = self
        for key in path.split(separator: ".").map(String.init) {
            switch node.node {
            case let .mapping(pairs, _):
                guard let pair = pairs.first(where: { $0.key.scalarString == key }) else { return error }
                node = node.child(pair.value, key: key, keyLine: pair.key.line)
            case let .sequence(items, _):
                guard let index = Int(key), items.indices.contains(index) else { return error }
                node = node.child(items[index], key: key)
            case .scalar, .alias:
                return error
            }
        }
        guard node.isNull, let key = path.split(separator: ".").last else { return error }
        return node.declarationError(InputMessages.emptyValue, ["key": .text(String(key))])
    }

    /// The entries of a mapping, in file order; keys outside `allowed` are errors,
    /// and so are missing `required` keys.
    func mapping(allowed: [String]? = nil, required: [String] = []) throws(InputError) -> [(key: String, value: YAMLNode)] {
        guard case let .mapping(pairs, _) = node else { throw expected(.mapping) }
        var entries: [(key: String, value: YAMLNode)] = []
        for (keyNode, valueNode) in pairs {
            guard case let .scalar(scalar) = keyNode else {
                throw YAMLNode(node: keyNode, file: file, path: path).expected(.text)
            }
            let entry = child(valueNode, key: scalar.string, keyLine: keyNode.line)
            if let allowed, !allowed.contains(scalar.string) {
                throw YAMLNode(node: keyNode, file: file, path: entry.path)
                    .error(InputMessages.unknownKey, ["key": .text(scalar.string), "allowed": .text(allowed.joined(separator: ", "))])
            }
            entries.append((scalar.string, entry))
        }
        for key in required where !entries.contains(where: { $0.key == key }) {
            throw missing(key)
        }
        return entries
    }

    /// A mapping read into a dictionary, for lookups by key.
    func fields(allowed: [String], required: [String] = []) throws(InputError) -> Fields {
        Fields(owner: self, entries: try mapping(allowed: allowed, required: required))
    }

    func sequence() throws(InputError) -> [YAMLNode] {
        guard case let .sequence(items, _) = node else { throw expected(.list) }
        return items.enumerated().map { index, item in child(item, key: "\(index)") }
    }

    /// The text of a scalar; a list or mapping in its place is "not `term`" (an amount, a month…), not "not text".
    func scalarText(_ term: ValueTerm = .text) throws(InputError) -> String {
        guard case let .scalar(scalar) = node else { throw expected(term) }
        return scalar.string
    }

    func string() throws(InputError) -> String {
        let text = try scalarText()
        guard !text.isEmpty, !isNull else { throw expected(.text) }
        return text
    }

    /// An amount; `mayBeNegative: false` refuses a negative one as such before any bound (a rent of −200 000 000 is
    /// negative, not "at least −100 000 000").
    func money(mayBeNegative: Bool = true) throws(InputError) -> Money {
        let text = try scalarText(.amount)
        guard let value = Money(exactly: text) else { throw expected(.amount) }
        if value.isNegative && !mayBeNegative { throw error(InputMessages.negative, ["found": .money(value)]) }
        if value.cents.magnitude > Self.largestAmount.cents.magnitude { throw beyondLargestAmount(text, negative: value.isNegative) }
        return value
    }

    /// A proportion as written ("0.1734"); every caller then keeps it between 0 and 1.
    func rate() throws(InputError) -> Rate {
        guard let value = Rate(exactly: try scalarText(.rate)) else { throw expected(.rate) }
        return value
    }

    func percent() throws(InputError) -> Rate {
        let text = try scalarText(.decimal)
        guard let value = Rate(percent: text) else { throw expected(.decimal) }
        let limits = ScenarioLimits.percent
        // A percentage point is 10^6 of a rate's units (10^8 make one).
        guard (Int64(limits.lowerBound) * 1_000_000...Int64(limits.upperBound) * 1_000_000).contains(value.units) else {
            throw error(InputMessages.outOfRange, ["found": .text(text), "minimum": .text("\(limits.lowerBound)"),
                                                   "maximum": .text("\(limits.upperBound)")])
        }
        return value
    }

    func hours() throws(InputError) -> Hours {
        let text = try scalarText(.hours)
        guard let value = Hours(exactly: text) else { throw expected(.hours) }
        return value
    }

    /// The largest amount a file may give: far beyond any real wage or benefit, and small enough that a year of them
    /// times any rate stays within the engine's exact integer arithmetic (a wage of 92 233 720 368 547 758 € stopped
    /// the whole program). Rates and hours need no bound of their own: every caller keeps them within a range.
    static let largestAmount = Money.euros(100_000_000)

    /// An amount beyond the bound on either side: too large, or (a negative one) too small.
    private func beyondLargestAmount(_ text: String, negative: Bool) -> InputError {
        negative ? error(InputMessages.tooSmall, ["found": .text(text), "minimum": .money(-Self.largestAmount)])
            : error(InputMessages.tooLarge, ["found": .text(text), "maximum": .money(Self.largestAmount)])
    }

    func int() throws(InputError) -> Int {
        guard let value = Int(try scalarText(.wholeNumber)) else { throw expected(.wholeNumber) }
        return value
    }

    func int(in range: ClosedRange<Int>) throws(InputError) -> Int {
        let value = try int()
        guard range.contains(value) else {
            throw error(InputMessages.outOfRange, ["found": .text("\(value)"), "minimum": .text("\(range.lowerBound)"),
                                                   "maximum": .text("\(range.upperBound)")])
        }
        return value
    }

    func bool() throws(InputError) -> Bool {
        switch try scalarText(.yesNo) {
        case "true", "True", "yes": return true
        case "false", "False", "no": return false
        default: throw expected(.yesNo)
        }
    }

    /// Months a scenario may name: a simulation, a job's subsidy periods and waiting times counted from them stay
    /// far inside the calendar, which ends in 9999.
    static let scenarioMonths = YearMonth(year: 1900, month: 1)!...YearMonth(year: 2199, month: 12)!

    func yearMonth() throws(InputError) -> YearMonth {
        guard let value = YearMonth(iso: try scalarText(.month)) else { throw expected(.month) }
        guard Self.scenarioMonths.contains(value) else {
            throw outOfRange(.month(value), minimum: .month(Self.scenarioMonths.lowerBound), maximum: .month(Self.scenarioMonths.upperBound))
        }
        return value
    }

    func day() throws(InputError) -> Day {
        guard let value = Day(iso: try scalarText(.date)) else { throw expected(.date) }
        return value
    }

    /// The values are formatted in the reader's language (7,5 in Finnish and Swedish, 7.5 in English).
    func outOfRange(_ found: TraceValue, minimum: TraceValue, maximum: TraceValue) -> InputError {
        error(InputMessages.outOfRange, ["found": found, "minimum": minimum, "maximum": maximum])
    }

    func expected(_ term: ValueTerm) -> InputError {
        if case let .scalar(scalar) = node, let hint = NumberHint(scalar.string, expected: term) {
            return error(hint.kind, hint.values)
        }
        return error(InputMessages.expected, ["expected": .term(term.key), "found": .text(foundDescription)])
    }

    private var foundDescription: String {
        switch node {
        case let .scalar(scalar): scalar.string
        case .mapping: "{…}"
        case .sequence: "[…]"
        case .alias: "*alias"
        }
    }
}

/// The entries of a mapping by key, remembering the mapping for "missing field" errors.
struct Fields {
    let owner: YAMLNode
    let entries: [(key: String, value: YAMLNode)]

    subscript(key: String) -> YAMLNode? {
        entries.first(where: { $0.key == key }).flatMap { $0.value.isNull ? nil : $0.value }
    }

    func required(_ key: String) throws(InputError) -> YAMLNode {
        guard let node = self[key] else { throw owner.missing(key) }
        return node
    }
}
