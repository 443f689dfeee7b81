/// One parsed rule file: a namespace of parameters, or (for an overlay) replacements for some.
struct RuleFile {
    let path: String
    let namespace: String
    let title: LocalizedText?
    let parameters: [Parameter]
}

/// Reads one rule file into parameters, checking every field against DESIGN.md's format.
struct RuleFileParser {
    let path: String
    /// For an overlay, the rules it applies to: overlaid parameters may leave out labels, type,
    /// unit and keys (they keep the base's) but must give a source.
    let base: RuleSet?

    var isOverlay: Bool { base != nil }

    static let fileKeys = ["namespace", "title", "description", "parameters"]
    static let parameterKeys = ["label", "description", "type", "unit", "keys", "source", "values"]
    static let longValueKeys: Set<String> = ["value", "status", "source", "note"]

    func parse(_ text: String) -> (RuleFile?, [InputError]) {
        let root: YAMLNode
        let fields: Fields
        let namespace: String
        do throws(InputError) {
            root = try YAMLDocument.parse(text, file: path)
            fields = try root.fields(allowed: Self.fileKeys, required: ["namespace", "parameters"])
            namespace = try fields.required("namespace").string()
        } catch {
            return (nil, [error])
        }
        var errors: [InputError] = []
        var title: LocalizedText?
        do throws(InputError) {
            title = try fields["title"].map { node throws(InputError) in try localized(node) }
            if title == nil && !isOverlay { throw root.error(InputMessages.missingField, ["key": .text("title")]) }
        } catch { errors.append(error) }

        var parameters: [Parameter] = []
        do throws(InputError) {
            for (key, node) in try fields.required("parameters").mapping() {
                do throws(InputError) {
                    parameters.append(try parameter(id: ParameterID("\(namespace).\(key)"), node: node))
                } catch { errors.append(error) }
            }
        } catch { errors.append(error) }
        return (RuleFile(path: path, namespace: namespace, title: title, parameters: parameters), errors)
    }

    private func parameter(id: ParameterID, node: YAMLNode) throws(InputError) -> Parameter {
        let node = YAMLNode(node: node.node, file: path, path: id.rawValue, keyLine: node.keyLine)
        let required = isOverlay ? ["source", "values"] : ["label", "unit", "source", "values"]
        let fields = try node.fields(allowed: Self.parameterKeys, required: required)
        var inherited: Parameter?
        if let base {
            guard let overlaid = base.parameter(id) else {
                throw node.declarationError(InputMessages.unknownParameter, ["parameter": .text(id.rawValue)])
            }
            inherited = overlaid
        }
        let type = try fields["type"].map { typeNode throws(InputError) -> ParameterType in
            let name = try typeNode.string()
            guard let type = ParameterType(rawValue: name) else {
                throw typeNode.error(InputMessages.unknownChoice, [
                    "found": .text(name),
                    "allowed": .text(ParameterType.allCases.map(\.rawValue).joined(separator: ", ")),
                ])
            }
            return type
        } ?? inherited?.type ?? .amount
        let unit = try fields["unit"]?.string() ?? inherited?.unit ?? ""
        if let unitNode = fields["unit"], !type.allowedUnits.contains(unit) {
            throw unitNode.error(InputMessages.wrongUnit, [
                "unit": .text(unit), "type": .text(type.rawValue),
                "allowed": .text(type.allowedUnits.joined(separator: ", ")),
            ])
        }
        var keys = inherited?.keys ?? []
        if let keysNode = fields["keys"] {
            keys = try keysNode.sequence().map { item throws(InputError) in try item.string() }
        }
        if type == .table && keys.isEmpty {
            throw node.declarationError(InputMessages.missingField, ["key": .text("keys")])
        }
        let label = try fields["label"].map { labelNode throws(InputError) in try localized(labelNode) }
        let description = try fields["description"].map { descriptionNode throws(InputError) in try localized(descriptionNode) }
        let source = try self.source(try fields.required("source"))
        let values = try datedValues(try fields.required("values"), type: type, unit: unit, keys: keys)
        return Parameter(id: id, file: path, line: node.declarationLine,
                         label: label ?? inherited?.label ?? LocalizedText(fi: "", sv: "", en: ""),
                         description: description ?? inherited?.description,
                         type: type, unit: unit, keys: keys, source: source, values: values)
    }

    private func datedValues(_ node: YAMLNode, type: ParameterType, unit: String, keys: [String]) throws(InputError) -> [DatedValue] {
        let entries = try node.mapping()
        if entries.isEmpty { throw node.error(InputMessages.noValues) }
        var values: [DatedValue] = []
        for (key, valueNode) in entries {
            guard let from = Day(iso: key) else {
                throw valueNode.error(InputMessages.expected, ["expected": .term(ValueTerm.date.key), "found": .text(key)])
            }
            if let previous = values.last, previous.from >= from {
                throw valueNode.error(InputMessages.unsortedDates, ["date": .day(from), "previous": .day(previous.from)])
            }
            values.append(try datedValue(from: from, node: valueNode, type: type, unit: unit, keys: keys))
        }
        return values
    }

    private func datedValue(from: Day, node: YAMLNode, type: ParameterType, unit: String, keys: [String]) throws(InputError) -> DatedValue {
        if case let .mapping(pairs, _) = node.node,
           pairs.allSatisfy({ Self.longValueKeys.contains($0.key.scalarString ?? "") }),
           pairs.contains(where: { $0.key.scalarString == "value" || $0.key.scalarString == "status" }) {
            let fields = try node.fields(allowed: Array(Self.longValueKeys))
            let status = try fields["status"].map { statusNode throws(InputError) -> ValueStatus in
                guard let status = ValueStatus(rawValue: try statusNode.string()) else {
                    throw statusNode.error(InputMessages.unknownChoice, [
                        "found": .text(try statusNode.string()),
                        "allowed": .text(ValueStatus.allCases.map(\.rawValue).joined(separator: ", ")),
                    ])
                }
                return status
            } ?? .confirmed
            let value = status == .unknown ? nil : try fields["value"].map { valueNode throws(InputError) in
                try self.value(valueNode, type: type, unit: unit, keys: keys)
            }
            return DatedValue(from: from, value: value, status: status,
                              source: try fields["source"].map { sourceNode throws(InputError) in try source(sourceNode) },
                              note: try fields["note"]?.string(), line: node.line)
        }
        let value = node.isNull ? nil : try self.value(node, type: type, unit: unit, keys: keys)
        return DatedValue(from: from, value: value, status: .confirmed, source: nil, note: nil, line: node.line)
    }

    private func value(_ node: YAMLNode, type: ParameterType, unit: String, keys: [String]) throws(InputError) -> ParameterValue {
        switch type {
        case .amount: return .amount(try amount(node))
        case .rate: return .rate(try ratio(node))
        case .count: return .count(try count(node))
        case .date: return .date(try node.day())
        case .flag: return .flag(try node.bool())
        case .scale: return .scale(try scale(node))
        case .table:
            var entries: [[String]: ParameterValue] = [:]
            try tableEntries(node, prefix: [], keys: keys, unit: unit, into: &entries)
            return .table(Table(keys: keys, entries: entries))
        }
    }

    /// No figure of the rules is negative: a sign slipped into an overlay made a negative pension and a subsidy
    /// period of -12 months, and `rules validate` called the file valid.
    private func amount(_ node: YAMLNode) throws(InputError) -> Money {
        try node.money(mayBeNegative: false)
    }

    private func count(_ node: YAMLNode) throws(InputError) -> Int {
        let count = try node.int()
        if count < 0 { throw node.error(InputMessages.negative, ["found": .count(count)]) }
        return count
    }

    /// A share from 0 to 1 (0.0088 for 0.88 %); a value above one is a percentage written as a ratio.
    private func ratio(_ node: YAMLNode) throws(InputError) -> Rate {
        let rate = try node.rate()
        guard rate >= .zero, rate <= .one else { throw node.outOfRange(.rate(rate), minimum: .rate(.zero), maximum: .rate(.one)) }
        return rate
    }

    private func scale(_ node: YAMLNode) throws(InputError) -> Scale {
        var brackets: [Scale.Bracket] = []
        for item in try node.sequence() {
            let fields = try item.fields(allowed: ["from", "rate"], required: ["from", "rate"])
            let fromNode = try fields.required("from")
            let bracket = Scale.Bracket(from: try fromNode.money(), rate: try ratio(try fields.required("rate")))
            if let previous = brackets.last, bracket.from <= previous.from {
                throw fromNode.error(InputMessages.scaleNotRising, ["from": .money(bracket.from), "previous": .money(previous.from)])
            }
            if brackets.isEmpty && bracket.from != .zero {
                throw fromNode.error(InputMessages.scaleMustStartAtZero, ["from": .money(bracket.from)])
            }
            brackets.append(bracket)
        }
        if brackets.isEmpty { throw node.error(InputMessages.noValues) }
        return Scale(brackets: brackets)
    }

    private func tableEntries(_ node: YAMLNode, prefix: [String], keys: [String], unit: String,
                              into entries: inout [[String]: ParameterValue]) throws(InputError) {
        guard prefix.count < keys.count else {
            entries[prefix] = try tableCell(node, unit: unit)
            return
        }
        guard case .mapping = node.node else {
            throw node.error(InputMessages.tableKeys, ["keys": .text(keys.joined(separator: " × ")), "depth": .count(keys.count)])
        }
        for (key, child) in try node.mapping() {
            try tableEntries(child, prefix: prefix + [key], keys: keys, unit: unit, into: &entries)
        }
    }

    private func tableCell(_ node: YAMLNode, unit: String) throws(InputError) -> ParameterValue {
        if ParameterType.moneyUnits.contains(unit) { return .amount(try amount(node)) }
        if unit == "ratio" { return .rate(try ratio(node)) }
        if ParameterType.nameUnits.contains(unit) { return .name(try node.string()) }
        return .count(try count(node))
    }

    private func localized(_ node: YAMLNode) throws(InputError) -> LocalizedText {
        let fields = try node.fields(allowed: Language.allCases.map(\.rawValue), required: Language.allCases.map(\.rawValue))
        return LocalizedText(fi: try fields.required("fi").string(), sv: try fields.required("sv").string(),
                             en: try fields.required("en").string())
    }

    private func source(_ node: YAMLNode) throws(InputError) -> Source {
        let fields = try node.fields(allowed: ["law", "url", "note"])
        let source = Source(law: try fields["law"]?.string(), url: try fields["url"]?.string(), note: try fields["note"]?.string())
        if source.law == nil && source.url == nil { throw node.error(InputMessages.sourceEmpty) }
        return source
    }
}
