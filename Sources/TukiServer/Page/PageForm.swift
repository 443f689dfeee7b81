import TukiEngine
import TukiText

/// The form's values as the coach typed them, and the scenario they make.
struct PageForm: Sendable {
    var values: [String: String]

    static let empty = PageForm(values: PageField.defaults)

    /// The language the numbers were typed in, when the form came from another language's page.
    var typedIn: Language? = nil

    /// The name of the field a language button sends with the language of the page it was pressed on.
    static let typedInField = "typedIn"

    /// Reads an `application/x-www-form-urlencoded` body; only the form's own fields are kept.
    init(urlEncoded body: String) {
        var values: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decoded(parts[0])
            let value = (parts.count > 1 ? Self.decoded(parts[1]) : nil)?.trimmingWhitespace() ?? ""
            if name == Self.typedInField { typedIn = Language(rawValue: value) }
            guard PageField.all.contains(where: { $0.name == name }) else { continue }
            values[name] = value
        }
        self.values = values
    }

    init(values: [String: String]) { self.values = values }

    /// The form as the page of `language` shows it: numbers typed on another language's page rewritten in this one's
    /// way ("12,40" from the Finnish page is "12.40" on the English one), so a language switch neither rejects nor
    /// misreads them. A number that does not read in its own language is left as typed, for its error.
    func shown(in language: Language) -> PageForm {
        guard let typedIn, typedIn != language else { return PageForm(values: values) }
        let check = PageFormCheck(form: self, language: typedIn)
        var rewritten = values
        for field in PageField.all {
            guard case .number = field.input, let typed = values[field.name], !typed.isEmpty, check.isNumber(typed) else { continue }
            let machine = Self.machineNumber(typed, language: typedIn)
            rewritten[field.name] = language == .en ? machine : machine.replacingOccurrences(of: ".", with: ",")
        }
        return PageForm(values: rewritten)
    }

    /// The scenario as JSON: filled fields and ticked boxes only (an unticked box is the decoder's default, so
    /// leaving "owner-occupied" unticked adds no housing), nested by their dotted names, every value as a JSON string
    /// (the decoder reads the text and checks it), so nothing typed can change the document's shape. In Finnish and
    /// Swedish a number may be typed as the language writes it: "1 234,50".
    func scenarioJSON(language: Language) -> String {
        var root = Node()
        for field in PageField.all {
            let value: String
            switch field.input {
            case .checkbox:
                guard values[field.name] != nil else { continue }
                value = "true"
            case .number:
                guard let typed = values[field.name], !typed.isEmpty else { continue }
                value = Self.machineNumber(typed, language: language)
            default:
                guard let typed = values[field.name], !typed.isEmpty, typed != field.omitted else { continue }
                value = typed
            }
            root.insert(value, at: path(of: field.name))
        }
        return root.json
    }

    /// A number as the page's language writes it, in the decoder's form: "1 234,50" in Finnish and Swedish,
    /// "1,234.50" in English (the way the page shows amounts), both "1234.50".
    static func machineNumber(_ typed: String, language: Language) -> String {
        let compact = typed.filter { !$0.isWhitespace }
        return language == .en ? compact.filter { $0 != "," } : String(compact.map { $0 == "," ? "." : $0 })
    }

    /// The allowance's level goes under `level` once the decision's amount sits beside it.
    private func path(of name: String) -> [String] {
        let path = name.split(separator: ".").map(String.init)
        let allowanceAmount = values["benefits.disabilityAllowance.monthly"].map { !$0.isEmpty } ?? false
        return name == "benefits.disabilityAllowance" && allowanceAmount ? path + ["level"] : path
    }

    private struct Node {
        var value: String?
        var children: [String: Node] = [:]
        var order: [String] = []

        mutating func insert(_ text: String, at path: [String]) {
            guard let key = path.first else { value = text; return }
            if children[key] == nil { order.append(key) }
            children[key, default: Node()].insert(text, at: Array(path.dropFirst()))
        }

        var json: String {
            if let value, children.isEmpty { return JSONValue.string(value).serialized() }
            return "{" + order.map { JSONValue.string($0).serialized() + ":" + children[$0]!.json }.joined(separator: ",") + "}"
        }
    }

    private static func decoded(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var index = text.utf8.startIndex
        let utf8 = text.utf8
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), let end = utf8.index(index, offsetBy: 2, limitedBy: utf8.endIndex), end < utf8.endIndex,
                      let value = UInt8(String(decoding: utf8[utf8.index(after: index)...end], as: UTF8.self), radix: 16) {
                bytes.append(value)
                index = end
            } else {
                bytes.append(byte)
            }
            index = utf8.index(after: index)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

private extension String {
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
