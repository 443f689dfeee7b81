/// Where a key written twice in a block-style YAML mapping is: the second occurrence's line and the key path
/// leading to it ("parameters.limit.values.2025-01-01"). Yams reports only the first occurrence and no path.
struct DuplicateKeyLocation: Equatable {
    let line: Int
    let path: String

    /// `firstLine` is 1-based, as Yams gives it. Nil for flow style (JSON) or when the text does not show the key.
    init?(key: String, firstLine: Int, in text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard firstLine >= 1, firstLine <= lines.count, let first = Self.entry(lines[firstLine - 1]), first.key == key
        else { return nil }
        guard let second = lines.indices.dropFirst(firstLine).first(where: { index in
            Self.entry(lines[index]).map { $0.indent == first.indent && $0.key == key } ?? false
        }) else { return nil }
        var path = [key]
        var indent = first.indent
        for index in stride(from: firstLine - 2, through: 0, by: -1) {
            guard let parent = Self.entry(lines[index]), parent.indent < indent else { continue }
            path.insert(parent.key, at: 0)
            indent = parent.indent
            if indent == 0 { break }
        }
        self.line = second + 1
        self.path = path.joined(separator: ".")
    }

    /// A block mapping line's indentation and key, e.g. `    2025-01-01: 90.00` → (4, "2025-01-01").
    private static func entry(_ line: Substring) -> (indent: Int, key: String)? {
        let indent = line.prefix(while: { $0 == " " }).count
        let rest = line.dropFirst(indent)
        guard !rest.hasPrefix("#"), !rest.hasPrefix("-"), let colon = rest.firstIndex(of: ":") else { return nil }
        var key = rest[..<colon].trimmingCharacters(in: " ")
        if key.count >= 2, let quote = key.first, quote == "\"" || quote == "'", key.last == quote {
            key = String(key.dropFirst().dropLast())
        }
        return key.isEmpty || key.contains("{") ? nil : (indent, key)
    }
}

private extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        String(drop(while: { $0 == set }).reversed().drop(while: { $0 == set }).reversed())
    }
}
