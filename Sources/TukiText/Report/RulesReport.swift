import TukiEngine

/// Text for `tuki rules list | show | validate | diff`.
public struct RulesReport: Sendable {
    let formatter: TextFormatter

    public init(formatter: TextFormatter) { self.formatter = formatter }

    public func list(_ rules: RuleSet) -> String {
        var table = TextTable(header: [formatter.say(ReportMessages.rulesColumnParameter), formatter.say(ReportMessages.rulesColumnLabel),
                                       formatter.say(ReportMessages.rulesColumnUnit)], figureColumns: [])
        for parameter in rules.sortedParameters {
            table.rows.append([parameter.id.rawValue, parameter.label.text(in: formatter.language),
                               formatter.term(ParameterType.unitTermKey(parameter.unit))])
        }
        return formatter.say(ReportMessages.rulesCount, ["count": .count(rules.parameters.count), "version": .text(rules.version)])
            + "\n\n" + table.render() + "\n"
    }

    public func validated(_ rules: RuleSet) -> String {
        formatter.say(ReportMessages.rulesValidated, ["count": .count(rules.parameters.count), "version": .text(rules.version),
                                            "digest": .text(rules.digest)]) + "\n"
    }

    public func show(_ parameter: Parameter, readers: [CalculatorName], asOf: Day?) -> String {
        let values = ParameterValueText(formatter: formatter)
        var lines = [
            "\(parameter.id) — \(parameter.label.text(in: formatter.language))",
            formatter.say(ReportMessages.rulesUnit, ["unit": .term(ParameterType.unitTermKey(parameter.unit)),
                                                    "type": .term(parameter.type.termKey)]),
        ]
        if let description = parameter.description { lines.append(description.text(in: formatter.language)) }
        lines.append(formatter.say(ReportMessages.rulesSource) + " " + SourceText.describe(parameter.source))
        lines.append(readers.isEmpty ? formatter.say(ReportMessages.rulesReadByNone)
                     : formatter.say(ReportMessages.rulesReadBy, ["calculators": .text(readers.map { formatter.term($0.termKey) }.joined(separator: ", "))]))
        lines.append("")
        lines.append(formatter.say(ReportMessages.rulesValues))
        let current = asOf.flatMap { parameter.dated(at: $0) }
        for dated in parameter.values {
            var heading = formatter.day(dated.from)
            if dated == current, let asOf { heading += " ← " + formatter.say(ReportMessages.rulesInForce, ["date": .day(asOf)]) }
            switch (dated.status, dated.value) {
            case (.unknown, _): heading += ": " + formatter.say(ReportMessages.rulesUnknown)
            case (_, nil): heading += ": " + formatter.say(ReportMessages.rulesNotInForce)
            case (.unverified, _): heading += " (" + formatter.say(ReportMessages.rulesUnverified) + ")"
            default: break
            }
            lines.append(heading)
            if let value = dated.value { lines += values.describe(value, unit: parameter.unit).map { "    " + $0 } }
            if let source = dated.source { lines.append("    " + formatter.say(ReportMessages.rulesSource) + " " + SourceText.describe(source)) }
            if let note = dated.note { lines.append("    " + note) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func diff(_ rules: RuleSet, from: Day, to: Day) -> String {
        let values = ParameterValueText(formatter: formatter)
        var lines: [String] = []
        for parameter in rules.sortedParameters {
            let before = parameter.dated(at: from)
            let after = parameter.dated(at: to)
            guard before?.value != after?.value || before?.status != after?.status else { continue }
            lines.append("\(parameter.id) — \(parameter.label.text(in: formatter.language))")
            lines.append("  \(formatter.day(from)): " + describe(before, values, parameter.unit))
            lines.append("  \(formatter.day(to)): " + describe(after, values, parameter.unit))
        }
        if lines.isEmpty { return formatter.say(ReportMessages.rulesDiffNone, ["earlier": .day(from), "later": .day(to)]) + "\n" }
        return ([formatter.say(ReportMessages.rulesDiffHeading, ["earlier": .day(from), "later": .day(to)]), ""] + lines)
            .joined(separator: "\n") + "\n"
    }

    private func describe(_ dated: DatedValue?, _ values: ParameterValueText, _ unit: String) -> String {
        guard let dated else { return formatter.say(ReportMessages.rulesNotInForce) }
        if dated.status == .unknown { return formatter.say(ReportMessages.rulesUnknown) }
        guard let value = dated.value else { return formatter.say(ReportMessages.rulesNotInForce) }
        // A value can change only in status (a figure confirmed one year, the same figure unverified the next).
        let status = dated.status == .unverified ? " (" + formatter.say(ReportMessages.rulesUnverified) + ")" : ""
        return values.describe(value, unit: unit).joined(separator: "; ") + status
    }

}
