/// What the job costs the employer after wage subsidy (the adaptation subsidy offsets its own costs, not the wage).
public struct EmployerNetCostCalculator: Calculator {
    public init() {}
    public var name: CalculatorName { .employerNetCost }
    public var reads: [CalculatorRequirement.Read] { [] }

    public func compute(_ context: inout MonthContext) {
        guard let employer = context.payingJob?.employer, let cost = context.figures[.employerWageCost] else { return }
        let subsidy: Money
        if employer.appliesForWageSubsidy && context.activeJob != nil {
            // Applied for but not computable (no type, or a figure unknown): the net cost is unknown too.
            guard let computed = context.figures[.wageSubsidy] else { return }
            subsidy = computed
        } else {
            subsidy = .zero
        }
        context.set(.employerNetCost, cost - subsidy)
        context.record(EmployerCostMessages.netCost,
                       ["cost": .money(cost), "subsidy": .money(subsidy), "net": .money(cost - subsidy)])
    }
}
