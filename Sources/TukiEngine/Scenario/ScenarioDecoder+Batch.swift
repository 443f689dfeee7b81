extension ScenarioDecoder {
    /// A batch: `{"scenarios": [...]}` with 1 to `limit` scenarios; errors name the item, as in `scenarios.2.person.birthYear`.
    public static func decodeBatch(_ text: String, file: String, limit: Int) throws(InputError) -> [Scenario] {
        let root = try YAMLDocument.parse(text, file: file)
        let scenarios: [Scenario]
        do { scenarios = try items(of: root, limit: limit) } catch { throw root.emptyInsteadOfMissing(error) }
        try root.rejectEmptyValues()
        return scenarios
    }

    private static func items(of root: YAMLNode, limit: Int) throws(InputError) -> [Scenario] {
        let fields = try root.fields(allowed: ["scenarios"], required: ["scenarios"])
        let list = try fields.required("scenarios")
        let items = try list.sequence()
        guard (1...limit).contains(items.count) else {
            throw list.outOfRange(.count(items.count), minimum: .count(1), maximum: .count(limit))
        }
        var scenarios: [Scenario] = []
        for item in items { scenarios.append(try decode(root: item)) }
        return scenarios
    }
}
