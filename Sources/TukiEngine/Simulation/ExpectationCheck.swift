/// A scenario's `expect:` figure that the result does not match.
public struct ExpectationMismatch: Sendable, Hashable {
    public let expectation: Expectation
    /// `nil` when the result has no such line for the month.
    public let actual: Money?
}

extension SimulationResult {
    /// Compares each expected figure with the result, to the cent; the employer's figures are `tuki subsidy`'s.
    public func mismatches(against expectations: [Expectation]) -> [ExpectationMismatch] {
        expectations.filter { !$0.line.isEmployerFigure }.compactMap { expectation in
            expectation.mismatch(months.first { $0.month == expectation.month }?.figures(expectation.variant).amount(expectation.line))
        }
    }
}

extension Expectation {
    /// `nil` when `actual` matches to the cent.
    func mismatch(_ actual: Money?) -> ExpectationMismatch? {
        actual == amount ? nil : ExpectationMismatch(expectation: self, actual: actual)
    }
}
