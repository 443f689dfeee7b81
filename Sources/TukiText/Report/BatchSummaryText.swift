import TukiEngine

/// The end of a batch run in words, in the reader's language: counts, whether the expected figures
/// matched, and with an overlay who gains and loses and by how much.
public struct BatchSummaryText: Sendable {
    let formatter: TextFormatter

    public init(formatter: TextFormatter) { self.formatter = formatter }

    public func render(_ tally: BatchTally, reform: ReformSummary?, overlay: String?) -> String {
        var lines = [formatter.say(BatchMessages.counts, ["ran": .count(tally.ran), "failed": .count(tally.failed),
                                                          "skipped": .count(tally.skipped)])]
        if tally.netUnknown > 0 { lines.append(formatter.say(BatchMessages.netUnknown, ["count": .count(tally.netUnknown)])) }
        if tally.mismatches > 0 {
            lines.append(formatter.say(BatchMessages.mismatches, ["count": .count(tally.mismatches),
                                                                  "scenarios": .count(tally.scenariosWithMismatches)]))
        } else if tally.scenariosWithExpectations > 0 {
            lines.append(formatter.say(BatchMessages.passed, ["count": .count(tally.scenariosWithExpectations)]))
        }
        if let reform { lines += self.reform(reform, overlay: overlay ?? "") }
        return lines.joined(separator: "\n")
    }

    private func reform(_ reform: ReformSummary, overlay: String) -> [String] {
        var lines = [
            "",
            formatter.say(BatchMessages.reformHeading, ["overlay": .text(overlay)]),
            formatter.say(BatchMessages.reformCounts, ["gain": .count(reform.gain), "lose": .count(reform.lose),
                                                       "unchanged": .count(reform.unchanged), "unknown": .count(reform.unknown)]),
        ]
        if let average = reform.averageGain {
            lines.append(formatter.say(BatchMessages.reformGain, ["count": .count(reform.gain), "average": .money(average),
                                                                  "largest": .money(reform.largestGain)]))
        }
        if let average = reform.averageLoss {
            lines.append(formatter.say(BatchMessages.reformLoss, ["count": .count(reform.lose), "average": .money(average),
                                                                  "largest": .money(reform.largestLoss)]))
        }
        lines.append(formatter.say(BatchMessages.reformBands))
        for (band, count) in zip(ReformSummary.bands, reform.bandCounts) {
            switch (band.lower, band.upper) {
            case let (nil, upper?): lines.append(formatter.say(BatchMessages.bandBelow, ["upper": .money(upper), "count": .count(count)]))
            case let (lower?, nil): lines.append(formatter.say(BatchMessages.bandAbove, ["lower": .money(lower), "count": .count(count)]))
            case let (lower?, upper?) where lower == upper: lines.append(formatter.say(BatchMessages.bandZero, ["count": .count(count)]))
            case let (lower?, upper?):
                lines.append(formatter.say(BatchMessages.bandBetween, ["lower": .money(lower), "upper": .money(upper), "count": .count(count)]))
            case (nil, nil): break
            }
        }
        return lines
    }
}
