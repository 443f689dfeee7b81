import TukiEngine

/// A sweep as a text table with its conclusions, as CSV, and as JSON.
public struct SweepReport: Sendable {
    let formatter: TextFormatter

    public init(formatter: TextFormatter) { self.formatter = formatter }

    public func text(_ sweep: SweepResult, scenarioName: String) -> String {
        let axis = SweepAxisText(formatter: formatter, axis: sweep.axis)
        var table = TextTable(header: header(sweep), figureColumns: [0, 1, 2, 3, 4, 5])
        table.rows = rows(sweep)
        let title = formatter.say(axis.message(SweepMessages.title, SweepMessages.titleWage), ["scenario": .text(scenarioName)])
        return ([title, "", table.render(), ""] + conclusions(sweep))
            .joined(separator: "\n") + "\n"
    }

    /// The table's column titles: hours (or hourly wage), wage, net without and with the job, gain, marginal rate, notes.
    public func header(_ sweep: SweepResult) -> [String] {
        let axis = SweepAxisText(formatter: formatter, axis: sweep.axis)
        return [
            formatter.say(axis.message(SweepMessages.hoursColumn, SweepMessages.hourlyWageColumn)),
            formatter.say(SweepMessages.wageColumn), formatter.say(SweepMessages.netWithoutColumn),
            formatter.say(SweepMessages.netWithColumn), formatter.say(SweepMessages.gainColumn), formatter.say(SweepMessages.marginalColumn),
            formatter.say(SweepMessages.notesColumn),
        ]
    }

    /// A row a point, its cells formatted.
    public func rows(_ sweep: SweepResult) -> [[String]] {
        let axis = SweepAxisText(formatter: formatter, axis: sweep.axis)
        return sweep.points.enumerated().map { index, point in
            let gain = point.net.flatMap { net in point.baseline[.netIncome].map { net - $0 } }
            return [
                axis.label(point), formatter.money(point.grossWage),
                point.baseline[.netIncome].map(formatter.money) ?? "–", point.net.map(formatter.money) ?? "–",
                gain.map(formatter.money) ?? "–", sweep.effectiveMarginalRate(at: index).map { formatter.percent($0.roundedToPercentDecimals(1)) } ?? "–",
                notes(point, previous: index > 0 ? sweep.points[index - 1] : nil),
            ]
        }
    }

    public func conclusions(_ sweep: SweepResult) -> [String] {
        let axis = SweepAxisText(formatter: formatter, axis: sweep.axis)
        func say(_ hours: MessageKind, _ wage: MessageKind, _ point: SweepPoint, _ values: StatementValues) -> String {
            let (name, value) = axis.argument(point)
            return formatter.say(axis.message(hours, wage), values.merging([name: value]) { first, _ in first })
        }
        var lines: [String] = []
        if let scaled = sweep.scaledSalary {
            lines.append(formatter.say(SweepMessages.salaryScaled, ["salary": .money(scaled.salary), "hours": .hours(scaled.weeklyHours)]))
        }
        if let salary = sweep.replacedSalary {
            lines.append(formatter.say(sweep.axis == .hourlyWage ? SweepMessages.salaryReplaced : SweepMessages.salaryNotScaled,
                                       ["salary": .money(salary)]))
        }
        if !sweep.unknownBenefits.isEmpty {
            lines.append(formatter.say(SweepMessages.benefitsUnknown, [
                "benefits": .text(sweep.unknownBenefits.map { formatter.term(SweepMessages.benefitInSentence($0)) }.joined(separator: ", ")),
            ]))
        } else if !sweep.hasBenefitsToLose {
            lines.append(formatter.say(SweepMessages.noBenefits))
        } else if let safe = sweep.bestSafe {
            lines.append(say(SweepMessages.bestSafe, SweepMessages.bestSafeWage, safe, ["wage": .money(safe.grossWage)]))
            if let busier = sweep.busierMonthUnknown {
                lines.append(formatter.say(SweepMessages.busyMonthsPartlyChecked, ["checkedDays": .count(busier.mostChecked),
                                                                                   "month": .month(busier.month), "days": .count(busier.workingDays)]))
            } else if sweep.checksBusyMonths {
                lines.append(formatter.say(SweepMessages.busyMonthsChecked))
            }
            if sweep.axis == .weeklyHours, let next = sweep.points.first(where: { $0.weeklyHours > safe.weeklyHours }),
               next.weeklyHours.hundredths - safe.weeklyHours.hundredths > 100 {
                lines.append(formatter.say(SweepMessages.stepBeyondSafe, ["next": .hours(next.weeklyHours)]))
            }
        } else {
            lines.append(formatter.say(SweepMessages.noSafePoint))
        }
        if let breakEven = sweep.breakEvenBeyondSafe {
            lines.append(say(SweepMessages.breakEven, SweepMessages.breakEvenWage, breakEven, ["wage": .money(breakEven.grossWage)]))
        }
        for index in sweep.traps {
            let point = sweep.points[index]
            lines.append(say(SweepMessages.trap, SweepMessages.trapWage, point, [
                "stopped": .text(stoppedNames(point)), "count": .count(point.stoppedBenefits.count),
                "busyMonths": .text(point.unsafeInBusyMonths ? "yes" : "no"),
            ]))
        }
        if let best = sweep.highestNet, let net = best.net {
            lines.append(say(SweepMessages.highestNet, SweepMessages.highestNetWage, best, ["net": .money(net)]))
        }
        if let short = sweep.shortJob {
            lines.append(formatter.say(SweepMessages.shortJob, ["jobMonths": .count(short.jobMonths), "months": .count(short.months)]))
        }
        if !sweep.netIsKnownEverywhere { lines.append(formatter.say(SweepMessages.netUnknown)) }
        if sweep.netFromWithholdingOnly { lines.append(formatter.say(ReportMessages.summaryWithholdingOnly)) }
        return lines
    }

    public func csv(_ sweep: SweepResult) -> String {
        var csv = CSVTable(language: formatter.language)
        csv.append(["weeklyHours", "grossWage", "netBaseline", "netWithJob", "effectiveMarginalRate", "participationTaxRate",
                    "keepsEveryBenefit", "stoppedBenefits"])
        for (index, point) in sweep.points.enumerated() {
            csv.append([csv.number(point.weeklyHours.description), csv.money(point.grossWage), csv.money(point.baseline[.netIncome]),
                        csv.money(point.net), csv.rate(sweep.effectiveMarginalRate(at: index)), csv.rate(point.participationTaxRate),
                        point.keepsEveryBenefit ? "1" : "0", point.stoppedBenefits.map(\.id).joined(separator: " ")])
        }
        return csv.render()
    }

    public func json(_ sweep: SweepResult, ruleSet: RuleSetStamp) -> JSONValue {
        let money = { (amount: Money?) -> JSONValue in amount.map { .number($0.description) } ?? .null }
        let rate = { (rate: Rate?) -> JSONValue in rate.map { .number($0.description) } ?? .null }
        return .object([
            ("ruleset", .object([("version", .string(ruleSet.version)), ("digest", .string(ruleSet.digest))])),
            ("axis", .string(sweep.axis.rawValue)),
            ("points", .array(sweep.points.enumerated().map { index, point in
                .object([
                    ("weeklyHours", .number(point.weeklyHours.description)), ("hourlyWage", money(point.hourlyWage)),
                    ("grossWage", money(point.grossWage)),
                    ("netBaseline", money(point.baseline[.netIncome])), ("netWithJob", money(point.net)),
                    ("effectiveMarginalRate", rate(sweep.effectiveMarginalRate(at: index))),
                    ("participationTaxRate", rate(point.participationTaxRate)),
                    ("keepsEveryBenefit", .bool(point.keepsEveryBenefit)),
                    ("unsafeInBusyMonths", .bool(point.unsafeInBusyMonths)),
                    ("lossOutsideSimulation", .bool(point.lossOutsideFigures)),
                    ("stoppedBenefits", .array(point.stoppedBenefits.map { .string($0.id) })),
                    ("withJob", .object(point.withJob.lines.map { ($0.id, money(point.withJob[$0])) })),
                ])
            })),
            ("checksBusyMonths", .bool(sweep.checksBusyMonths)),
            ("scaledSalary", sweep.scaledSalary.map { .object([("salary", money($0.salary)), ("weeklyHours", .number($0.weeklyHours.description))]) } ?? .null),
            ("replacedSalary", money(sweep.replacedSalary)),
            ("netFromWithholdingOnly", .bool(sweep.netFromWithholdingOnly)),
            ("bestSafeHours", sweep.bestSafe.map { .number($0.weeklyHours.description) } ?? .null),
            ("breakEvenHours", sweep.breakEvenBeyondSafe.map { .number($0.weeklyHours.description) } ?? .null),
            ("highestNetHours", sweep.highestNet.map { .number($0.weeklyHours.description) } ?? .null),
            ("bestSafeHourlyWage", money(sweep.bestSafe?.hourlyWage)),
            ("highestNetHourlyWage", money(sweep.highestNet?.hourlyWage)),
            ("trapHours", .array(sweep.traps.map { .number(sweep.points[$0].weeklyHours.description) })),
        ])
    }

    /// A row says which benefits stop where they start to (the rows after it keep them stopped, as its net shows),
    /// so the cliff stands out instead of the same note on every row past it.
    private func notes(_ point: SweepPoint, previous: SweepPoint?) -> String {
        if point.unsafeInBusyMonths { return formatter.say(SweepMessages.busyMonthsNote) }
        if !point.stoppedBenefits.isEmpty {
            let alreadyNoted = previous.map { !$0.unsafeInBusyMonths && $0.stoppedBenefits == point.stoppedBenefits } ?? false
            guard !alreadyNoted else { return "" }
            return formatter.say(SweepMessages.stopsNote, ["stopped": .text(stoppedNames(point))])
        }
        return point.crossesEarningsLimit ? formatter.say(SweepMessages.limitNote) : ""
    }

    /// The stopped benefits as a list in the reader's language.
    private func stoppedNames(_ point: SweepPoint) -> String {
        formatter.list(point.stoppedBenefits.map { formatter.term(SweepMessages.benefitInSentence($0)) })
    }

}
