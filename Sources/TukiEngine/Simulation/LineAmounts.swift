/// A month's amounts by line: a slot for each line at its position, so setting or reading an amount
/// hashes nothing. A line without an amount (not computed, unknown or not applying) is nil.
public struct LineAmounts: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private var slots = ContiguousArray<Money?>(repeating: nil, count: AmountLine.all.count)

    public init() {}

    public init(dictionaryLiteral elements: (AmountLine, Money)...) {
        for (line, amount) in elements { slots[line.position] = amount }
    }

    public subscript(line: AmountLine) -> Money? {
        get { slots[line.position] }
        set { slots[line.position] = newValue }
    }

    /// The pension lines' amounts added up (those with an amount).
    var pensionsTotal: Money { AmountLine.pensions.compactMap { self[$0] }.sum() }

    /// The lines with an amount, in report order.
    public var lines: [AmountLine] { AmountLine.all.filter { slots[$0.position] != nil } }

    /// These amounts with `other`'s in place of theirs where `other` has one.
    public func merging(_ other: LineAmounts) -> LineAmounts {
        var merged = self
        for position in slots.indices where other.slots[position] != nil { merged.slots[position] = other.slots[position] }
        return merged
    }
}
