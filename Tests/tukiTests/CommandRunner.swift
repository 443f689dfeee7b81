import Foundation

/// Runs the built `tuki` binary from the repository root, as a user would.
struct CommandRunner {
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `swift test` puts the test bundle and the `tuki` executable in the same build folder.
    static let executable: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("tuki")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return repository.appendingPathComponent(".build/debug/tuki")
    }()

    /// The version `Rules/ruleset.yaml` declares, so tests follow the rules' releases.
    static let rulesVersion: String = {
        let text = (try? String(contentsOf: repository.appendingPathComponent("Rules/ruleset.yaml"), encoding: .utf8)) ?? ""
        let line = text.split(separator: "\n").first { $0.hasPrefix("version:") } ?? ""
        return line.dropFirst("version:".count).trimmingCharacters(in: CharacterSet(charactersIn: " \""))
    }()

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = repository
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                       stderr: String(decoding: err, as: UTF8.self))
    }

    /// An overlay file marking one parameter's value from `date` unknown, as for a year whose figure was not found.
    static func unknownValueOverlay(_ id: String, from date: String) throws -> URL {
        let parts = id.split(separator: ".")
        return try temporaryFile("unknown-value.yaml", """
        namespace: \(parts.dropLast().joined(separator: "."))
        parameters:
          \(parts.last!):
            source: {law: Test fixture, note: Unknown for the test}
            values:
              \(date): {status: unknown, note: Test fixture.}
        """)
    }

    static func temporaryFile(_ name: String, _ content: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tuki-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try content.write(to: file, atomically: true, encoding: .utf8)
        return file
    }
}
