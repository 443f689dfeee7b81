import Foundation
import TukiEngine
import TukiText

/// What can be said about the form field by field before the scenario is decoded, so that every such problem
/// is shown at once, each next to its input: a required field left empty, a job half filled, text in a number.
/// The decoder then checks what needs the whole scenario, one problem at a time.
struct PageFormCheck {
    let form: PageForm
    let language: Language

    /// Needed in every scenario.
    static let required = ["name", "start", "person.birthYear"]
    /// Counts and years: whole numbers; the other numbers may have decimals.
    static let wholeNumbers = ["months", "person.birthYear", "household.adults", "household.children", "job.pattern.daysPerWeek",
                               "job.employer.wageSubsidy.unemployedMonths", "job.employer.wageSubsidy.unemployedMonthsInLast28",
                               "job.employer.wageSubsidy.renewals"]
    /// The job the form describes needs all three once any job field is given (its months and employer are optional).
    static let job = ["job.pattern.daysPerWeek", "job.pattern.hoursPerDay", "job.hourlyWage"]
    /// Percentages, with up to six decimals and at most 100; other numbers with decimals take two (euros, hours).
    static let percents = ["tax.currentCard.basePercent", "tax.currentCard.additionalPercent", "tax.currentCard.pensionPercent"]
    /// The one number that may be below zero: debts can exceed assets.
    static let mayBeNegative = ["housing.netAssets"]
    /// A tax card needs its rate, income limit and additional rate once any of its fields is given.
    static let taxCard = ["tax.currentCard.basePercent", "tax.currentCard.incomeLimit", "tax.currentCard.additionalPercent"]
    static let taxCardFields = taxCard + ["tax.currentCard.pensionPercent"]
    /// Figures from a Kela pension decision, which mean nothing unless the pension is ticked.
    static let kelaFigures = ["benefits.kelaDisabilityPension.monthly", "benefits.kelaDisabilityPension.earningsLimit"]

    /// The ranges the decoder checks, by field, as decimals (only compared, never computed with).
    static let ranges: [String: ClosedRange<Decimal>] = [
        "months": ScenarioLimits.months, "person.birthYear": ScenarioLimits.birthYear, "household.adults": ScenarioLimits.adults,
        "household.children": ScenarioLimits.children, "job.pattern.daysPerWeek": ScenarioLimits.daysPerWeek,
        "job.employer.wageSubsidy.unemployedMonths": ScenarioLimits.unemployedMonths,
        "job.employer.wageSubsidy.unemployedMonthsInLast28": ScenarioLimits.unemployedMonthsInLast28,
        "job.employer.wageSubsidy.renewals": ScenarioLimits.renewals,
    ].mapValues { Decimal($0.lowerBound)...Decimal($0.upperBound) }
        .merging([("job.pattern.hoursPerDay", ScenarioLimits.hoursPerDay),
                  ("job.employer.wageSubsidy.sectorMaxWeeklyHours", ScenarioLimits.sectorMaxWeeklyHours),
                  ("job.employer.adaptationSubsidy.coworkerHelpHours", ScenarioLimits.coworkerHelpHours)]
                    .map { ($0.0, decimal($0.1.lowerBound)...decimal($0.1.upperBound)) }) { $1 }
        .merging(percents.map { ($0, Decimal(ScenarioLimits.percent.lowerBound)...Decimal(ScenarioLimits.percent.upperBound)) }) { $1 }

    private static func decimal(_ hours: Hours) -> Decimal { Decimal(hours.hundredths) / 100 }

    func problems() -> [InputError] {
        let filled = { (name: String) in !(form.values[name] ?? "").isEmpty }
        var problems: [InputError] = []
        let jobGiven = PageField.all.contains { $0.name.hasPrefix("job.") && filled($0.name) }
        let cardGiven = Self.taxCardFields.contains(where: filled)
        let kelaTicked = form.values["benefits.kelaDisabilityPension"] != nil
        for field in PageField.all {
            let name = field.name
            if !filled(name) {
                if Self.required.contains(name) || (jobGiven && Self.job.contains(name)) || (cardGiven && Self.taxCard.contains(name)) {
                    problems.append(Self.missing(name))
                }
            } else if name == "benefits.disabilityAllowance.monthly", form.values["benefits.disabilityAllowance"] ?? "none" == "none" {
                // The decoder's message names the scenario's values (basic, increased, highest), not the form's choices.
                problems.append(InputError(file: "form", line: nil, field: name, PageMessages.allowanceLevelNotChosen,
                                           ["choice": .term(PageMessages.fieldDisabilityAllowance.id)]))
            } else if !kelaTicked && Self.kelaFigures.contains(name) {
                // Sent without the box, the decision's amount made a Kela pension the form showed as not received.
                problems.append(InputError(file: "form", line: nil, field: name, PageMessages.kelaNotTicked,
                                           ["box": .term(PageMessages.fieldKelaPension.id)]))
            } else if case .number = field.input, let typed = form.values[name], let problem = numberProblem(name, typed) {
                problems.append(problem)
            }
        }
        return problems + jobMonthProblems()
    }

    /// What is wrong with a typed number, if anything: not a number, too many decimals, below zero, out of range.
    private func numberProblem(_ name: String, _ typed: String) -> InputError? {
        let problem = { (kind: MessageKind, values: StatementValues) in InputError(file: "form", line: nil, field: name, kind, values) }
        let whole = Self.wholeNumbers.contains(name)
        guard isNumber(typed) else {
            return problem(InputMessages.expected, ["expected": .term((whole ? ValueTerm.wholeNumber : .decimal).key), "found": .text(typed)])
        }
        let machine = PageForm.machineNumber(typed, language: language)
        let decimals = whole ? 0 : Self.percents.contains(name) ? 6 : 2
        if let point = machine.firstIndex(of: "."), machine[machine.index(after: point)...].count > decimals {
            return problem(InputMessages.tooManyDecimals, ["found": .text(typed), "decimals": .count(decimals)])
        }
        if machine.hasPrefix("-") && !Self.mayBeNegative.contains(name) {
            return problem(InputMessages.negative, ["found": .text(typed)])
        }
        if let range = Self.ranges[name], let value = Decimal(string: machine), !range.contains(value) {
            return problem(InputMessages.outOfRange, ["found": .text(typed), "minimum": .text("\(range.lowerBound)"),
                                                      "maximum": .text("\(range.upperBound)")])
        }
        return nil
    }

    /// The job's months against the calculation's: a job starting after its last month changes nothing, and one
    /// ending before it starts is impossible.
    private func jobMonthProblems() -> [InputError] {
        guard let start = form.values["start"].flatMap(YearMonth.init(iso:)) else { return [] }
        let months = form.values["months"].flatMap { Int(PageForm.machineNumber($0, language: language)) } ?? 12
        guard ScenarioLimits.months.contains(months) else { return [] }
        let last = start.adding(months: months - 1)
        let jobStart = form.values["job.start"].flatMap(YearMonth.init(iso:))
        var problems: [InputError] = []
        if let jobStart, jobStart > last {
            problems.append(InputError(file: "form", line: nil, field: "job.start", InputMessages.monthOutsideSimulation,
                                       ["month": .month(jobStart), "first": .month(start), "last": .month(last)]))
        }
        if let jobEnd = form.values["job.end"].flatMap(YearMonth.init(iso:)), jobEnd < (jobStart ?? start) {
            problems.append(InputError(file: "form", line: nil, field: "job.end", InputMessages.endBeforeStart,
                                       ["start": .month(jobStart ?? start), "end": .month(jobEnd)]))
        }
        return problems
    }

    /// Missing, as the decoder says it: the key inside its parent field, so the page names it by its label.
    private static func missing(_ name: String) -> InputError {
        let parts = name.split(separator: ".")
        return InputError(file: "form", line: nil, field: parts.count > 1 ? parts.dropLast().joined(separator: ".") : nil,
                          InputMessages.missingField, ["key": .text(String(parts.last!))])
    }

    /// Digits with at most one decimal separator and an optional minus sign, as `PageForm` reads them in the page's
    /// language: in Finnish and Swedish a point or a comma, and spaces grouping thousands; in English a point, and
    /// commas grouping thousands ("1,200.50", as the page writes amounts).
    func isNumber(_ text: String) -> Bool {
        let machine = PageForm.machineNumber(text, language: language)
        if language == .en, text.contains(","), !Self.groupsThousands(text) { return false }
        let digits = machine.hasPrefix("-") ? machine.dropFirst() : Substring(machine)
        return digits.filter { $0 == "." }.count <= 1 && digits.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
            && digits.contains(where: \.isNumber)
    }

    /// Commas only between groups of three digits before any decimal point: "1,200.50" but not "12,40", which in
    /// English would silently read as 1 240.
    private static func groupsThousands(_ text: String) -> Bool {
        let whole = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        return groups.count > 1 && !groups[0].filter(\.isNumber).isEmpty && groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}
