import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TukiServer

@Suite("JSON API routes")
struct APIRouteTests {
    let version = ServerFixture.rules.version
    let digest = ServerFixture.rules.digest

    private func expectStamped(_ response: TestResponse) throws {
        #expect(response.headers[HTTPField.Name("Tuki-Ruleset-Version")!] == version)
        #expect(response.headers[HTTPField.Name("Tuki-Ruleset-Digest")!] == digest)
    }

    private func expectRuleset(_ object: [String: Any]) throws {
        let ruleset = try #require(object["ruleset"] as? [String: Any])
        #expect(ruleset["version"] as? String == version)
        #expect(ruleset["digest"] as? String == digest)
    }

    @Test("health gives the ruleset version and digest")
    func health() async throws {
        try await ServerFixture.test { client in
            try await client.execute(uri: "/v1/health", method: .get) { response in
                #expect(response.status == .ok)
                try expectStamped(response)
                let body = try ServerFixture.json(response)
                #expect(body["status"] as? String == "ok")
                try expectRuleset(body)
            }
        }
    }

    @Test("a GET on a POST route is 405 with Allow: POST, not 404")
    func methodNotAllowed() async throws {
        try await ServerFixture.test { client in
            try await client.execute(uri: "/v1/simulate", method: .get, headers: [.acceptLanguage: "sv"]) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "POST")
                try expectStamped(response)
                #expect(String(buffer: response.body).contains("Den här adressen tar bara emot POST-anrop"))
            }
            try await client.execute(uri: "/v1/simulate/", method: .get) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "POST")
            }
            // HEAD on a GET route is not served, but the route is named rather than said to be missing.
            try await client.execute(uri: "/v1/health", method: .head) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET")
            }
            try await client.execute(uri: "/v1/health", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET")
            }
            try await client.execute(uri: "/v1/nothing", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test("simulate returns the months of the example, same answer twice")
    func simulate() async throws {
        try await ServerFixture.test { client in
            let first = try await client.execute(uri: "/v1/simulate?lang=en", method: .post, body: ByteBuffer(string: ServerFixture.exampleScenario))
            #expect(first.status == .ok)
            try expectStamped(first)
            let body = try ServerFixture.json(first)
            try expectRuleset(body)
            #expect((body["months"] as? [Any])?.count == 12)
            #expect(String(buffer: first.body).contains("\"grossWage\":806.00"))
            let second = try await client.execute(uri: "/v1/simulate?lang=en", method: .post, body: ByteBuffer(string: ServerFixture.exampleScenario))
            #expect(String(buffer: first.body) == String(buffer: second.body))
        }
    }

    @Test("simulate with trace=false keeps the figures and warnings, leaves the steps out and fits the schema; trace=maybe is 400")
    func simulateWithoutTrace() async throws {
        let full = try await ServerFixture.test { client in
            try await client.execute(uri: "/v1/simulate", method: .post, body: ByteBuffer(string: ServerFixture.exampleScenario))
        }
        let compact = try await ServerFixture.test { client in
            try await client.execute(uri: "/v1/simulate?trace=false", method: .post, body: ByteBuffer(string: ServerFixture.exampleScenario))
        }
        #expect(compact.status == .ok)
        let body = try ServerFixture.json(compact)
        let month = try #require((body["months"] as? [[String: Any]])?.first)
        let withJob = try #require(month["withJob"] as? [String: Any])
        #expect(withJob["trace"] == nil)
        #expect((withJob["amounts"] as? [String: Any])?["grossWage"] as? Double == 806)
        #expect(((body["taxYears"] as? [[String: Any]])?.first)?["steps"] == nil)
        #expect((body["warnings"] as? [Any])?.isEmpty == false)
        #expect(compact.body.readableBytes < full.body.readableBytes)
        let document = try await OpenAPIDocumentTests.document()
        let schema = SchemaCheck(document: document).resolve("#/components/schemas/SimulationResult")
        #expect(SchemaCheck(document: document).problems(body, schema).isEmpty)
        let bad = try await ServerFixture.test { client in
            try await client.execute(uri: "/v1/simulate?trace=maybe", method: .post, body: ByteBuffer(string: ServerFixture.exampleScenario))
        }
        #expect(bad.status == .badRequest)
    }

    @Test("simulate gives each warning once with its months: the example's unknown 2026 Kela earnings limit is one warning for its 11 months of 2026 (in January 2027 the full amount is already unknown)")
    func warningsGroupedByMonth() async throws {
        let response = try await ServerFixture.test { client in
            try await client.execute(uri: "/v1/simulate?trace=false", method: .post, body: ByteBuffer(string: ServerFixture.exampleScenario))
        }
        let warnings = try #require(try ServerFixture.json(response)["warnings"] as? [[String: Any]])
        let texts = warnings.compactMap { $0["text"] as? String }
        #expect(Set(texts).count == warnings.count)
        let kelaStopped = try #require(warnings.first { warning in
            warning["id"] as? String == "warning.calculation_stopped"
                && (warning["values"] as? [String: Any])?["parameter"] as? String == "pension.kela.earnings_limit"
        })
        let months = try #require(kelaStopped["months"] as? [String])
        #expect(months.count == 11)
        #expect(months.first == "2026-02" && months.last == "2026-12")
        #expect(months == months.sorted())
        let employerView = try #require(warnings.first { $0["id"] as? String == "warning.employer_view" })
        #expect((employerView["months"] as? [String])?.isEmpty == true)
    }

    @Test("simulate with asOf pins the rules' date")
    func simulatePinned() async throws {
        try await ServerFixture.test { client in
            try await client.execute(uri: "/v1/simulate?asOf=2026-01-01", method: .post, body: ByteBuffer(string: ServerFixture.exampleScenario)) { response in
                let body = try ServerFixture.json(response)
                #expect(body["asOfMode"] as? String == "pinned")
                #expect(body["asOf"] as? String == "2026-01-01")
            }
        }
    }

    @Test("subsidy gives the employer view; a scenario without an employer is 400 naming job.employer")
    func subsidy() async throws {
        try await ServerFixture.test { client in
            try await client.execute(uri: "/v1/subsidy", method: .post, body: ByteBuffer(string: ServerFixture.exampleScenario)) { response in
                #expect(response.status == .ok)
                let body = try ServerFixture.json(response)
                try expectRuleset(body)
                #expect(body["wageSubsidy"] is [String: Any])
            }
            let noEmployer = #"{"name": "x", "start": "2026-02", "person": {"birthYear": 1990}, "job": {"pattern": {"hoursPerWeek": 10}, "hourlyWage": 12}}"#
            try await client.execute(uri: "/v1/subsidy", method: .post, body: ByteBuffer(string: noEmployer)) { response in
                #expect(response.status == .badRequest)
                #expect(ServerFixture.error(response)["field"] as? String == "job.employer")
            }
        }
    }

    @Test("sweep gives points, best safe hours and conclusions")
    func sweep() async throws {
        try await ServerFixture.test { client in
            try await client.execute(uri: "/v1/sweep?hours=0...20&step=5&lang=sv", method: .post,
                                     body: ByteBuffer(string: ServerFixture.exampleScenario)) { response in
                #expect(response.status == .ok)
                let body = try ServerFixture.json(response)
                try expectRuleset(body)
                #expect((body["points"] as? [Any])?.count == 5)
                #expect(body.keys.contains("bestSafeHours"))
                #expect(!((body["conclusions"] as? [String]) ?? []).isEmpty)
                #expect(body["language"] as? String == "sv")
            }
        }
    }

    @Test("batch simulates each scenario; an error names the item")
    func batch() async throws {
        try await ServerFixture.test { client in
            let body = #"{"scenarios": [\#(ServerFixture.exampleScenario), \#(ServerFixture.exampleScenario)]}"#
            try await client.execute(uri: "/v1/batch", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                let object = try ServerFixture.json(response)
                try expectRuleset(object)
                #expect((object["results"] as? [Any])?.count == 2)
            }
            let broken = #"{"scenarios": [\#(ServerFixture.exampleScenario), {"name": "x", "start": "2026-02", "person": {"birthYear": "old"}}]}"#
            try await client.execute(uri: "/v1/batch", method: .post, body: ByteBuffer(string: broken)) { response in
                #expect(response.status == .badRequest)
                #expect(ServerFixture.error(response)["field"] as? String == "scenarios.1.person.birthYear")
            }
        }
    }

    @Test("rules list and one parameter with asOf; an unknown id is 404")
    func rules() async throws {
        let id = try #require(ServerFixture.rules.sortedParameters.first).id.rawValue
        try await ServerFixture.test { client in
            try await client.execute(uri: "/v1/rules", method: .get) { response in
                #expect(response.status == .ok)
                let body = try ServerFixture.json(response)
                try expectRuleset(body)
                #expect((body["parameters"] as? [Any])?.count == ServerFixture.rules.parameters.count)
            }
            try await client.execute(uri: "/v1/rules/\(id)?asOf=2026-06-01", method: .get) { response in
                #expect(response.status == .ok)
                let body = try ServerFixture.json(response)
                #expect(body["id"] as? String == id)
                #expect(body["asOf"] as? String == "2026-06-01")
                #expect(!((body["values"] as? [Any]) ?? []).isEmpty)
            }
            try await client.execute(uri: "/v1/rules/no.such.parameter", method: .get) { response in
                #expect(response.status == .notFound)
                try expectStamped(response)
                #expect(ServerFixture.error(response)["field"] as? String == "id")
            }
        }
    }

    @Test("an unknown address is a JSON 404 with the ruleset")
    func notFound() async throws {
        try await ServerFixture.test { client in
            try await client.execute(uri: "/v2/simulate", method: .post) { response in
                #expect(response.status == .notFound)
                try expectStamped(response)
                try expectRuleset(try ServerFixture.json(response))
            }
        }
    }
}
