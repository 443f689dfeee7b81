import TukiEngine
import TukiText

/// The result part of the page: summary, best safe hours, month table, chart with its text alternative, the
/// employer's summary, warnings with what to do, and the explanation.
struct PageResultHTML {
    let formatter: TextFormatter
    let stamp: RuleSetStamp

    func render(_ result: PageResult, form: PageForm) -> String {
        let sections = ReportSections(formatter: formatter)
        let summary = SimulationReport(formatter: formatter).summary(result.simulation.summary)
        var html = "<section id=\"result\" aria-labelledby=\"result-heading\">\n"
            + "<h2 id=\"result-heading\">\(say(PageMessages.result)): \(XMLText.escaped(result.scenarioName))</h2>\n"
            + (result.sweep == nil ? "<p class=\"notice\">\(say(PageMessages.noJob))</p>\n" : "")
            + paragraphs(summary.split(separator: "\n").map(String.init))
        if let sweep = result.sweep {
            html += "<h3>\(say(PageMessages.bestSafeHours))</h3>\n" + paragraphs(SweepReport(formatter: formatter).conclusions(sweep), first: "best-safe")
        }
        html += "<h3>\(say(PageMessages.monthTable))</h3>\n" + monthTable(MonthTable(result.simulation, formatter: formatter))
            + periodTables(result.simulation)
        let taxYears = result.simulation.taxYears.flatMap(TaxYearText(formatter: formatter).summary)
        if !taxYears.isEmpty { html += paragraphs(taxYears) }
        if let sweep = result.sweep {
            html += "<h3>\(say(PageMessages.chart))</h3>\n<figure class=\"chart\">"
                + SweepChart(formatter: formatter).svg(sweep, scenarioName: result.scenarioName)
                + "</figure>\n<details><summary>\(say(PageMessages.chartAsTable))</summary>\n" + sweepTable(sweep) + "</details>\n"
        }
        if let subsidy = result.subsidy {
            // The summary and the notes about the decision itself; the month-by-month notes are `tuki subsidy`'s.
            let report = SubsidyReport(formatter: formatter)
            html += "<h3>\(say(PageMessages.employer))</h3>\n"
                + list(report.summaryLines(subsidy) + sections.warningItems(subsidy.warnings.filter { $0.month == nil }), class: "employer")
            for (eligibility, subsidyTerm) in zip([subsidy.wageSubsidy?.eligibility, subsidy.adaptationSubsidy?.eligibility],
                                                  WageSubsidyMessages.subsidyTerms) {
                guard let eligibility else { continue }
                html += "<h4>\(say(SubsidyReportMessages.conditions, ["subsidy": .term(subsidyTerm)]))</h4>\n"
                    + list(report.conditionItems(eligibility), class: "conditions")
            }
        }
        let warnings = sections.warningItems(result.simulation.warnings)
        html += "<h3>\(say(PageMessages.warnings))</h3>\n"
            + (warnings.isEmpty ? "<p>\(say(PageMessages.noWarnings))</p>\n" : list(warnings, class: "warnings"))
        html += "<h3>\(say(PageMessages.explanation))</h3>\n"
        for block in sections.explanationBlocks(result.simulation.months.map { ($0.month, $0.withJob.trace) }) {
            // A run of unchanged months is a sentence ("the next 10 months are computed the same way"), not a heading.
            html += block.items.isEmpty ? "<p>\(XMLText.escaped(block.heading))</p>\n"
                : "<h4>\(XMLText.escaped(block.heading))</h4>\n" + list(block.items, class: "steps")
        }
        html += inputs(form)
        html += "<p class=\"handover\">"
            + say(PageMessages.handover, ["version": .text(stamp.version), "digest": .text(String(stamp.digest.prefix(12)))]) + "</p>\n"
        return html + "</section>"
    }

    private func say(_ kind: MessageKind, _ values: StatementValues = [:]) -> String {
        XMLText.escaped(formatter.say(kind, values))
    }

    private func paragraphs(_ lines: [String], first id: String? = nil) -> String {
        lines.enumerated().map { index, line in
            let attribute = index == 0 ? id.map { " id=\"\($0)\"" } ?? "" : ""
            return "<p\(attribute)>\(XMLText.escaped(withFormLabels(line)))</p>\n"
        }.joined()
    }

    private func list(_ items: [String], class name: String) -> String {
        "<ul class=\"\(name)\">" + items.map { "<li>\(XMLText.escaped(withFormLabels($0)))</li>" }.joined(separator: "\n") + "</ul>\n"
    }

    /// The notes name scenario fields ("give it in job.employer.wageSubsidy.economicDismissals"); on the page a field
    /// the form has is named by its label instead, the longest names first so none is cut inside a longer one.
    private func withFormLabels(_ text: String) -> String {
        guard text.contains(".") else { return text }
        return Self.fieldsByLength.reduce(text) { text, field in
            text.contains(field.name) ? text.replacingOccurrences(of: field.name, with: quoted(formatter.say(field.label))) : text
        }
    }

    /// Finnish and Swedish quote with ” on both sides, English with “ ”.
    private func quoted(_ text: String) -> String {
        formatter.language == .en ? "“\(text)”" : "”\(text)”"
    }

    private static let fieldsByLength = PageField.all.filter { $0.name.contains(".") }.sorted { $0.name.count > $1.name.count }

    /// A row of lines, each over its variants, and a row of variants: the screen's table, one column a line and variant.
    private func monthTable(_ table: MonthTable) -> String {
        "<div class=\"table-wrap screen-only\" tabindex=\"0\" role=\"region\" aria-labelledby=\"month-caption\"><table class=\"months\">"
            + "<caption id=\"month-caption\">\(say(PageMessages.monthTableCaption))</caption>\n<thead>\n"
            + "<tr><th scope=\"col\" rowspan=\"2\">\(XMLText.escaped(table.monthColumn))</th>"
            + table.groups.map { "<th scope=\"colgroup\" colspan=\"\($0.variants.count)\">\(XMLText.escaped($0.line))</th>" }.joined() + "</tr>\n<tr>"
            + table.groups.flatMap(\.variants).map { "<th scope=\"col\">\(XMLText.escaped($0))</th>" }.joined() + "</tr>\n</thead>\n<tbody>\n"
            + table.rows.map(bodyRow).joined(separator: "\n") + "\n</tbody></table></div>\n"
    }

    /// A body row: its first cell heads the row.
    private func bodyRow(_ row: [String]) -> String {
        "<tr><th scope=\"row\">\(XMLText.escaped(row[0]))</th>" + row.dropFirst().map { "<td>\(XMLText.escaped($0))</td>" }.joined() + "</tr>"
    }

    /// The chart's figures as a table a screen reader can move through by row and column.
    private func sweepTable(_ sweep: SweepResult) -> String {
        let report = SweepReport(formatter: formatter)
        return "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"\(say(PageMessages.chartAsTable))\"><table class=\"sweep\"><thead><tr>"
            + report.header(sweep).map { "<th scope=\"col\">\(XMLText.escaped($0))</th>" }.joined() + "</tr></thead><tbody>\n"
            + report.rows(sweep).map(bodyRow).joined(separator: "\n") + "\n</tbody></table></div>\n"
    }

    /// For print: months with the same figures once, each a narrow table of lines without the job, with it and the
    /// change, which fits A4 however many lines there are (the wide table's last columns were cut off the page).
    private func periodTables(_ result: SimulationResult) -> String {
        let tables = PeriodTables(formatter: formatter)
        let header = tables.columns.map { "<th scope=\"col\">\(XMLText.escaped($0))</th>" }.joined()
        return "<div class=\"print-only\">" + tables.periods(result).map { period in
            "<table class=\"period\"><thead><tr><th scope=\"col\">\(XMLText.escaped(period.heading))</th>\(header)</tr></thead><tbody>"
                + period.rows.map(bodyRow).joined() + "</tbody></table>"
        }.joined(separator: "\n") + "</div>\n"
    }

    /// What the form said, for the handout: every field filled in, by its label.
    private func inputs(_ form: PageForm) -> String {
        let items = PageField.all.compactMap { field -> String? in
            guard let value = form.values[field.name], !value.isEmpty || field.input.isCheckbox, value != field.omitted else { return nil }
            let shown: String
            switch field.input {
            case .checkbox: shown = formatter.say(PageMessages.yes)
            case .choice, .codes, .yesNo: shown = field.input.options(formatter).first { $0.value == value }?.label ?? value
            case .text, .number, .month: shown = value
            }
            return "<dt>\(say(field.label))</dt><dd>\(XMLText.escaped(shown))</dd>"
        }
        return "<h3>\(say(PageMessages.inputs))</h3>\n<dl class=\"inputs\">" + items.joined() + "</dl>\n"
    }
}
