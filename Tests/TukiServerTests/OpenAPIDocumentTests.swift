import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import TukiServer
import Yams

@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    static func document() async throws -> [String: Any] {
        let text = try await ServerFixture.test { client in
            try await client.execute(uri: "/openapi.yaml", method: .get) { String(buffer: $0.body) }
        }
        return try #require(try Yams.load(yaml: text) as? [String: Any])
    }

    @Test("every route the server has is described")
    func everyRouteDescribed() async throws {
        let document = try await Self.document()
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let router = TukiService(rules: ServerFixture.rules).router(accessLogger: Logger(label: "test"))
        #expect(router.routes.count >= 14)
        for route in router.routes {
            let path = route.path.description.hasPrefix("/") ? route.path.description : "/" + route.path.description
            #expect(paths[path]?[route.method.rawValue.lowercased()] != nil, "\(route.method) \(path) is not in /openapi.yaml")
        }
    }

    @Test("every request example gets a 200 whose answer validates against the documented schema")
    func requestExamplesValidate() async throws {
        let document = try await Self.document()
        let check = SchemaCheck(document: document)
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var checked = 0
        for (path, methods) in paths {
            guard let operation = methods["post"] as? [String: Any],
                  let content = ((operation["requestBody"] as? [String: Any])?["content"] as? [String: Any])?["application/json"] as? [String: Any],
                  let examples = content["examples"] as? [String: Any] else { continue }
            let schema = try #require(((((operation["responses"] as? [String: Any])?["200"] as? [String: Any])?["content"]
                as? [String: Any])?["application/json"] as? [String: Any])?["schema"] as? [String: Any])
            for (name, example) in examples {
                var example = try #require(example as? [String: Any])
                if let reference = example["$ref"] as? String { example = check.resolve(reference) }
                let body = try JSONSerialization.data(withJSONObject: try #require(example["value"]))
                #expect(check.problems(example["value"]!, try #require(content["schema"] as? [String: Any])).isEmpty,
                        "\(path) example \(name) does not fit its own request schema")
                let answer = try await ServerFixture.test { client in
                    try await client.execute(uri: path, method: .post, body: ByteBuffer(bytes: body))
                }
                #expect(answer.status == .ok, "\(path) example \(name): \(String(buffer: answer.body).prefix(300))")
                let json = try JSONSerialization.jsonObject(with: Data(String(buffer: answer.body).utf8))
                let problems = check.problems(json, schema)
                #expect(problems.isEmpty, "\(path) example \(name): \(problems.prefix(5))")
                checked += 1
            }
        }
        #expect(checked >= 4)
    }

    @Test("every response example has the shape of the server's actual answer")
    func responseExamplesValidate() async throws {
        let document = try await Self.document()
        let check = SchemaCheck(document: document)
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var checked = 0
        for (path, methods) in paths {
            guard let operation = methods["get"] as? [String: Any],
                  let content = (((operation["responses"] as? [String: Any])?["200"] as? [String: Any])?["content"] as? [String: Any])?["application/json"]
                    as? [String: Any], let example = content["example"] else { continue }
            let schema = try #require(content["schema"] as? [String: Any])
            #expect(check.problems(example, schema).isEmpty, "\(path): the example does not fit the schema")
            let answer = try await ServerFixture.test { client in try await client.execute(uri: path, method: .get) }
            let json = try JSONSerialization.jsonObject(with: Data(String(buffer: answer.body).utf8))
            #expect(check.problems(json, schema).isEmpty, "\(path): the answer does not fit the schema")
            #expect(Set((json as? [String: Any] ?? [:]).keys) == Set((example as? [String: Any] ?? [:]).keys), "\(path): keys differ from the example")
            checked += 1
        }
        #expect(checked >= 1)
    }
}
