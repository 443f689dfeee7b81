/// Pairs each entry of a stream with its position, from 0, so results can be put back in input order.
public struct Numbered<Base: IteratorProtocol>: IteratorProtocol {
    var base: Base
    private var index = 0

    public init(base: Base) { self.base = base }

    public mutating func next() -> (Int, Base.Element)? {
        guard let element = base.next() else { return nil }
        defer { index += 1 }
        return (index, element)
    }
}
