import Foundation
import TukiEngine
import TukiText

/// Realistic values for each argument name, so every message can be formatted in tests.
///
/// A name not listed here gets a count when a catalog uses it in `plural` or `number`,
/// and text otherwise; list it here when its real kind matters.
enum SampleValues {
    static func statement(for kind: MessageKind) -> Statement {
        Statement(kind, Dictionary(uniqueKeysWithValues: kind.arguments.map { ($0, value(for: $0, in: kind)) }))
    }

    static func value(for argument: String, in kind: MessageKind) -> TraceValue {
        if let value = overrides[kind.id]?[argument] ?? byName[argument] { return value }
        return usedAsNumber(argument, in: kind) ? .count(3) : .text("sample")
    }

    private static let byName: [String: TraceValue] = [
        "problem": .text("mapping values are not allowed here"),
        "key": .text("hourlyWag"),
        "allowed": .text("hourlyWage, monthlySalary"),
        "found": .text("abc"),
        "expected": .term(ValueTerm.amount.key),
        "minimum": .text("1"),
        "maximum": .text("7"),
        "date": .day(Day(year: 2026, month: 2, day: 1)!),
        "previous": .money(.euros(20_000)),
        "from": .money(.euros(10_000)),
        "unit": .text("EUR/month"),
        "type": .text("scale"),
        "keys": .text("municipalityGroup × householdSize"),
        "depth": .count(2),
        "parameter": .text("tax.state.scale"),
        "otherFile": .text("Rules/tax/state.yaml"),
        "property": .text("type/unit/keys"),
        "start": .month(YearMonth(year: 2026, month: 3)!),
        "end": .month(YearMonth(year: 2026, month: 1)!),
        "month": .month(YearMonth(year: 2027, month: 1)!),
        "first": .month(YearMonth(year: 2026, month: 1)!),
        "last": .month(YearMonth(year: 2026, month: 12)!),
        "options": .text("hourlyWage, monthlySalary"),
        "daysPerWeek": .count(3),
        "weekdays": .count(2),
        "calculator": .term(CalculatorName.wage.termKey),
        "calculators": .text("Palkka, Vero"),
        "scenario": .text("Saara, 3 × 5 h"),
        "version": .text("2026.1"),
        "digest": .text("3f2a9c0d1e7b"),
        "file": .text("reforms/limit.yaml"),
        "line": .term(AmountLine.grossWage.termKey),
        "variant": .term("term.variant.withJob"),
        "actual": .money(Money(cents: 80_599)),
        "count": .count(4),
        "rate": .rate(Rate(exactly: "0.1264")!),
        "earlier": .day(Day(year: 2025, month: 1, day: 1)!),
        "later": .day(Day(year: 2026, month: 1, day: 1)!),
        "weeklyHours": .hours(.whole(20)),
        "monthlyHours": .hours(Hours(hundredths: 8667)),
        "hoursPerDay": .hours(Hours(hundredths: 750)),
        "hours": .hours(Hours(hundredths: 15000)),
        "hourlyWage": .money(Money(cents: 1250)),
        "monthlyWage": .money(Money(cents: 187_500)),
        "grossWage": .money(Money(cents: 212_500)),
        "amount": .money(.euros(250)),
        "days": .count(20),
        "workingDays": .count(20),
        "holiday": .term(FinnishHoliday.independenceDay.termKey),
        "kind": .term(ExtraPayKind.holidayBonus.termKey),
        "input": .term(ScenarioInput.housing.termKey),
        "household": .term("term.household.alone"),
        "reason": .term("term.lookup.unknown"),
        "benefit": .term("term.benefit.adultDisabilityAllowance"),
        "level": .term("term.allowance.basic"),
        "earnings": .money(Money(cents: 100_750)),
        "limit": .money(Money(cents: 97_659)),
        "threshold": .money(Money(cents: 6_562)),
        "reduction": .money(Money(cents: 16_719)),
        "full": .money(Money(cents: 77_570)),
        "pensions": .money(Money(cents: 77_570)),
        "established": .money(Money(cents: 250_000)),
        "earningsRelated": .money(Money(cents: 40_000)),
        "total": .money(Money(cents: 190_000)),
        "months": .count(2),
        "monthsAllowed": .count(3),
        "minimumRest": .count(3),
        "maximumRest": .count(24),
        "field": .text("job.employer.wageSubsidy.economicDismissals"),
        "share": .rate(Rate(exactly: "0.65")!),
        "sectorHours": .hours(Hours(hundredths: 3825)),
        "ceiling": .hours(Hours(hundredths: 2486)),
        "birthYear": .text("1968"),
        "year": .text("2024"),
        "required": .count(24),
        "window": .count(28),
        "ended": .month(YearMonth(year: 2022, month: 5)!),
        "cap": .money(.euros(1770)),
        "eligibleWage": .money(Money(cents: 80_600)),
        "uncapped": .money(.euros(2100)),
        "unemployedMonths": .count(14),
        "longMonths": .count(10),
        "renewals": .count(1),
        "renewalMonths": .count(24),
        "contribution": .term(EmployerContribution.pension.termKey),
        "wage": .money(.euros(2500)),
        "contributions": .money(.euros(501)),
        "cost": .money(.euros(3001)),
        "net": .money(.euros(1251)),
        "subsidy": .money(.euros(1750)),
        "payroll": .money(.euros(800_000)),
        "hourly": .money(.euros(20)),
        "paidHours": .hours(.whole(20)),
        "maxHours": .count(20),
        "maxMonths": .count(18),
        "outcome": .term(Eligibility.Outcome.open.termKey),
        "met": .count(5),
        "notMet": .count(0),
        "unknown": .count(1),
        "command": .text("tuki subsidy"),
    ]

    /// Where one name carries a different kind of value in one message.
    private static let overrides: [String: [String: TraceValue]] = [
        "error.unsorted_dates": ["previous": .day(Day(year: 2026, month: 3, day: 1)!)],
        "report.expectation_mismatch": ["expected": .money(Money(cents: 80_600))],
        "pension.earnings_related.paid": ["kind": .term("term.pension.full")],
        "report.expectation_missing": ["expected": .money(Money(cents: 80_600))],
        "subsidy.terms.rate_and_cap": ["type": .term(WageSubsidyType.reducedCapacity.termKey)],
        "subsidy.duration.fixed": ["type": .term(WageSubsidyType.age55.termKey)],
        "subsidy.duration.skills_gap_short": ["threshold": .count(12), "months": .count(5)],
        "subsidy.duration.skills_gap_long": ["threshold": .count(12), "months": .count(10)],
        "subsidy.duration.skills_gap_unknown": ["threshold": .count(12), "months": .count(5)],
        "subsidy.duration.reduced_capacity": ["first": .count(10), "months": .count(34)],
        "subsidy.condition.employer_kind.met": ["kind": .term(Employer.Kind.company.termKey)],
        "subsidy.condition.employer_kind.excluded": ["kind": .term(Employer.Kind.privateHousehold.termKey)],
        "subsidy.condition.employer_kind.not_non_profit": ["kind": .term(Employer.Kind.company.termKey)],
        "warning.subsidy_conditions_open": ["subsidy": .term("term.subsidy.wage")],
        "subsidy_report.conditions": ["subsidy": .term("term.subsidy.wage")],
        "subsidy_report.subsidy_per_month": ["amount": .text("564,20 €"), "months": .count(10)],
        "subsidy_report.wage_cost": ["amount": .text("968,88 €")],
        "subsidy_report.net_cost_during": ["amount": .text("404,68 €")],
        "subsidy_report.net_cost_after": ["amount": .text("968,88 €")],
        "subsidy_report.net_cost": ["amount": .text("968,88 €")],
        "employer.unemployment_upper": ["limit": .money(.euros(2_509_500))],
        "employer.unemployment_lower": ["limit": .money(.euros(2_509_500))],
    ]

    private static func usedAsNumber(_ argument: String, in kind: MessageKind) -> Bool {
        Language.allCases.contains { language in
            let pattern = MessageCatalog(language: language)[kind.id] ?? ""
            return ["plural", "selectordinal", "number"].contains { style in
                pattern.replacingOccurrences(of: " ", with: "").contains("{\(argument),\(style)")
            }
        }
    }
}
