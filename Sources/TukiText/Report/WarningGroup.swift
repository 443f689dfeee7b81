import TukiEngine

/// One warning said once, with the months it applies to merged into periods.
struct WarningGroup {
    let statement: Statement
    let severity: Warning.Severity
    /// Runs of consecutive months; empty for a warning about the whole scenario.
    private(set) var periods: [ClosedRange<YearMonth>]
    /// The values cited by any of the grouped warnings, each once, in order of first citation.
    private(set) var parameters: [ParameterUse]

    /// Groups equal statements in order of first appearance; the same warning from both
    /// variants of a month counts once.
    static func grouping(_ warnings: [Warning]) -> [WarningGroup] {
        var groups: [WarningGroup] = []
        var indexByStatement: [Statement: Int] = [:]
        for warning in warnings {
            let index = indexByStatement[warning.statement] ?? {
                groups.append(WarningGroup(statement: warning.statement, severity: warning.severity, periods: [], parameters: []))
                indexByStatement[warning.statement] = groups.count - 1
                return groups.count - 1
            }()
            groups[index].add(warning)
        }
        return groups
    }

    /// Every month of the periods, oldest first.
    var months: [YearMonth] {
        periods.flatMap { period in
            sequence(first: period.lowerBound) { $0 < period.upperBound ? $0.adding(months: 1) : nil }
        }.sorted()
    }

    private mutating func add(_ warning: Warning) {
        for use in warning.parameters where !parameters.contains(use) { parameters.append(use) }
        guard let month = warning.month else { return }
        if periods.contains(where: { $0.contains(month) }) { return }
        if let last = periods.last, last.upperBound.adding(months: 1) == month {
            periods[periods.count - 1] = last.lowerBound...month
        } else {
            periods.append(month...month)
        }
    }
}
