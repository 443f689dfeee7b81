/// Replacement values for chosen parameters (a reform, or an employment area's local terms).
///
/// From an overlaid parameter's first overlay date on, the overlay's values replace the
/// base values; base values before that date stay.
public struct Overlay: Sendable {
    public let file: String
    let parameters: [Parameter]
    let content: String
}

extension RuleSet {
    public func applying(_ overlay: Overlay) throws(InputErrors) -> RuleSet {
        var merged = parameters
        var errors: [InputError] = []
        for replacement in overlay.parameters {
            guard let base = parameters[replacement.id] else {
                errors.append(InputError(file: overlay.file, line: replacement.line, field: replacement.id.rawValue,
                                         InputMessages.unknownParameter, ["parameter": .text(replacement.id.rawValue)]))
                continue
            }
            if replacement.type != base.type || replacement.unit != base.unit || replacement.keys != base.keys {
                errors.append(InputError(file: overlay.file, line: replacement.line, field: replacement.id.rawValue,
                                         InputMessages.overlayChangesShape,
                                         ["parameter": .text(replacement.id.rawValue), "property": .text("type/unit/keys")]))
                continue
            }
            let firstOverlayDate = replacement.values[0].from
            let cited = replacement.values.map {
                DatedValue(from: $0.from, value: $0.value, status: $0.status,
                           source: $0.source ?? replacement.source, note: $0.note, line: $0.line)
            }
            merged[replacement.id] = base.replacingValues(base.values.filter { $0.from < firstOverlayDate } + cited)
        }
        if !errors.isEmpty { throw InputErrors(errors) }
        return RuleSet(name: name, version: version, changelog: changelog, namespaces: namespaces, parameters: merged,
                       digest: RuleDigest.combine(digest, with: overlay.content), overlays: overlays + [overlay.file])
    }
}
