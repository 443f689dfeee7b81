/// Reads a scenario from YAML or JSON text, rejecting unknown fields and impossible values.
public enum ScenarioDecoder {
    public static func decode(_ text: String, file: String) throws(InputError) -> Scenario {
        let root = try YAMLDocument.parse(text, file: file)
        // After decoding, so a misspelt key is named as unknown even when its value is empty.
        let scenario: Scenario
        do { scenario = try decode(root: root) } catch { throw root.emptyInsteadOfMissing(error) }
        try root.rejectEmptyValues()
        return scenario
    }

    /// Reads a scenario from a node tree, parsed from a file or built from a CSV row.
    static func decode(root: YAMLNode) throws(InputError) -> Scenario {
        let fields = try root.fields(allowed: ["name", "description", "start", "months", "person", "household",
                                               "benefits", "housing", "job", "tax", "expect"],
                                     required: ["name", "start", "person"])
        let start = try fields.required("start").yearMonth()
        let months = try fields["months"]?.int(in: ScenarioLimits.months) ?? 12
        let lastMonth = start.adding(months: months - 1)
        if lastMonth > YAMLNode.scenarioMonths.upperBound {
            // Every month simulated stays in the range a month may be given in (2199-10 with 12 months ran into 2200).
            let node = if let months = fields["months"] { months } else { try fields.required("start") }
            throw node.error(InputMessages.monthsPastCalendar, ["last": .month(lastMonth), "maximum": .month(YAMLNode.scenarioMonths.upperBound)])
        }
        return Scenario(
            name: try fields.required("name").string(),
            start: start,
            months: months,
            person: try person(try fields.required("person")),
            household: try fields["household"].map { node throws(InputError) in try household(node) }
                ?? Household(adults: 1, children: 0, partnerMonthlyIncome: .zero),
            benefits: try fields["benefits"].map { node throws(InputError) in try benefits(node) } ?? .none,
            housing: try fields["housing"].map { node throws(InputError) in try housing(node) },
            job: try fields["job"].map { node throws(InputError) in try job(node, simulated: start...lastMonth) },
            tax: try fields["tax"].map { node throws(InputError) in try tax(node) } ?? .standard,
            expectations: try fields["expect"].map { node throws(InputError) in
                try expectations(node, first: start, last: lastMonth)
            } ?? []
        )
    }

    private static func tax(_ node: YAMLNode) throws(InputError) -> TaxSettings {
        let fields = try node.fields(allowed: ["revisedCard", "currentCard"])
        let card = try fields["currentCard"].map { cardNode throws(InputError) -> TaxCard in
            let card = try cardNode.fields(allowed: ["basePercent", "incomeLimit", "additionalPercent", "pensionPercent"],
                                           required: ["basePercent", "incomeLimit", "additionalPercent"])
            return TaxCard(baseRate: try card.required("basePercent").percent(),
                           incomeLimit: try nonNegative(try card.required("incomeLimit")),
                           additionalRate: try card.required("additionalPercent").percent(),
                           pensionRate: try card["pensionPercent"]?.percent() ?? .zero)
        }
        return TaxSettings(revisedCard: try fields["revisedCard"]?.bool() ?? true, currentCard: card)
    }

    private static func person(_ node: YAMLNode) throws(InputError) -> Person {
        let fields = try node.fields(allowed: ["birthYear", "municipality", "churchMember"], required: ["birthYear"])
        return Person(birthYear: try fields.required("birthYear").int(in: ScenarioLimits.birthYear),
                      municipality: try fields["municipality"]?.string(),
                      churchMember: try fields["churchMember"]?.bool() ?? false)
    }

    private static func household(_ node: YAMLNode) throws(InputError) -> Household {
        let fields = try node.fields(allowed: ["adults", "children", "partnerMonthlyIncome"])
        let adults = try fields["adults"]?.int(in: ScenarioLimits.adults) ?? 1
        let partnerIncome = try fields["partnerMonthlyIncome"].map { income throws(InputError) in try nonNegative(income) } ?? .zero
        // A partner's income with one adult was counted by the housing allowance of someone said to live alone.
        if partnerIncome > .zero, adults < 2, let incomeNode = fields["partnerMonthlyIncome"] {
            throw incomeNode.error(InputMessages.partnerWithoutPartner)
        }
        return Household(adults: adults, children: try fields["children"]?.int(in: ScenarioLimits.children) ?? 0,
                         partnerMonthlyIncome: partnerIncome)
    }

    private static func benefits(_ node: YAMLNode) throws(InputError) -> Benefits {
        let fields = try node.fields(allowed: ["kelaDisabilityPension", "earningsRelatedPension", "guaranteePension",
                                               "disabilityAllowance"])
        let earningsRelated = try fields["earningsRelatedPension"].map { pension throws(InputError) in
            let pensionFields = try pension.fields(allowed: ["monthly", "kind", "earningsLimit", "establishedEarnings"],
                                                   required: ["monthly"])
            return Benefits.EarningsRelatedPension(
                monthly: try nonNegative(try pensionFields.required("monthly")),
                kind: try pensionFields["kind"].map { kind throws(InputError) in try choice(kind, Benefits.EarningsRelatedPension.Kind.self) } ?? .full,
                earningsLimit: try pensionFields["earningsLimit"].map { limit throws(InputError) in try nonNegative(limit) },
                establishedEarnings: try pensionFields["establishedEarnings"].map { earnings throws(InputError) in try nonNegative(earnings) })
        }
        let allowance = try fields["disabilityAllowance"].map { node throws(InputError) in try disabilityAllowance(node) }
        let kela = try fields["kelaDisabilityPension"].map { node throws(InputError) in try kelaPension(node) } ?? nil
        let guarantee = try fields["guaranteePension"].map { node throws(InputError) in
            try node.fields(allowed: ["monthly", "earningsLimit"])
        }
        let benefits = Benefits(kelaDisabilityPension: kela, earningsRelatedPension: earningsRelated,
                                disabilityAllowance: allowance?.level ?? .none,
                                guaranteePensionMonthly: try guarantee?["monthly"].map { node throws(InputError) in try nonNegative(node) },
                                guaranteeEarningsLimit: try guarantee?["earningsLimit"].map { node throws(InputError) in try nonNegative(node) },
                                disabilityAllowanceMonthly: allowance?.monthly)
        if guarantee != nil, !benefits.receivesDisabilityPension, let node = fields["guaranteePension"] {
            throw node.declarationError(InputMessages.guaranteeWithoutPension)
        }
        return benefits
    }

    /// A level (`basic`), or a mapping with the level and the amount on the person's decision.
    private static func disabilityAllowance(_ node: YAMLNode) throws(InputError)
        -> (level: Benefits.DisabilityAllowance, monthly: Money?) {
        if case .scalar = node.node { return (try choice(node, Benefits.DisabilityAllowance.self), nil) }
        let fields = try node.fields(allowed: ["level", "monthly"], required: ["level"])
        let level = try choice(try fields.required("level"), Benefits.DisabilityAllowance.self)
        let monthly = try fields["monthly"].map { amount throws(InputError) in try nonNegative(amount) }
        if monthly != nil, level == .none, let amountNode = fields["monthly"] { throw amountNode.error(InputMessages.allowanceWithoutLevel) }
        return (level, monthly)
    }

    /// `true`, `false`, or a mapping with the amounts on the person's decision.
    private static func kelaPension(_ node: YAMLNode) throws(InputError) -> Benefits.KelaPension? {
        if case .scalar = node.node { return try node.bool() ? .fromRules : nil }
        let fields = try node.fields(allowed: ["monthly", "earningsLimit", "blindOrUnableToMove"])
        return Benefits.KelaPension(
            monthly: try fields["monthly"].map { amount throws(InputError) in try nonNegative(amount) },
            earningsLimit: try fields["earningsLimit"].map { limit throws(InputError) in try nonNegative(limit) },
            blindOrUnableToMove: try fields["blindOrUnableToMove"]?.bool() ?? false)
    }

    private static func housing(_ node: YAMLNode) throws(InputError) -> Housing {
        let fields = try node.fields(allowed: ["rent", "water", "heating", "ownerOccupied", "netAssets", "allowance",
                                               "municipalityGroup", "pensionersMunicipalityGroup"])
        let allowance = try fields["allowance"].map { allowance throws(InputError) in try choice(allowance, Housing.Allowance.self) } ?? .auto
        // The rent matters only to a housing allowance: without one it may be left out.
        let rent = allowance == .none && fields["rent"] == nil ? Money.zero : try nonNegative(try fields.required("rent"))
        return Housing(rent: rent,
                       water: try fields["water"].map { water throws(InputError) in try nonNegative(water) } ?? .zero,
                       heating: try fields["heating"].map { heating throws(InputError) in try nonNegative(heating) } ?? .zero,
                       ownerOccupied: try fields["ownerOccupied"]?.bool() ?? false,
                       netAssets: try fields["netAssets"]?.money(),
                       allowance: allowance,
                       municipalityGroup: try fields["municipalityGroup"].map { group throws(InputError) in
                           try oneOf(group, ["1", "2", "3", "4"]) },
                       pensionersMunicipalityGroup: try fields["pensionersMunicipalityGroup"].map { group throws(InputError) in
                           try oneOf(group, ["I", "II", "III"]) })
    }

    private static func job(_ node: YAMLNode, simulated: ClosedRange<YearMonth>) throws(InputError) -> Job {
        let fields = try node.fields(allowed: ["start", "end", "pattern", "hourlyWage", "monthlySalary", "calendar",
                                               "extraPay", "employer"],
                                     required: ["pattern"])
        let start = try fields["start"]?.yearMonth() ?? simulated.lowerBound
        let end = try fields["end"]?.yearMonth()
        if let end, end < start, let endNode = fields["end"] {
            throw endNode.error(InputMessages.endBeforeStart, ["start": .month(start), "end": .month(end)])
        }
        let pay: Pay
        switch (fields["hourlyWage"], fields["monthlySalary"]) {
        case let (hourly?, nil): pay = .hourly(try nonNegative(hourly))
        case let (nil, monthly?): pay = .monthly(try nonNegative(monthly))
        default: throw node.error(InputMessages.chooseOne, ["options": .text("hourlyWage, monthlySalary")])
        }
        return Job(
            start: start, end: end,
            pattern: try pattern(try fields.required("pattern")),
            pay: pay,
            calendar: try fields["calendar"].map { calendar throws(InputError) in try choice(calendar, CalendarMode.self) } ?? .average,
            extraPay: try fields["extraPay"].map { list throws(InputError) in try extraPay(list) } ?? [],
            employer: try fields["employer"].map { employer throws(InputError) in
                let first = max(start, simulated.lowerBound), last = min(end ?? simulated.upperBound, simulated.upperBound)
                return try self.employer(employer, jobStart: start, jobMonths: first <= last ? first...last : nil)
            })
    }

    private static func pattern(_ node: YAMLNode) throws(InputError) -> WorkPattern {
        let fields = try node.fields(allowed: ["daysPerWeek", "hoursPerDay", "hoursPerWeek", "weekdays"])
        let shape: WorkPattern.Shape
        switch (fields["daysPerWeek"], fields["hoursPerDay"], fields["hoursPerWeek"]) {
        case let (days?, hours?, nil):
            shape = .daysAndHours(daysPerWeek: try days.int(in: ScenarioLimits.daysPerWeek),
                                 hoursPerDay: try hoursBetween(hours, ScenarioLimits.hoursPerDay.lowerBound, ScenarioLimits.hoursPerDay.upperBound))
        case let (nil, nil, weekly?):
            shape = .weekly(try hoursBetween(weekly, ScenarioLimits.hoursPerWeek.lowerBound, ScenarioLimits.hoursPerWeek.upperBound))
        default:
            throw node.error(InputMessages.chooseOne, ["options": .text("daysPerWeek + hoursPerDay, hoursPerWeek")])
        }
        var weekdays: [Weekday]?
        if let list = fields["weekdays"] {
            var days: [Weekday] = []
            for item in try list.sequence() {
                let name = try item.string()
                guard let day = Weekday(rawValue: name) else {
                    throw item.error(InputMessages.unknownChoice, ["found": .text(name),
                                                                "allowed": .text(Weekday.allCases.map(\.rawValue).joined(separator: ", "))])
                }
                guard !days.contains(day) else { throw item.error(InputMessages.duplicateWeekday, ["weekday": .text(name)]) }
                days.append(day)
            }
            if case let .daysAndHours(daysPerWeek, _) = shape, daysPerWeek != days.count {
                throw list.error(InputMessages.weekdaysCount, ["daysPerWeek": .count(daysPerWeek), "weekdays": .count(days.count)])
            }
            weekdays = days
        }
        return WorkPattern(shape: shape, weekdays: weekdays)
    }

    private static func extraPay(_ node: YAMLNode) throws(InputError) -> [ExtraPay] {
        var payments: [ExtraPay] = []
        for item in try node.sequence() {
            let fields = try item.fields(allowed: ["month", "kind", "amount"], required: ["month", "kind", "amount"])
            payments.append(ExtraPay(month: try fields.required("month").yearMonth(),
                                     kind: try choice(try fields.required("kind"), ExtraPayKind.self),
                                     amount: try nonNegative(try fields.required("amount"))))
        }
        return payments
    }

    private static func expectations(_ node: YAMLNode, first: YearMonth, last: YearMonth) throws(InputError) -> [Expectation] {
        var expectations: [Expectation] = []
        let allowed = AmountLine.all.flatMap { $0.isEmployerFigure ? [$0.id] : [$0.id, "baseline.\($0.id)"] }
        for (key, monthNode) in try node.mapping() {
            guard let month = YearMonth(iso: key) else {
                throw monthNode.error(InputMessages.expected, ["expected": .term(ValueTerm.month.key), "found": .text(key)])
            }
            guard month >= first && month <= last else {
                throw monthNode.error(InputMessages.monthOutsideSimulation, ["month": .month(month), "first": .month(first), "last": .month(last)])
            }
            for (name, amountNode) in try monthNode.mapping() {
                let isBaseline = name.hasPrefix("baseline.")
                guard let line = AmountLine.named(isBaseline ? String(name.dropFirst("baseline.".count)) : name),
                      !(isBaseline && line.isEmployerFigure) else {
                    throw amountNode.error(InputMessages.unknownExpectation, ["key": .text(name), "allowed": .text(allowed.joined(separator: ", "))])
                }
                expectations.append(Expectation(month: month, variant: isBaseline ? .baseline : .withJob, line: line,
                                                amount: try amountNode.money(), fileLine: amountNode.line))
            }
        }
        return expectations
    }

    private static func oneOf(_ node: YAMLNode, _ allowed: [String]) throws(InputError) -> String {
        let value = try node.string()
        guard allowed.contains(value) else {
            throw node.error(InputMessages.unknownChoice, ["found": .text(value), "allowed": .text(allowed.joined(separator: ", "))])
        }
        return value
    }

    static func nonNegative(_ node: YAMLNode) throws(InputError) -> Money {
        try node.money(mayBeNegative: false)
    }

    static func hoursBetween(_ node: YAMLNode, _ minimum: Hours, _ maximum: Hours) throws(InputError) -> Hours {
        let hours = try node.hours()
        guard hours >= minimum && hours <= maximum else {
            throw node.outOfRange(.hours(hours), minimum: .hours(minimum), maximum: .hours(maximum))
        }
        return hours
    }

    static func choice<Choice: RawRepresentable & CaseIterable>(_ node: YAMLNode, _: Choice.Type) throws(InputError) -> Choice
    where Choice.RawValue == String {
        let name = try node.string()
        guard let value = Choice(rawValue: name) else {
            throw node.error(InputMessages.unknownChoice, ["found": .text(name),
                                                           "allowed": .text(Choice.allCases.map(\.rawValue).joined(separator: ", "))])
        }
        return value
    }
}
