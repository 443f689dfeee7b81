/// A plain-text table: text columns left-aligned, figure columns right-aligned.
struct TextTable {
    let header: [String]
    /// Columns holding figures; by default every column but the first.
    var figureColumns: Set<Int>
    var rows: [[String]] = []

    init(header: [String], figureColumns: Set<Int>? = nil) {
        self.header = header
        self.figureColumns = figureColumns ?? Set(header.indices.dropFirst())
    }

    func render() -> String {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        return ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return figureColumns.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
