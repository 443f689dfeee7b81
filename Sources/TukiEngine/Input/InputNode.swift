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

    /// The Yams tree as an `InputNode` tree, or nil past `budget` nodes. Yams hands an alias back as the anchored
    /// node itself, so a few hundred bytes of nested aliases stand for billions of nodes; a document without aliases
    /// has no more nodes than twice its bytes, so that budget stops such a document before it is copied.
    static func converting(_ node: Node, budget: inout Int) -> InputNode? {
        budget -= 1
        guard budget >= 0 else { return nil }
        switch node {
        case let .scalar(scalar):
            return .scalar(Scalar(string: scalar.string, plain: scalar.style == .plain, line: scalar.mark?.line))
        case let .mapping(mapping):
            var pairs: [(key: InputNode, value: InputNode)] = []
            for (key, value) in mapping {
                guard let key = converting(key, budget: &budget), let value = converting(value, budget: &budget) else { return nil }
                pairs.append((key, value))
            }
            return .mapping(pairs, line: mapping.mark?.line)
        case let .sequence(sequence):
            var items: [InputNode] = []
            for item in sequence {
                guard let item = converting(item, budget: &budget) else { return nil }
                items.append(item)
            }
            return .sequence(items, line: sequence.mark?.line)
        case let .alias(alias):
            return .alias(line: alias.mark?.line)
        }
    }
}
