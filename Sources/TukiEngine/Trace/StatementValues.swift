/// A statement's named values in the order given. A message has a handful, so scanning them is cheaper
/// than hashing names into a dictionary for every step of every month.
public struct StatementValues: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    public struct Element: Sendable, Hashable {
        public let key: String
        public let value: TraceValue
    }

    private var elements: [Element]

    public init(dictionaryLiteral elements: (String, TraceValue)...) {
        self.init(elements)
    }

    public init(_ pairs: [(String, TraceValue)]) {
        elements = pairs.map { Element(key: $0.0, value: $0.1) }
    }

    public subscript(key: String) -> TraceValue? {
        get { elements.first { $0.key == key }?.value }
        set {
            elements.removeAll { $0.key == key }
            if let newValue { elements.append(Element(key: key, value: newValue)) }
        }
    }

    public var keys: [String] { elements.map(\.key) }

    public func merging(_ other: StatementValues,
                        uniquingKeysWith combine: (TraceValue, TraceValue) -> TraceValue) -> StatementValues {
        var merged = self
        for element in other { merged[element.key] = merged[element.key].map { combine($0, element.value) } ?? element.value }
        return merged
    }

    public func makeIterator() -> IndexingIterator<[Element]> { elements.makeIterator() }

    /// Equal when they name the same values, whatever the order.
    public static func == (lhs: StatementValues, rhs: StatementValues) -> Bool {
        lhs.elements.count == rhs.elements.count && lhs.elements.allSatisfy { rhs[$0.key] == $0.value }
    }

    /// The names only, combined without regard to order, as equality ignores order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(elements.reduce(0) { $0 ^ $1.key.hashValue })
    }
}
