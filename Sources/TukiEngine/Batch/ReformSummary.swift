/// How a reform (an overlay) changes average net income a month with the job, over every scenario that ran:
/// how many gain, lose or are unchanged, by how much, and how the changes fall into bands.
public struct ReformSummary: Sendable, Hashable {
    /// A range of changes in cents a month; `lower`/`upper` nil means unbounded.
    public struct Band: Sendable, Hashable {
        public let lower: Money?
        public let upper: Money?
        public func contains(_ change: Money) -> Bool {
            (lower.map { change >= $0 } ?? true) && (upper.map { change <= $0 } ?? true)
        }
    }

    public static let bands: [Band] = [
        Band(lower: nil, upper: Money(cents: -10_000)),
        Band(lower: Money(cents: -9_999), upper: Money(cents: -1_000)),
        Band(lower: Money(cents: -999), upper: Money(cents: -1)),
        Band(lower: .zero, upper: .zero),
        Band(lower: Money(cents: 1), upper: Money(cents: 999)),
        Band(lower: Money(cents: 1_000), upper: Money(cents: 9_999)),
        Band(lower: Money(cents: 10_000), upper: nil),
    ]

    public private(set) var gain = 0
    public private(set) var lose = 0
    public private(set) var unchanged = 0
    /// Net income unknown under either rules, so no comparison.
    public private(set) var unknown = 0
    public private(set) var totalGain = Money.zero
    public private(set) var totalLoss = Money.zero
    public private(set) var largestGain = Money.zero
    public private(set) var largestLoss = Money.zero
    public private(set) var bandCounts = Array(repeating: 0, count: ReformSummary.bands.count)

    public init() {}

    public var compared: Int { gain + lose + unchanged }

    public mutating func add(current: Money?, reform: Money?) {
        guard let current, let reform else { unknown += 1; return }
        let change = reform - current
        if change > .zero {
            gain += 1
            totalGain += change
            largestGain = .max(largestGain, change)
        } else if change < .zero {
            lose += 1
            totalLoss += -change
            largestLoss = .max(largestLoss, -change)
        } else {
            unchanged += 1
        }
        if let band = Self.bands.firstIndex(where: { $0.contains(change) }) { bandCounts[band] += 1 }
    }

    public mutating func add(_ outcome: BatchOutcome) {
        guard case let .ran(current, reform?, _, _) = outcome.status else { return }
        add(current: current.netWith, reform: reform.netWith)
    }

    /// Average gain among those who gain, and loss among those who lose, rounded to the cent.
    public var averageGain: Money? { gain == 0 ? nil : totalGain.times(1, over: Int64(gain)) }
    public var averageLoss: Money? { lose == 0 ? nil : totalLoss.times(1, over: Int64(lose)) }
}
