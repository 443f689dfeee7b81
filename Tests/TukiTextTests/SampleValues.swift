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
        "input": .term(ScenarioInput.employer.termKey),
        "household": .term("term.household.alone"),
        "stopped": .text("Kelan eläke"),
        "gain": .money(Money(cents: 55_000)),
        "rent": .money(Money(cents: 52_645)),
        "water": .money(Money(cents: 2_000)),
        "heating": .money(.zero),
        "ceiling": .money(Money(cents: 44_700)),
        "counted": .money(Money(cents: 44_700)),
        "income": .money(Money(cents: 79_975)),
        "rounded": .money(Money(cents: 80_000)),
        "coefficient": .rate(Rate(exactly: "0.50")!),
        "adults": .count(1),
        "children": .count(0),
        "deductible": .money(Money(cents: 1_950)),
        "computed": .money(Money(cents: 840)),
        "share": .rate(Rate(exactly: "0.70")!),
        "basic": .money(Money(cents: 61_042)),
        "additional": .money(Money(cents: 9_300)),
        "group": .text("3"),
        "before": .money(Money(cents: 80_000)),
        "after": .money(Money(cents: 160_600)),
        "year": .text("2026"),
        "wage": .money(Money(cents: 1_800_000)),
        "pension": .money(Money(cents: 930_000)),
        "base": .money(Money(cents: 1_561_740)),
        "stateTax": .money(Money(cents: 169_323)),
        "remaining": .money(.zero),
        "excess": .money(Money(cents: 154_677)),
        "credit": .money(Money(cents: 324_000)),
        "municipality": .text("Joensuu"),
        "municipal": .money(.zero),
        "medicalCare": .money(.zero),
        "church": .money(.zero),
        "taxes": .money(Money(cents: 21_090)),
        "tax": .money(Money(cents: 287_500)),
        "contributions": .money(Money(cents: 147_420)),
        "net": .money(Money(cents: 1_631_490)),
        "withheld": .money(Money(cents: 6_000)),
        "baseRate": .rate(Rate(exactly: "0.0215")!),
        "additionalRate": .rate(Rate(exactly: "0.38")!),
        "pensionRate": .rate(Rate(exactly: "0.10")!),
        "incomeLimit": .money(Money(cents: 1_000_000)),
        "withinLimit": .money(Money(cents: 50_000)),
        "overLimit": .money(Money(cents: 30_600)),
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
    ]

    /// Where one name carries a different kind of value in one message.
    private static let overrides: [String: [String: TraceValue]] = [
        "error.unsorted_dates": ["previous": .day(Day(year: 2026, month: 3, day: 1)!)],
        "report.expectation_mismatch": ["expected": .money(Money(cents: 80_600))],
        "report.tax_year": ["balance": .text("jäännösveroa 12,00 €.")],
        "report.tax_year_keeping_card": ["balance": .text("veronpalautusta 3,00 €.")],
        "pension.earnings_related.paid": ["kind": .term("term.pension.full")],
        "report.expectation_missing": ["expected": .money(Money(cents: 80_600))],
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
