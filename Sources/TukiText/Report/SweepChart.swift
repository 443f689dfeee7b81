import TukiEngine

/// The sweep as an SVG: income stacked by source against weekly hours, net income as a line,
/// the best safe hours marked. Readable in print (legend, labels, no colour-only meaning) and by
/// screen readers (role, title, description with the conclusions).
public struct SweepChart: Sendable {
    let formatter: TextFormatter

    public init(formatter: TextFormatter) { self.formatter = formatter }

    static let width: Int64 = 820, height: Int64 = 500
    static let left: Int64 = 110, right: Int64 = 200, top: Int64 = 60, bottom: Int64 = 70
    /// Each colour at least 4.5:1 against white; stacked areas are parted by a white edge, so each one's neighbour
    /// is white too (the yellow and orange areas had 1.6:1 between them and 1.7:1 against the page).
    static let sources: [(line: AmountLine, colour: String)] = [
        (.grossWage, "#2b6cb0"), (.kelaDisabilityPension, "#c05600"), (.guaranteePension, "#8c6d00"),
        (.earningsRelatedPension, "#7a4fa0"), (.disabilityAllowance, "#2f7d3b"), (.housingAllowance, "#b83b5e"),
    ]

    public func svg(_ sweep: SweepResult, scenarioName: String) -> String {
        let points = sweep.points
        let axis = SweepAxisText(formatter: formatter, axis: sweep.axis)
        let title = formatter.say(axis.message(SweepMessages.chartTitle, SweepMessages.chartTitleWage), ["scenario": .text(scenarioName)])
        let description = descriptionText(sweep)
        guard let first = points.first, let last = points.last else { return document(title, description, body: "") }
        let stackTop = points.map { point in Self.sources.compactMap { point.withJob[$0.line] }.sum() }
        let maximum = Self.niceCeiling(max(stackTop.max() ?? .zero, points.compactMap(\.net).max() ?? .zero))
        let plotWidth = Self.width - Self.left - Self.right, plotHeight = Self.height - Self.top - Self.bottom
        let start = axis.position(first), span = max(1, axis.position(last) - start)
        func x(_ point: SweepPoint) -> Int64 { Self.left + (axis.position(point) - start) * plotWidth / span }
        func y(_ amount: Money) -> Int64 { Self.top + plotHeight - amount.cents * plotHeight / max(1, maximum.cents) }

        var body = ""
        var lower = [Money](repeating: .zero, count: points.count)
        for source in Self.sources where points.contains(where: { ($0.withJob[source.line] ?? .zero) > .zero }) {
            let upper = points.indices.map { lower[$0] + (points[$0].withJob[source.line] ?? .zero) }
            let outline = points.indices.map { "\(x(points[$0])),\(y(upper[$0]))" }
                + points.indices.reversed().map { "\(x(points[$0])),\(y(lower[$0]))" }
            body += "<polygon points=\"\(outline.joined(separator: " "))\" fill=\"\(source.colour)\" stroke=\"#fff\" stroke-width=\"2\">"
                + "<title>\(XMLText.escaped(formatter.term(source.line.termKey)))</title></polygon>\n"
            lower = upper
        }
        let netPoints = points.filter { $0.net != nil }.map { "\(x($0)),\(y($0.net!))" }
        if !netPoints.isEmpty {
            // A white halo under the black line keeps it visible over the dark areas.
            body += "<polyline points=\"\(netPoints.joined(separator: " "))\" fill=\"none\" stroke=\"#fff\" stroke-width=\"7\"/>\n"
            body += "<polyline points=\"\(netPoints.joined(separator: " "))\" fill=\"none\" stroke=\"#000\" stroke-width=\"3\">"
                + "<title>\(XMLText.escaped(formatter.say(SweepMessages.chartNet)))</title></polyline>\n"
        }
        if sweep.hasBenefitsToLose, let safe = sweep.bestSafe {
            let safeX = x(safe)
            body += "<line x1=\"\(safeX)\" y1=\"\(Self.top)\" x2=\"\(safeX)\" y2=\"\(Self.top + plotHeight)\" stroke=\"#000\" "
                + "stroke-dasharray=\"6 4\" stroke-width=\"2\"/>\n"
                + safeLabel(at: safeX, plotWidth: plotWidth)
                + "\(XMLText.escaped(formatter.say(SweepMessages.chartSafe))) \(XMLText.escaped(safeLabelValue(safe, axis)))</text>\n"
        }
        body += axes(points: points, axis: axis, x: x, maximum: maximum, y: y, plotWidth: plotWidth, plotHeight: plotHeight)
        body += legend(points)
        return document(title, description, body: body)
    }

    /// The label's opening tag: right of the line, or left of it near the right edge so it stays off the legend.
    private func safeLabel(at x: Int64, plotWidth: Int64) -> String {
        let nearRightEdge = x > Self.left + plotWidth - 140
        return "<text x=\"\(nearRightEdge ? x - 4 : x + 4)\" y=\"\(Self.top + 14)\" font-size=\"13\""
            + (nearRightEdge ? " text-anchor=\"end\">" : ">")
    }

    private func safeLabelValue(_ safe: SweepPoint, _ axis: SweepAxisText) -> String {
        axis.axis == .weeklyHours ? "\(axis.label(safe)) h" : axis.label(safe)
    }

    private func axes(points: [SweepPoint], axis: SweepAxisText, x: (SweepPoint) -> Int64, maximum: Money, y: (Money) -> Int64,
                      plotWidth: Int64, plotHeight: Int64) -> String {
        let baseline = Self.top + plotHeight
        var text = "<line x1=\"\(Self.left)\" y1=\"\(baseline)\" x2=\"\(Self.left + plotWidth)\" y2=\"\(baseline)\" stroke=\"#000\"/>\n"
            + "<line x1=\"\(Self.left)\" y1=\"\(Self.top)\" x2=\"\(Self.left)\" y2=\"\(baseline)\" stroke=\"#000\"/>\n"
        let every = max(1, points.count / 8)
        for (index, point) in points.enumerated() where index % every == 0 || index == points.count - 1 {
            text += "<text x=\"\(x(point))\" y=\"\(baseline + 20)\" font-size=\"12\" text-anchor=\"middle\">"
                + "\(XMLText.escaped(axis.label(point)))</text>\n"
        }
        for step in 0...4 {
            let amount = Money(cents: maximum.cents * Int64(step) / 4)
            text += "<text x=\"\(Self.left - 8)\" y=\"\(y(amount) + 4)\" font-size=\"12\" text-anchor=\"end\">"
                + "\(XMLText.escaped(formatter.money(amount)))</text>\n"
        }
        text += "<text x=\"\(Self.left + plotWidth / 2)\" y=\"\(Self.height - 20)\" font-size=\"14\" text-anchor=\"middle\">"
            + "\(XMLText.escaped(formatter.say(axis.message(SweepMessages.chartXAxis, SweepMessages.chartXAxisWage))))</text>\n"
        text += "<text x=\"20\" y=\"\(Self.top + plotHeight / 2)\" font-size=\"14\" text-anchor=\"middle\" "
            + "transform=\"rotate(-90 20 \(Self.top + plotHeight / 2))\">\(XMLText.escaped(formatter.say(SweepMessages.chartYAxis)))</text>\n"
        return text
    }

    private func legend(_ points: [SweepPoint]) -> String {
        var text = ""
        var row: Int64 = 0
        let x0 = Self.width - Self.right + 20
        for source in Self.sources where points.contains(where: { ($0.withJob[source.line] ?? .zero) > .zero }) {
            let y0 = Self.top + row * 24
            text += "<rect x=\"\(x0)\" y=\"\(y0)\" width=\"16\" height=\"16\" fill=\"\(source.colour)\"/>"
                + "<text x=\"\(x0 + 22)\" y=\"\(y0 + 13)\" font-size=\"13\">\(XMLText.escaped(formatter.term(source.line.termKey)))</text>\n"
            row += 1
        }
        let y0 = Self.top + row * 24
        text += "<line x1=\"\(x0)\" y1=\"\(y0 + 8)\" x2=\"\(x0 + 16)\" y2=\"\(y0 + 8)\" stroke=\"#000\" stroke-width=\"3\"/>"
            + "<text x=\"\(x0 + 22)\" y=\"\(y0 + 13)\" font-size=\"13\">\(XMLText.escaped(formatter.say(SweepMessages.chartNet)))</text>\n"
        return text
    }

    private func descriptionText(_ sweep: SweepResult) -> String {
        let conclusions = SweepReport(formatter: formatter).conclusions(sweep)
        return conclusions.joined(separator: " ")
    }

    private func document(_ title: String, _ description: String, body: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.width)" height="\(Self.height)" viewBox="0 0 \(Self.width) \(Self.height)" \
        role="img" aria-labelledby="chart-title chart-desc" font-family="sans-serif">
        <title id="chart-title">\(XMLText.escaped(title))</title>
        <desc id="chart-desc">\(XMLText.escaped(description))</desc>
        <rect width="100%" height="100%" fill="#fff"/>
        <text x="20" y="30" font-size="16" font-weight="bold">\(XMLText.escaped(title))</text>
        \(body)</svg>

        """
    }

    /// The next round figure above `amount` (whole hundreds of euros), so axis ticks are readable.
    static func niceCeiling(_ amount: Money) -> Money {
        let hundred: Int64 = 100_00
        return Money(cents: max(hundred, (amount.cents + hundred - 1) / hundred * hundred))
    }
}
