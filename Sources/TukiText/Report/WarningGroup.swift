import TukiEngine

/// One warning said once, with the months it applies to merged into periods.
struct WarningGroup {
    let statement: Statement
    /// Runs of consecutive months; empty for a warning about the whole scenario.
    var periods: [ClosedRange<YearMonth>]

    /// Groups equal statements in order of first appearance; the same warning from both
    /// variants of a month counts once.
    static func grouping(_ warnings: [Warning]) -> [WarningGroup] {
        var groups: [WarningGroup] = []
        for warning in warnings {
            let index = groups.firstIndex { $0.statement == warning.statement }
                ?? { groups.append(WarningGroup(statement: warning.statement, periods: [])); return groups.count - 1 }()
            guard let month = warning.month else { continue }
            groups[index].add(month)
        }
        return groups
    }

    private mutating func add(_ month: YearMonth) {
        if periods.contains(where: { $0.contains(month) }) { return }
        if let last = periods.last, last.upperBound.adding(months: 1) == month {
            periods[periods.count - 1] = last.lowerBound...month
        } else {
            periods.append(month...month)
        }
    }
}
