/// A named amount in a month's figures ("grossWage"); its term key names it in reports.
public struct AmountLine: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let id: String
    /// Place in `all`, which is report order (tables, JSON), so output order never depends on hashing;
    /// a month's amounts are kept in slots at these places.
    let position: Int

    public var description: String { id }
    public var termKey: String { "term.line.\(id)" }
    public static func < (lhs: AmountLine, rhs: AmountLine) -> Bool { lhs.position < rhs.position }
    // Each line has its own position, so it identifies the line without hashing the id's text.
    public static func == (lhs: AmountLine, rhs: AmountLine) -> Bool { lhs.position == rhs.position }
    public func hash(into hasher: inout Hasher) { hasher.combine(position) }

    public static let regularWage = AmountLine(id: "regularWage", position: 0)
    public static let extraPay = AmountLine(id: "extraPay", position: 1)
    public static let grossWage = AmountLine(id: "grossWage", position: 2)
    public static let kelaDisabilityPension = AmountLine(id: "kelaDisabilityPension", position: 3)
    public static let guaranteePension = AmountLine(id: "guaranteePension", position: 4)
    public static let earningsRelatedPension = AmountLine(id: "earningsRelatedPension", position: 5)
    public static let disabilityAllowance = AmountLine(id: "disabilityAllowance", position: 6)
    public static let housingAllowance = AmountLine(id: "housingAllowance", position: 7)
    /// Wage and benefits before tax.
    public static let totalIncome = AmountLine(id: "totalIncome", position: 8)
    public static let withheldTax = AmountLine(id: "withheldTax", position: 9)
    /// The employee's pension and unemployment insurance contributions taken from pay.
    public static let payrollContributions = AmountLine(id: "payrollContributions", position: 10)
    public static let netIncome = AmountLine(id: "netIncome", position: 11)

    /// The pensions: taxed as pension income, counted in housing income, and the benefits with an earnings limit.
    public static let pensions: [AmountLine] = [kelaDisabilityPension, guaranteePension, earningsRelatedPension]

    /// The employer view's lines (`tuki subsidy`).
    public static let eligibleWage = AmountLine(id: "eligibleWage", position: 12)
    public static let wageSubsidy = AmountLine(id: "wageSubsidy", position: 13)
    public static let employerContributions = AmountLine(id: "employerContributions", position: 14)
    public static let employerWageCost = AmountLine(id: "employerWageCost", position: 15)
    /// Wage cost less wage subsidy.
    public static let employerNetCost = AmountLine(id: "employerNetCost", position: 16)
    public static let adaptationSubsidy = AmountLine(id: "adaptationSubsidy", position: 17)

    public static let employerLines: [AmountLine] = [eligibleWage, wageSubsidy, employerContributions, employerWageCost,
                                                     employerNetCost, adaptationSubsidy]
    public static let all: [AmountLine] = [regularWage, extraPay, grossWage, kelaDisabilityPension, guaranteePension,
                                           earningsRelatedPension, disabilityAllowance, housingAllowance, totalIncome, withheldTax,
                                           payrollContributions, netIncome] + employerLines

    /// Computed by the employer view, which alone checks its expected figures.
    public var isEmployerFigure: Bool { AmountLine.employerLines.contains(self) }

    public static func named(_ id: String) -> AmountLine? { all.first { $0.id == id } }
}

/// The calculators' names as readers see them.
public struct CalculatorName: Sendable, Hashable {
    public let id: String
    /// Built once: a stopped calculation's warning names it in every month.
    public let termKey: String

    init(id: String) {
        self.id = id
        termKey = "term.calculator.\(id)"
    }

    public static let wage = CalculatorName(id: "wage")
    public static let kelaPension = CalculatorName(id: "kelaPension")
    public static let guaranteePension = CalculatorName(id: "guaranteePension")
    public static let earningsRelatedPension = CalculatorName(id: "earningsRelatedPension")
    public static let disabilityAllowance = CalculatorName(id: "disabilityAllowance")
    public static let incomeTotal = CalculatorName(id: "incomeTotal")
    public static let tax = CalculatorName(id: "tax")
    public static let housingAllowance = CalculatorName(id: "housingAllowance")
    public static let employerCost = CalculatorName(id: "employerCost")
    public static let wageSubsidy = CalculatorName(id: "wageSubsidy")
    public static let adaptationSubsidy = CalculatorName(id: "adaptationSubsidy")
    public static let employerNetCost = CalculatorName(id: "employerNetCost")
    public static let all = [wage, kelaPension, guaranteePension, earningsRelatedPension, disabilityAllowance, housingAllowance,
                             incomeTotal, tax, employerCost, wageSubsidy, adaptationSubsidy, employerNetCost]
}
