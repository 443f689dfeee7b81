/// The employer view of a scenario: the decisions, the job's months and the figures an employer asks for.
public struct SubsidyResult: Sendable {
    public let scenarioName: String
    public let ruleSet: RuleSetStamp
    public let pinnedDate: Day?
    /// The date whose rules the decisions use: the job's first day unless pinned.
    public let decisionDate: Day
    public let employer: Employer
    public let wageSubsidy: WageSubsidyDecision?
    public let adaptationSubsidy: AdaptationSubsidyDecision?
    /// How the decisions' terms were reached: trace steps and warnings at the decision date.
    public let decision: MonthFigures
    public let firstSimulatedMonth: YearMonth
    public let lastSimulatedMonth: YearMonth
    /// The simulated months in which the job is on.
    public let months: [EmployerMonth]

    public var warnings: [Warning] { decision.warnings + months.flatMap(\.figures.warnings) }

    /// The employer's cost lines, which every month of the job has unless the rules lack a value they need.
    public static let costLines: [AmountLine] = [.employerContributions, .employerWageCost, .employerNetCost]

    /// The cost lines a month lacks: their amounts are unknown, not zero.
    public func unknownLines(in month: EmployerMonth) -> [AmountLine] {
        Self.costLines.filter { month.figures.amount($0) == nil }
    }

    /// The line's total over every month, or `nil` when it is unknown in some month (a sum of the known
    /// months alone would pass for the whole) or no month has it.
    public func completeTotal(_ line: AmountLine) -> Money? {
        if Self.costLines.contains(line), months.contains(where: { unknownLines(in: $0).contains(line) }) { return nil }
        return total(line)
    }

    /// The sum of a line over the months that have it; `nil` when none has.
    public func total(_ line: AmountLine, where include: (YearMonth) -> Bool = { _ in true }) -> Money? {
        let amounts = self.amounts(line, include)
        return amounts.isEmpty ? nil : amounts.sum()
    }

    /// The smallest and largest monthly amount of a line over the job's own months (a month with only extra pay
    /// before or after the job is not a month of the job); `nil` when no month has it.
    public func range(_ line: AmountLine, where include: (YearMonth) -> Bool = { _ in true }) -> ClosedRange<Money>? {
        let amounts = months.filter { include($0.month) && $0.figures.amount(.regularWage) != nil }.compactMap { $0.figures.amount(line) }
        guard let low = amounts.min(), let high = amounts.max() else { return nil }
        return low...high
    }

    private func amounts(_ line: AmountLine, _ include: (YearMonth) -> Bool) -> [Money] {
        months.filter { include($0.month) }.compactMap { $0.figures.amount(line) }
    }

    /// The subsidy period began before the first simulated month (the job started earlier), so totals cover only
    /// part of it.
    public var periodStartsBeforeSimulation: Bool {
        wageSubsidy?.terms.map { $0.first < firstSimulatedMonth } ?? false
    }

    /// The subsidy period runs past the last simulated month, so totals cover only part of it.
    public var periodExtendsBeyondSimulation: Bool {
        wageSubsidy?.terms.map { $0.last > lastSimulatedMonth } ?? false
    }

    /// Compares each expected employer figure with the result, to the cent; the worker's figures are `tuki simulate`'s.
    public func mismatches(against expectations: [Expectation]) -> [ExpectationMismatch] {
        expectations.filter(\.line.isEmployerFigure).compactMap { expectation in
            expectation.mismatch(months.first { $0.month == expectation.month }?.figures.amount(expectation.line))
        }
    }
}

public struct EmployerMonth: Sendable {
    public let month: YearMonth
    /// The date whose rules were used for this month.
    public let asOf: Day
    public let figures: MonthFigures
}
