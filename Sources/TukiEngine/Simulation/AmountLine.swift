/// A named amount in a month's figures ("grossWage"); its term key names it in reports.
public struct AmountLine: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let id: String
    /// Position in tables and JSON, so output order never depends on hashing.
    let order: Int

    public var description: String { id }
    public var termKey: String { "term.line.\(id)" }
    public static func < (lhs: AmountLine, rhs: AmountLine) -> Bool { lhs.order < rhs.order }
    // Each line has its own order, so it identifies the line without hashing the id's text.
    public static func == (lhs: AmountLine, rhs: AmountLine) -> Bool { lhs.order == rhs.order }
    public func hash(into hasher: inout Hasher) { hasher.combine(order) }

    public static let regularWage = AmountLine(id: "regularWage", order: 10)
    public static let extraPay = AmountLine(id: "extraPay", order: 20)
    public static let grossWage = AmountLine(id: "grossWage", order: 30)
    public static let kelaDisabilityPension = AmountLine(id: "kelaDisabilityPension", order: 40)
    public static let guaranteePension = AmountLine(id: "guaranteePension", order: 50)
    public static let earningsRelatedPension = AmountLine(id: "earningsRelatedPension", order: 60)
    public static let disabilityAllowance = AmountLine(id: "disabilityAllowance", order: 70)
    public static let housingAllowance = AmountLine(id: "housingAllowance", order: 80)
    /// Wage and benefits before tax.
    public static let totalIncome = AmountLine(id: "totalIncome", order: 100)
    public static let withheldTax = AmountLine(id: "withheldTax", order: 110)
    /// The employee's pension and unemployment insurance contributions taken from pay.
    public static let payrollContributions = AmountLine(id: "payrollContributions", order: 120)
    public static let netIncome = AmountLine(id: "netIncome", order: 130)

    /// The employer view's lines (`tuki subsidy`).
    public static let eligibleWage = AmountLine(id: "eligibleWage", order: 200)
    public static let wageSubsidy = AmountLine(id: "wageSubsidy", order: 210)
    public static let employerContributions = AmountLine(id: "employerContributions", order: 220)
    public static let employerWageCost = AmountLine(id: "employerWageCost", order: 230)
    /// Wage cost less wage subsidy.
    public static let employerNetCost = AmountLine(id: "employerNetCost", order: 240)
    public static let adaptationSubsidy = AmountLine(id: "adaptationSubsidy", order: 250)

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
