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
        for error in errors {
            if let field = Self.formField(error), placed[field] == nil { placed[field] = error } else { unplaced.append(error) }
        }
        return """
        <!DOCTYPE html>
        <html lang="\(formatter.language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(say(PageMessages.title))</title>
        <style>\(PageStyle.css)</style>
        </head>
        <body>
        \(result == nil ? "" : "<a class=\"skip\" href=\"#result\">\(say(PageMessages.skipToResult))</a>")
        <header>
        <h1>\(say(PageMessages.title))</h1>
        <nav aria-label="\(say(PageMessages.languages))"><ul>\(languageLinks())</ul></nav>
        </header>
        <main>
        <p class="intro">\(say(PageMessages.intro))</p>
        <form method="post" action="\(path)" novalidate>
        \(errors.isEmpty ? "" : errorSummary(count: errors.count, placed: placed, unplaced: unplaced))
        \(PageField.sections.map { section(title: $0.title, fields: $0.fields, form: form, errors: placed) }.joined(separator: "\n"))
        <button type="submit">\(say(PageMessages.submit))</button>
        </form>
        \(result.map(PageResultHTML(formatter: formatter, stamp: stamp).render) ?? "")
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

    private func languageLinks() -> String {
        Self.languages.map { entry in
            let current = entry.language == formatter.language ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(entry.path)\" lang=\"\(entry.language.rawValue)\" hreflang=\"\(entry.language.rawValue)\"\(current)>\(entry.name)</a></li>"
        }.joined()
    }

    /// How many fields to fix, each a link to its input (in the form's order), then any error no input shows.
    private func errorSummary(count: Int, placed: [String: InputError], unplaced: [InputError]) -> String {
        let links = PageField.all.compactMap { field in
            placed[field.name].map { error in
                // A missing field's message names its label already.
                let named = error.statement.kind == InputMessages.missingField ? "" : say(field.label) + ": "
                return "<li><a href=\"#\(Self.inputID(field))\">\(named)\(XMLText.escaped(fieldMessage(error, label: field.label)))</a></li>"
            }
        }
        let others = unplaced.map { "<li>\(XMLText.escaped(formatter.format($0.statement)))</li>" }
        return "<div class=\"error-summary\" role=\"alert\"><p>\(say(PageMessages.errorSummary, ["count": .count(count)]))</p>"
            + "<ul>\((links + others).joined())</ul></div>"
    }

    private static func inputID(_ field: PageField) -> String { "f-" + field.name.replacingOccurrences(of: ".", with: "-") }

    /// The error beside its input; a missing field is named by the input's label, not by its key in the scenario.
    private func fieldMessage(_ error: InputError, label: MessageKind) -> String {
        guard error.statement.kind == InputMessages.missingField else { return formatter.format(error.statement) }
        var values = error.statement.values
        values["key"] = .text(formatter.say(label))
        return formatter.format(Statement(error.statement.kind, values))
    }

    private func section(title: MessageKind, fields: [PageField], form: PageForm, errors: [String: InputError]) -> String {
        "<fieldset><legend>\(say(title))</legend>\n"
            + fields.map { field in input(field, value: form.values[field.name], error: errors[field.name]) }.joined(separator: "\n")
            + "\n</fieldset>"
    }

    private func input(_ field: PageField, value: String?, error: InputError?) -> String {
        let id = Self.inputID(field)
        let errorID = "e-" + id.dropFirst(2)
        let label = "<label for=\"\(id)\">\(say(field.label))</label>"
        let invalid = error == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"\(errorID)\""
        let message = error.map { "<p class=\"field-error\" id=\"\(errorID)\">\(XMLText.escaped(fieldMessage($0, label: field.label)))</p>" } ?? ""
        let name = XMLText.escaped(field.name)
        let control: String
        switch field.input {
        case .checkbox:
            let checked = value == nil ? "" : " checked"
            return "<div class=\"field checkbox\(error == nil ? "" : " has-error")\"><input type=\"checkbox\" id=\"\(id)\" name=\"\(name)\" value=\"true\"\(checked)\(invalid)> \(label)\(message)</div>"
        case let .choice(options):
            control = "<select id=\"\(id)\" name=\"\(name)\"\(invalid)>" + options.map { option in
                let selected = option.value == (value ?? "") ? " selected" : ""
                return "<option value=\"\(XMLText.escaped(option.value))\"\(selected)>\(XMLText.escaped(formatter.term(option.label)))</option>"
            }.joined() + "</select>"
        case .text, .number, .month:
            let mode = if case .number = field.input { " inputmode=\"decimal\"" } else { "" }
            control = "<input type=\"text\" id=\"\(id)\" name=\"\(name)\" value=\"\(XMLText.escaped(value ?? ""))\"\(mode)\(invalid)>"
        }
        return "<div class=\"field\(error == nil ? "" : " has-error")\">\(label)\(message)\(control)</div>"
    }
}
