import TukiEngine

/// The end of a batch's output in machine form: counts, and with an overlay the reform's summary.
enum BatchSummaryJSON {
    static func summary(_ tally: BatchTally, _ reform: ReformSummary?) -> JSONValue {
        var members = countRows(tally).map { ($0.0, value($0.1)) }
        if let reform {
            let bands = zip(ReformSummary.bands, reform.bandCounts).map { band, count in
                JSONValue.object([("from", band.lower.map(ResultJSON.money) ?? .null),
                                  ("to", band.upper.map(ResultJSON.money) ?? .null), ("count", .number("\(count)"))])
            }
            members.append(("reform", .object(reformRows(reform).map { ($0.0, value($0.1)) } + [("bands", .array(bands))])))
        }
        return .object(members)
    }

    /// Name and value pairs, the CSV's last rows: counts, then the reform's figures and bands (named with the CSV's
    /// decimal mark, "band -9,99..-0,01").
    static func trailer(_ tally: BatchTally, _ reform: ReformSummary?, _ csv: CSVTable) -> [(String, BatchTable.Value)] {
        guard let reform else { return countRows(tally) }
        return countRows(tally) + reformRows(reform) + zip(ReformSummary.bands, reform.bandCounts).map { band, count in
            ("band \(csv.money(band.lower))..\(csv.money(band.upper))", .count(count))
        }
    }

    private static func countRows(_ tally: BatchTally) -> [(String, BatchTable.Value)] {
        [("ran", .count(tally.ran)), ("failed", .count(tally.failed)), ("skipped", .count(tally.skipped)),
         ("netUnknown", .count(tally.netUnknown)),
         ("scenariosWithMismatches", .count(tally.scenariosWithMismatches)), ("mismatches", .count(tally.mismatches))]
    }

    private static func reformRows(_ reform: ReformSummary) -> [(String, BatchTable.Value)] {
        [("gain", .count(reform.gain)), ("lose", .count(reform.lose)), ("unchanged", .count(reform.unchanged)),
         ("unknown", .count(reform.unknown)),
         ("averageGainMonthly", reform.averageGain.map(BatchTable.Value.money) ?? .none),
         ("averageLossMonthly", reform.averageLoss.map(BatchTable.Value.money) ?? .none),
         ("largestGainMonthly", reform.gain > 0 ? .money(reform.largestGain) : .none),
         ("largestLossMonthly", reform.lose > 0 ? .money(reform.largestLoss) : .none)]
    }

    static func value(_ value: BatchTable.Value) -> JSONValue {
        switch value {
        case let .text(text): .string(text)
        case let .money(amount): ResultJSON.money(amount)
        case let .rate(rate): .number(rate.description)
        case let .hours(hours): .number(hours.description)
        case let .count(count): .number("\(count)")
        case .none: .null
        }
    }

    static func mismatch(_ mismatch: ExpectationMismatch) -> JSONValue {
        let expectation = mismatch.expectation
        return .object([
            ("month", .string(expectation.month.description)),
            ("line", .string((expectation.variant == .baseline ? "baseline." : "") + expectation.line.id)),
            ("expected", ResultJSON.money(expectation.amount)),
            ("actual", mismatch.actual.map(ResultJSON.money) ?? .null),
            ("fileLine", expectation.fileLine.map { .number("\($0)") } ?? .null),
        ])
    }
}
