/// A scenario's `expect:` figure that the result does not match.
public struct ExpectationMismatch: Sendable, Hashable {
    public let expectation: Expectation
    /// `nil` when the result has no such line for the month.
    public let actual: Money?
}

extension SimulationResult {
    /// Compares each expected figure with the result, to the cent.
    public func mismatches(against expectations: [Expectation]) -> [ExpectationMismatch] {
        expectations.compactMap { expectation in
            let month = months.first { $0.month == expectation.month }
            let actual = month?.figures(expectation.variant).amount(expectation.line)
            return actual == expectation.amount ? nil : ExpectationMismatch(expectation: expectation, actual: actual)
        }
    }
}
