import ArgumentParser
import Foundation
import TukiEngine
import TukiText

/// Where results and errors go: results to stdout, problems to stderr, in the chosen language.
struct Output {
    static let failedExpectations: Int32 = 1
    static let badInput: Int32 = 2

    let formatter: TextFormatter

    init(language: Language) { formatter = TextFormatter(language: language) }

    func result(_ text: String) {
        FileHandle.standardOutput.write(Data(Self.visible(text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    func problem(_ text: String) {
        FileHandle.standardError.write(Data(Self.visible(text + "\n").utf8))
    }

    /// Control characters from a file (a scenario's name, a value quoted in an error) shown as `\u{1B}` rather than
    /// sent to the terminal, where an escape sequence in a scenario file cleared the reader's screen. JSON output
    /// has escaped them already (`JSONValue`), so it stays valid JSON.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: \.isHiddenControl) else { return text }
        return text.unicodeScalars.map { $0.isHiddenControl ? "\\u{\(String($0.value, radix: 16, uppercase: true))}" : String($0) }.joined()
    }

    func report(_ errors: [InputError]) {
        for error in errors { problem(formatter.describe(error)) }
    }

    /// Lists every expected figure the result does not match and exits with status 1; returns when all match.
    func check(_ mismatches: [ExpectationMismatch], file: String) throws {
        guard !mismatches.isEmpty else { return }
        for mismatch in mismatches { problem(formatter.describe(mismatch, file: file)) }
        throw ExitCode(Output.failedExpectations)
    }
}
