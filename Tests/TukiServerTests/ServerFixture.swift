import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import TukiEngine
import TukiServer

/// The service on the repository's rules, driven in memory through HummingbirdTesting.
enum ServerFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let rules: RuleSet = try! RuleLoader.load(directory: repository.appendingPathComponent("Rules").path)

    /// The 2026 example scenario (Scenarios/examples/saara-3-days-5-hours.yaml) as JSON (the same file the CLI reads as YAML).
    static let exampleScenario = """
    {"name": "Saara, 3 days × 5 h at 12.40 €/h", "start": "2026-02", "months": 12,
     "person": {"birthYear": 2002, "municipality": "Joensuu", "churchMember": false},
     "household": {"adults": 1, "children": 0},
     "benefits": {"kelaDisabilityPension": true, "disabilityAllowance": "basic"},
     "housing": {"rent": 620.00, "water": 20.00, "allowance": "auto"},
     "job": {"pattern": {"daysPerWeek": 3, "hoursPerDay": 5}, "hourlyWage": 12.40,
             "employer": {"kind": "company", "wageSubsidy": {"type": "reducedCapacity", "unemployedJobseeker": true}}}}
    """

    static func test<Value>(limits: ServiceLimits = ServiceLimits(), logger: Logger = Logger(label: "test"),
                            _ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        let router = TukiService(rules: rules, limits: limits).router(accessLogger: logger)
        return try await Application(router: router).test(.router, body)
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any])
    }

    /// The error object of a JSON error answer; empty when there is none.
    static func error(_ response: TestResponse) -> [String: Any] {
        ((try? json(response))?["error"] as? [String: Any]) ?? [:]
    }
}
