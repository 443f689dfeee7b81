import Foundation

/// Checks a decoded JSON value against an OpenAPI 3.0 schema (the parts the document uses: $ref, type, nullable,
/// required, properties, additionalProperties, items, enum, oneOf). Returns the problems with their paths.
struct SchemaCheck {
    let document: [String: Any]

    func problems(_ value: Any, _ schema: [String: Any], at path: String = "$") -> [String] {
        if let reference = schema["$ref"] as? String { return problems(value, resolve(reference), at: path) }
        if value is NSNull { return schema["nullable"] as? Bool == true || schema.isEmpty ? [] : ["\(path): null not allowed"] }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let matching = options.filter { problems(value, $0, at: path).isEmpty }.count
            return matching == 1 ? [] : ["\(path): matches \(matching) of oneOf"]
        }
        if let allowed = schema["enum"] as? [Any], !allowed.contains(where: { "\($0)" == "\(value)" }) {
            return ["\(path): \(value) not in enum"]
        }
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return ["\(path): not an object"] }
            var found = ((schema["required"] as? [String]) ?? []).filter { object[$0] == nil }.map { "\(path).\($0): missing" }
            let properties = (schema["properties"] as? [String: [String: Any]]) ?? [:]
            for (key, member) in object {
                if let propertySchema = properties[key] {
                    found += problems(member, propertySchema, at: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    found.append("\(path).\(key): not in the schema")
                } else if let extra = schema["additionalProperties"] as? [String: Any] {
                    found += problems(member, extra, at: "\(path).\(key)")
                }
            }
            return found
        case "array":
            guard let array = value as? [Any] else { return ["\(path): not an array"] }
            let items = (schema["items"] as? [String: Any]) ?? [:]
            return array.enumerated().flatMap { problems($1, items, at: "\(path)[\($0)]") }
        case "string": return value is String ? [] : ["\(path): not a string"]
        case "boolean": return isBool(value) ? [] : ["\(path): not a boolean"]
        case "integer": return isInteger(value) ? [] : ["\(path): not an integer"]
        case "number": return isNumber(value) ? [] : ["\(path): not a number"]
        default: return []
        }
    }

    /// "#/components/schemas/Scenario" → that node.
    func resolve(_ reference: String) -> [String: Any] {
        reference.dropFirst(2).split(separator: "/").reduce(document as Any) { node, key in
            (node as? [String: Any])?[String(key)] as Any
        } as? [String: Any] ?? [:]
    }

    private func isBool(_ value: Any) -> Bool {
        if type(of: value) == Bool.self { return true }
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    private func isInteger(_ value: Any) -> Bool {
        if isBool(value) { return false }
        if value is Int { return true }
        guard let number = value as? NSNumber else { return false }
        return ["q", "l", "i", "s", "Q", "L", "I", "S"].contains(String(cString: number.objCType))
    }

    private func isNumber(_ value: Any) -> Bool {
        !isBool(value) && (value is Int || value is Double || value is Decimal || value is NSNumber)
    }
}
