import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import TukiServer

/// Keeps every log line with its metadata, so a test can read what the service would have written.
final class CapturedLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }

    func logger() -> Logger {
        Logger(label: "capture") { _ in CapturingHandler(log: self) }
    }
}

struct CapturingHandler: LogHandler {
    let log: CapturedLog
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        log.append("\(event.level) \(event.message) " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
    }
}

@Suite("Access log")
struct AccessLogTests {
    @Test("a simulate request logs method, route, status and duration, and no income or municipality")
    func noPersonalData() async throws {
        let captured = CapturedLog()
        try await ServerFixture.test(logger: captured.logger()) { client in
            _ = try await client.execute(uri: "/v1/simulate", method: .post, body: ByteBuffer(string: ServerFixture.exampleScenario))
        }
        let lines = captured.all
        let access = try #require(lines.first { $0.contains("route=/v1/simulate") })
        #expect(access.contains("method=POST") && access.contains("status=200") && access.contains("duration_us="))
        for line in lines {
            // The duration is a number of its own that may happen to contain a figure's digits (960806 µs).
            let checked = line.replacing(/duration_us=[0-9]+/, with: "duration_us=")
            for secret in ["Joensuu", "12.40", "12,40", "806", "620", "2002", "Saara"] {
                #expect(!checked.contains(secret), "log line holds \(secret): \(line)")
            }
        }
    }
}
