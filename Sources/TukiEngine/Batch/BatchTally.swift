/// Counts kept while a batch streams by: how many ran, failed and were skipped, and the
/// expected figures missed. Constant size, whatever the number of scenarios.
public struct BatchTally: Sendable, Hashable {
    public private(set) var ran = 0
    public private(set) var failed = 0
    public private(set) var skipped = 0
    /// Scenarios with at least one expected figure missed, and how many figures in all.
    public private(set) var scenariosWithMismatches = 0
    public private(set) var mismatches = 0
    /// Scenarios that ran and give expected figures: only those make "every expected figure matched" mean anything.
    public private(set) var scenariosWithExpectations = 0
    /// Scenarios that ran, matched their expected figures, and whose net income with or without the job is unknown
    /// (the rules lack a figure): the rows marked incomplete, whose empty net cells a spreadsheet would sum as zero.
    public private(set) var netUnknown = 0

    public init() {}

    public var total: Int { ran + failed + skipped }
    /// The run passed: nothing failed and every expected figure matched.
    public var passed: Bool { failed == 0 && mismatches == 0 }

    public mutating func add(_ outcome: BatchOutcome) {
        switch outcome.status {
        case let .ran(current, _, missed, checked):
            ran += 1
            if current.averageGain == nil && missed.isEmpty { netUnknown += 1 }
            if checked > 0 { scenariosWithExpectations += 1 }
            if !missed.isEmpty { scenariosWithMismatches += 1 }
            mismatches += missed.count
        case .failed: failed += 1
        case .skipped: skipped += 1
        }
    }
}
