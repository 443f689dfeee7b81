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
    static let wholeNumbers = ["months", "person.birthYear", "household.adults", "household.children"]
    /// The job the form describes needs all three once any is given (its months are optional).
    static let job = ["job.pattern.daysPerWeek", "job.pattern.hoursPerDay", "job.hourlyWage"]
    /// A tax card needs its rate, income limit and additional rate once any of its fields is given.
    static let taxCard = ["tax.currentCard.basePercent", "tax.currentCard.incomeLimit", "tax.currentCard.additionalPercent"]
    static let taxCardFields = taxCard + ["tax.currentCard.pensionPercent"]
    /// Figures from a Kela pension decision, which mean nothing unless the pension is ticked.
    static let kelaFigures = ["benefits.kelaDisabilityPension.monthly", "benefits.kelaDisabilityPension.earningsLimit"]

    /// The ranges the decoder checks, by field; counts as whole hours, so one comparison serves counts and hours.
    static let ranges: [String: ClosedRange<Hours>] = [
        "months": ScenarioLimits.months, "person.birthYear": ScenarioLimits.birthYear, "household.adults": ScenarioLimits.adults,
        "household.children": ScenarioLimits.children, "job.pattern.daysPerWeek": ScenarioLimits.daysPerWeek,
    ].mapValues { Hours.whole(Int64($0.lowerBound))...Hours.whole(Int64($0.upperBound)) }
        .merging(["job.pattern.hoursPerDay": ScenarioLimits.hoursPerDay]) { $1 }

    func problems() -> [InputError] {
        let filled = { (name: String) in !(form.values[name] ?? "").isEmpty }
        var problems: [InputError] = []
        let jobGiven = Self.job.contains(where: filled)
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
            } else if case .number = field.input, let typed = form.values[name] {
                let whole = Self.wholeNumbers.contains(name)
                if !isNumber(typed) || (whole && typed.contains(where: { $0 == "." || $0 == "," })) {
                    problems.append(InputError(file: "form", line: nil, field: name, InputMessages.expected,
                                               ["expected": .term((whole ? ValueTerm.wholeNumber : .decimal).key), "found": .text(typed)]))
                } else if typed.hasPrefix("-") {
                    // Every number the form asks for (money, hours, counts, a year) is zero or more.
                    problems.append(InputError(file: "form", line: nil, field: name, InputMessages.negative, ["found": .text(typed)]))
                } else if let range = Self.ranges[name], let value = Hours(exactly: PageForm.machineNumber(typed, language: language)),
                          !range.contains(value) {
                    problems.append(InputError(file: "form", line: nil, field: name, InputMessages.outOfRange,
                                               ["found": .text(typed), "minimum": .text(range.lowerBound.description),
                                                "maximum": .text(range.upperBound.description)]))
                }
            }
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
