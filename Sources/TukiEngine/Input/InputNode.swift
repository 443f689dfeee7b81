import Yams

/// A parsed document's tree, from YAML or from JSON, each node with the line it starts on (1-based).
indirect enum InputNode {
    case scalar(Scalar)
    case mapping([(key: InputNode, value: InputNode)], line: Int?)
    case sequence([InputNode], line: Int?)
    /// A YAML alias, which scenario and rule files do not use.
    case alias(line: Int?)

    struct Scalar {
        let string: String
        /// Written without quotes: only then can it be null.
        let plain: Bool
        let line: Int?
    }

    var line: Int? {
        switch self {
        case let .scalar(scalar): scalar.line
        case let .mapping(_, line), let .sequence(_, line), let .alias(line): line
        }
    }

    /// The text of a scalar; nil for any other node.
    var scalarString: String? {
        if case let .scalar(scalar) = self { scalar.string } else { nil }
    }

    init(_ node: Node) {
        switch node {
        case let .scalar(scalar):
            self = .scalar(Scalar(string: scalar.string, plain: scalar.style == .plain, line: scalar.mark?.line))
        case let .mapping(mapping):
            self = .mapping(mapping.map { (InputNode($0.key), InputNode($0.value)) }, line: mapping.mark?.line)
        case let .sequence(sequence):
            self = .sequence(sequence.map(InputNode.init), line: sequence.mark?.line)
        case let .alias(alias):
            self = .alias(line: alias.mark?.line)
        }
    }
}
