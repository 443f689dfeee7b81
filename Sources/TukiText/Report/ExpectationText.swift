import TukiEngine

extension TextFormatter {
    /// "Scenarios/x.yaml:14: 2026-03 grossWage with the job: expected 806,00 €, got 805,99 €".
    public func describe(_ mismatch: ExpectationMismatch, file: String) -> String {
        let expectation = mismatch.expectation
        let location = expectation.fileLine.map { "\(file):\($0)" } ?? file
        let values: StatementValues = [
            "month": .month(expectation.month), "line": .term(expectation.line.termKey),
            "variant": .term("term.variant.\(expectation.variant.rawValue)"), "expected": .money(expectation.amount),
        ]
        guard let actual = mismatch.actual else {
            return "\(location): " + say(ReportMessages.expectationMissing, values)
        }
        return "\(location): " + say(ReportMessages.expectationMismatch, values.merging(["actual": .money(actual)]) { a, _ in a })
    }
}
