import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TukiServer

@Suite("Limits and bad input")
struct LimitTests {
    @Test("a body over the limit is 413 with a JSON error")
    func bodyTooLarge() async throws {
        try await ServerFixture.test(limits: ServiceLimits(maxBodyBytes: 100)) { client in
            try await client.execute(uri: "/v1/simulate", method: .post, body: ByteBuffer(string: ServerFixture.exampleScenario)) { response in
                #expect(response.status == .contentTooLarge)
                #expect(ServerFixture.error(response)["code"] as? String == "service.error.body_too_large")
            }
        }
    }

    @Test("bad input is 400 naming the field", arguments: [
        (#"{"name": "x", "start": "2026-02", "person": {"birthYear": 1990, "shoeSize": 42}}"#, "person.shoeSize"),
        (#"{"name": "x", "start": "2026-02", "person": {"birthYear": 1990}, "months": 0}"#, "months"),
        (#"{"name": "x", "start": "9999-12", "person": {"birthYear": 1990}, "months": 2}"#, "start"),
        (#"{"start": "2026-02", "person": {"birthYear": 1990}}"#, "name"),
        (#"{"name": "x", "start": "2026-02", "person": {"birthYear": 1990}, "housing": {"water": 3}}"#, "housing.rent"),
        (#"{"name": "x", "start": "2026-02", "person": {"birthYear": 1990}, "housing": {"rent": -5}}"#, "housing.rent"),
        (#"{"name": "x", "start": "2026-02", "person": {"birthYear": 1990}, "job": {"pattern": {"daysPerWeek": 3, "hoursPerDay": 30}, "hourlyWage": 12}}"#,
         "job.pattern.hoursPerDay"),
    ])
    func badInput(body: String, field: String) async throws {
        try await ServerFixture.test { client in
            try await client.execute(uri: "/v1/simulate?lang=en", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest)
                let error = ServerFixture.error(response)
                #expect(error["field"] as? String == field)
                #expect(!((error["message"] as? String) ?? "").isEmpty)
            }
        }
    }

    @Test("malformed JSON is 400 with the line")
    func malformed() async throws {
        try await ServerFixture.test { client in
            try await client.execute(uri: "/v1/simulate", method: .post, body: ByteBuffer(string: "{\"name\": \"x\",\n \"start\": ")) { response in
                #expect(response.status == .badRequest)
                #expect(ServerFixture.error(response)["line"] is Int)
            }
        }
    }

    @Test("bad query parameters are 400 naming them", arguments: ["/v1/simulate?asOf=yesterday", "/v1/sweep?hours=40...0", "/v1/sweep?hours=165...170",
                                                                  "/v1/sweep?step=0.01", "/v1/simulate?lang=de"])
    func badQuery(uri: String) async throws {
        try await ServerFixture.test { client in
            try await client.execute(uri: uri, method: .post, body: ByteBuffer(string: ServerFixture.exampleScenario)) { response in
                #expect(response.status == .badRequest)
                let field = try #require(ServerFixture.error(response)["field"] as? String)
                #expect(uri.contains(field + "="))
            }
        }
    }

    @Test("a bad query's expected form is said in the reader's language")
    func badQueryInSwedish() async throws {
        try await ServerFixture.test { client in
            try await client.execute(uri: "/v1/sweep?hours=abc&lang=sv", method: .post,
                                     body: ByteBuffer(string: ServerFixture.exampleScenario)) { response in
                #expect(response.status == .badRequest)
                let message = try #require(ServerFixture.error(response)["message"] as? String)
                #expect(message.contains("veckotimmar som FRÅN...TILL"))
            }
        }
    }

    @Test("a batch over the limit is 400 naming scenarios")
    func batchLimit() async throws {
        let body = #"{"scenarios": [\#(ServerFixture.exampleScenario), \#(ServerFixture.exampleScenario)]}"#
        try await ServerFixture.test(limits: ServiceLimits(maxBatchScenarios: 1)) { client in
            try await client.execute(uri: "/v1/batch", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest)
                #expect(ServerFixture.error(response)["field"] as? String == "scenarios")
            }
        }
    }

    @Test("a computation past the time limit is 503")
    func timeLimit() async throws {
        try await ServerFixture.test(limits: ServiceLimits(timeLimit: .milliseconds(1))) { client in
            try await client.execute(uri: "/v1/sweep?hours=0...40&step=0.25", method: .post,
                                     body: ByteBuffer(string: ServerFixture.exampleScenario)) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(ServerFixture.error(response)["code"] as? String == "service.error.time_limit")
            }
        }
    }
}
