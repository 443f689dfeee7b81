/// A statement's named values in the order given. A message has a handful, so scanning them is cheaper
/// than hashing names into a dictionary for every step of every month.
public struct StatementValues: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    public struct Element: Sendable, Hashable {
        public let key: String
        public let value: TraceValue
    }

    /// Kept as given: the literal's own array, with no second copy made of it.
    private var pairs: [(String, TraceValue)]

    public init(dictionaryLiteral elements: (String, TraceValue)...) {
        pairs = elements
    }

    public init(_ pairs: [(String, TraceValue)]) {
        self.pairs = pairs
    }

    public subscript(key: String) -> TraceValue? {
        get { pairs.first { $0.0 == key }?.1 }
        set {
            pairs.removeAll { $0.0 == key }
            if let newValue { pairs.append((key, newValue)) }
        }
    }

    public var keys: [String] { pairs.map(\.0) }

    public func merging(_ other: StatementValues,
                        uniquingKeysWith combine: (TraceValue, TraceValue) -> TraceValue) -> StatementValues {
        var merged = self
        for element in other { merged[element.key] = merged[element.key].map { combine($0, element.value) } ?? element.value }
        return merged
    }

    public func makeIterator() -> LazyMapSequence<[(String, TraceValue)], Element>.Iterator {
        pairs.lazy.map { Element(key: $0.0, value: $0.1) }.makeIterator()
    }

    /// Equal when they name the same values, whatever the order. Statements of one kind give their values
    /// in the same order, so that is tried first.
    public static func == (lhs: StatementValues, rhs: StatementValues) -> Bool {
        guard lhs.pairs.count == rhs.pairs.count else { return false }
        // Through buffer pointers the pairs are compared in place; array subscripts copied each one.
        let inOrder: Bool? = lhs.pairs.withUnsafeBufferPointer { left in
            rhs.pairs.withUnsafeBufferPointer { right in
                for index in left.indices where left[index].0 != right[index].0 { return nil }
                for index in left.indices where left[index].1 != right[index].1 { return false }
                return true
            }
        }
        return inOrder ?? lhs.pairs.allSatisfy { rhs[$0.0] == $0.1 }
    }

    /// Combined without regard to order, as equality ignores order, and from a digest of each value rather
    /// than its full text: grouping an answer's warnings hashed every label in three languages. The names
    /// are left out, as a statement's kind fixes them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(pairs.reduce(pairs.count) { $0 &+ $1.1.digest })
    }
}
