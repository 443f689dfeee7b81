/// Varied 12-month scenarios for benchmarks and load tests: households, municipalities, pensions,
/// working patterns and wages drawn from a fixed seed, so the same index always gives the same scenario.
public struct ScenarioGenerator: Sendable {
    public let seed: UInt64
    public let start: YearMonth

    public init(seed: UInt64 = 2026, start: YearMonth = YearMonth(year: 2026, month: 1)!) {
        self.seed = seed
        self.start = start
    }

    static let municipalities = ["Helsinki", "Joensuu", "Jyväskylä", "Nurmijärvi", "Turku", "Riihimäki", "Oulu"]

    public func scenario(_ index: Int) -> Scenario {
        var random = SplitMix(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let adults = random.pick([1, 1, 1, 2])
        let children = random.pick([0, 0, 0, 1, 2, 3])
        let kela = random.pick([true, true, false])
        let earningsRelated = random.pick([nil, nil, Money(cents: Int64(random.below(150_000)) + 5_000)])
        let pension = earningsRelated.map { monthly in
            Benefits.EarningsRelatedPension(monthly: monthly, kind: random.pick([.full, .partial]), earningsLimit: nil,
                                            establishedEarnings: Money(cents: Int64(random.below(300_000)) + 150_000))
        }
        let pattern: WorkPattern.Shape = random.pick([true, false])
            ? .daysAndHours(daysPerWeek: 1 + random.below(5), hoursPerDay: Hours.whole(Int64(2 + random.below(7))))
            : .weekly(Hours(hundredths: Int64(random.below(3_500)) + 500))
        let pay: Pay = random.pick([true, true, true, false])
            ? .hourly(Money(cents: 1_100 + Int64(random.below(1_500))))
            : .monthly(Money(cents: 50_000 + Int64(random.below(250_000))))
        let housing = random.pick([true, true, false])
            ? Housing(rent: Money(cents: 35_000 + Int64(random.below(80_000))), water: Money(cents: Int64(random.below(5_000))),
                      heating: .zero, ownerOccupied: false, netAssets: nil, allowance: .auto, municipalityGroup: nil, pensionersMunicipalityGroup: nil)
            : nil
        return Scenario(
            name: "generated \(index + 1)", start: start, months: 12,
            person: Person(birthYear: 1962 + random.below(45), municipality: random.pick(Self.municipalities),
                           churchMember: random.pick([true, false])),
            household: Household(adults: adults, children: children,
                                 partnerMonthlyIncome: adults == 2 ? Money(cents: Int64(random.below(300_000))) : .zero),
            benefits: Benefits(kelaDisabilityPension: kela ? .fromRules : nil, earningsRelatedPension: pension,
                               disabilityAllowance: random.pick(Benefits.DisabilityAllowance.allCases)),
            housing: housing,
            job: Job(start: start.adding(months: random.below(4)), end: nil, pattern: WorkPattern(shape: pattern, weekdays: nil), pay: pay,
                     calendar: random.pick([.average, .actual]), extraPay: [], employer: nil),
            tax: .standard, expectations: [])
    }

    /// `count` generated scenarios as batch entries, made one at a time as they are read.
    public func items(count: Int) -> some IteratorProtocol<BatchItem> {
        var index = 0
        return AnyIterator {
            guard index < count else { return nil }
            defer { index += 1 }
            return BatchItem.scenario(source: "generated:\(index + 1)", self.scenario(index))
        }
    }
}

/// A small, fast, seeded random number generator (SplitMix64), so generated scenarios are reproducible.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }
}
