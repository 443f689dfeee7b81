import Foundation
import TukiEngine
import TukiText

/// The coach's page as HTML: the form (filled as submitted, each error next to its field) and the result.
/// Plain HTML and CSS, no script; every text from the catalogs, every value escaped.
struct PageHTML {
    let formatter: TextFormatter
    let stamp: RuleSetStamp

    static let languages: [(language: Language, path: String, name: String)] = [
        (.fi, "/", "Suomi"), (.sv, "/sv", "Svenska"), (.en, "/en", "English"),
    ]

    func render(form: PageForm, errors: [InputError], result: PageResult?) -> String {
        let path = Self.languages.first { $0.language == formatter.language }!.path
        // Each error beside its input (the first one an input has); one that belongs to no input only in the summary.
        var placed: [String: InputError] = [:]
        var unplaced: [InputError] = []
        let needed = Self.neededFields(result)
        for error in errors {
            if let field = Self.formField(error), placed[field] == nil { placed[field] = error } else { unplaced.append(error) }
        }
        return """
        <!DOCTYPE html>
        <html lang="\(formatter.language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title(errors: errors, result: result))</title>
        <style>\(PageStyle.css)</style>
        </head>
        <body>
        \(result == nil ? "" : "<a class=\"skip\" href=\"#result\">\(say(PageMessages.skipToResult))</a>")
        <header>
        <h1>\(say(PageMessages.title))</h1>
        <nav aria-label="\(say(PageMessages.languages))"><ul>\(languageLinks(submitted: result != nil || !errors.isEmpty))</ul></nav>
        </header>
        <main>
        <p class="intro">\(say(PageMessages.intro))</p>
        <form id="scenario" method="post" action="\(path)" novalidate>
        \(errors.isEmpty ? "" : errorSummary(count: errors.count, placed: placed, unplaced: unplaced, form: form))
        \(PageField.sections.map { section(title: $0.title, fields: $0.fields, form: form, errors: placed, needed: needed) }
            .joined(separator: "\n"))
        <button type="submit">\(say(PageMessages.submit))</button>
        </form>
        \(result.map { PageResultHTML(formatter: formatter, stamp: stamp).render($0, form: form) } ?? "")
        </main>
        </body>
        </html>

        """
    }

    /// The form input an error belongs to: the field itself, a missing field's own input, or the first input inside it.
    static func formField(_ error: InputError) -> String? {
        let names = PageField.all.map(\.name)
        var candidates: [String] = []
        if case let .text(key)? = error.statement.values["key"], error.statement.kind == InputMessages.missingField {
            candidates.append([error.field, key].compactMap { $0 }.joined(separator: "."))
        }
        if let field = error.field { candidates.append(field) }
        for candidate in candidates {
            if names.contains(candidate) { return candidate }
            if let inside = names.first(where: { $0.hasPrefix(candidate + ".") }) { return inside }
        }
        return nil
    }

    private func say(_ kind: MessageKind, _ values: StatementValues = [:]) -> String {
        XMLText.escaped(formatter.say(kind, values))
    }

    /// The page's title says what the page now holds: fields to fix, or whose calculation it shows.
    private func title(errors: [InputError], result: PageResult?) -> String {
        if !errors.isEmpty { return say(PageMessages.titleWithErrors, ["count": .count(errors.count)]) + " – " + say(PageMessages.title) }
        if let result { return XMLText.escaped(result.scenarioName) + " – " + say(PageMessages.title) }
        return say(PageMessages.title)
    }

    /// Once the form has been sent, another language sends it again to that language's page with the language its
    /// numbers were typed in (a plain link lost everything typed); the buttons belong to the form by its id, so they
    /// work without script. Before them comes the form's own submit button, hidden, as the first of the form's
    /// buttons is the one Enter presses: Enter in a field recalculated in another language.
    private func languageLinks(submitted: Bool) -> String {
        let enter = submitted
            ? "<li class=\"enter\"><button type=\"submit\" form=\"scenario\" tabindex=\"-1\" aria-hidden=\"true\">\(say(PageMessages.submit))</button></li>" : ""
        return enter + Self.languages.map { entry in
            let language = entry.language.rawValue
            if entry.language == formatter.language {
                return "<li><span lang=\"\(language)\" aria-current=\"page\">\(entry.name)</span></li>"
            }
            if submitted {
                return "<li><button type=\"submit\" form=\"scenario\" formaction=\"\(entry.path)\" name=\"\(PageForm.typedInField)\" "
                    + "value=\"\(formatter.language.rawValue)\" class=\"language\" lang=\"\(language)\">\(entry.name)</button></li>"
            }
            return "<li><a href=\"\(entry.path)\" lang=\"\(language)\" hreflang=\"\(language)\">\(entry.name)</a></li>"
        }.joined()
    }

    /// How many fields to fix, each a link to its input (in the form's order), then any error no input shows.
    private func errorSummary(count: Int, placed: [String: InputError], unplaced: [InputError], form: PageForm) -> String {
        let links = PageField.all.compactMap { field in
            placed[field.name].map { error in
                // A missing field's message names its label already.
                let named = error.statement.kind == InputMessages.missingField ? "" : say(field.label) + ": "
                return "<li><a href=\"#\(Self.inputID(field))\">\(named)\(XMLText.escaped(fieldMessage(error, label: field.label, typed: form.values[field.name])))</a></li>"
            }
        }
        let others = unplaced.map { "<li>\(XMLText.escaped(formatter.format($0.statement)))</li>" }
        return "<div class=\"error-summary\" role=\"alert\"><p>\(say(PageMessages.errorSummary, ["count": .count(count)]))</p>"
            + "<ul>\((links + others).joined())</ul></div>"
    }

    private static func inputID(_ field: PageField) -> String { "f-" + field.name.replacingOccurrences(of: ".", with: "-") }

    /// The error beside its input; a missing field is named by the input's label, not by its key in the scenario,
    /// and a value is quoted as typed ("2,5"), not as the decoder read it ("2.5").
    private func fieldMessage(_ error: InputError, label: MessageKind, typed: String?) -> String {
        var values = error.statement.values
        if error.statement.kind == InputMessages.missingField { values["key"] = .text(formatter.say(label)) }
        if let typed, !typed.isEmpty, values["found"] != nil { values["found"] = .text(typed) }
        return formatter.format(Statement(error.statement.kind, values))
    }

    /// The form's fields a note of the result asks to fill ("give the figure from the decision in …"): the rules
    /// lack a figure the person's decision gives, so the field marked "if known" is needed after all.
    static func neededFields(_ result: PageResult?) -> Set<String> {
        let names = Set(PageField.all.map(\.name))
        return Set((result?.simulation.warnings ?? []).compactMap { warning in
            if case let .text(field)? = warning.statement.values["field"], names.contains(field) { field } else { nil }
        })
    }

    private func section(title: MessageKind, fields: [PageField], form: PageForm, errors: [String: InputError], needed: Set<String>) -> String {
        "<fieldset><legend>\(say(title))</legend>\n"
            + fields.map { field in
                input(field, value: form.values[field.name], error: errors[field.name], needed: needed.contains(field.name))
            }.joined(separator: "\n")
            + "\n</fieldset>"
    }

    private func input(_ field: PageField, value: String?, error: InputError?, needed: Bool) -> String {
        let id = Self.inputID(field)
        let errorID = "e-" + id.dropFirst(2)
        let hintID = "h-" + id.dropFirst(2)
        let required = PageFormCheck.required.contains(field.name)
        let label = "<label for=\"\(id)\">\(say(field.label))\(required ? " <span class=\"required\">(\(say(PageMessages.required)))</span>" : "")</label>"
        let described = [error == nil ? nil : errorID, needed ? hintID : nil].compactMap { $0 }
        let invalid = (required ? " aria-required=\"true\"" : "") + (error == nil ? "" : " aria-invalid=\"true\"")
            + (described.isEmpty ? "" : " aria-describedby=\"\(described.joined(separator: " "))\"")
        let message = (error.map { "<p class=\"field-error\" id=\"\(errorID)\">\(XMLText.escaped(fieldMessage($0, label: field.label, typed: value)))</p>" } ?? "")
            + (needed ? "<p class=\"field-hint\" id=\"\(hintID)\">\(say(PageMessages.fieldNeeded))</p>" : "")
        let name = XMLText.escaped(field.name)
        let control: String
        switch field.input {
        case .checkbox:
            let checked = value == nil ? "" : " checked"
            return "<div class=\"field checkbox\(error == nil ? "" : " has-error")\"><input type=\"checkbox\" id=\"\(id)\" name=\"\(name)\" value=\"true\"\(checked)\(invalid)> \(label)\(message)</div>"
        case .choice, .codes, .yesNo:
            control = "<select id=\"\(id)\" name=\"\(name)\"\(invalid)>" + field.input.options(formatter).map { option in
                let selected = option.value == (value ?? "") ? " selected" : ""
                return "<option value=\"\(XMLText.escaped(option.value))\"\(selected)>\(XMLText.escaped(option.label))</option>"
            }.joined() + "</select>"
        case .text, .number, .month:
            let mode = if case .number = field.input { " inputmode=\"decimal\"" } else { "" }
            control = "<input type=\"text\" id=\"\(id)\" name=\"\(name)\" value=\"\(XMLText.escaped(value ?? ""))\"\(mode)\(invalid)>"
        }
        return "<div class=\"field\(error == nil ? "" : " has-error")\">\(label)\(message)\(control)</div>"
    }
}
