/// A kind of message the engine can emit: its catalog id and the arguments it gives.
///
/// Every kind is listed in `MessageKind.all`; a test checks each has a message in
/// fi, sv and en that uses only these arguments.
public struct MessageKind: Sendable, Hashable, CustomStringConvertible {
    public let id: String
    public let arguments: [String]

    public init(_ id: String, _ arguments: [String] = []) {
        self.id = id
        self.arguments = arguments
    }

    public var description: String { id }

    // The id names the kind; its arguments follow from it.
    public static func == (lhs: MessageKind, rhs: MessageKind) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// A message with its values: a trace step's sentence, a warning, or an error.
public struct Statement: Sendable, Hashable {
    public let kind: MessageKind
    public let values: StatementValues

    public init(_ kind: MessageKind, _ values: StatementValues = [:]) {
        assert(Set(values.keys) == Set(kind.arguments),
               "\(kind.id) expects \(kind.arguments.sorted()), got \(values.keys.sorted())")
        self.kind = kind
        self.values = values
    }
}
