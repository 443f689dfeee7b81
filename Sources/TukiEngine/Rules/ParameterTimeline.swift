/// A parameter's dated values prepared for lookups during a simulation. A class, so a lookup copies one
/// reference instead of the whole parameter, and each value's citation is built once, at load.
final class ParameterTimeline: Sendable {
    /// One dated value. A class, so handing it out from a lookup retains one reference.
    final class Entry: Sendable {
        let from: Day
        let value: ParameterValue?
        let status: ValueStatus
        let use: ParameterUse

        init(from: Day, value: ParameterValue?, status: ValueStatus, use: ParameterUse) {
            self.from = from
            self.value = value
            self.status = status
            self.use = use
        }
    }

    let id: ParameterID
    let label: LocalizedText
    /// Ascending by date.
    private let entries: [Entry]

    init(_ parameter: Parameter) {
        id = parameter.id
        label = parameter.label
        entries = parameter.values.map { dated in
            Entry(from: dated.from, value: dated.value, status: dated.status,
                  use: ParameterUse(id: parameter.id, validFrom: dated.from, status: dated.status,
                                    source: dated.source ?? parameter.source))
        }
    }

    /// The entry in force on `day`, if any value has started by then.
    func entry(at day: Day) -> Entry? {
        entries.inForce(on: day) { $0.from }
    }
}
