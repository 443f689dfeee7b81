import Dispatch
import Foundation
import TukiEngine

/// Where a batch writes as it goes. With a path: a temporary file beside it, moved into place only when the
/// run completes; interrupted (Ctrl-C, SIGTERM, SIGHUP) or failed, the temporary file is removed, so a
/// half-written result never appears. Without a path: standard output.
final class BatchOutputFile {
    private let handle: FileHandle
    private let path: String?
    private let temporaryPath: String?
    private var buffer = ""
    private var signalSources: [DispatchSourceSignal] = []

    init(path: String?) throws(InputError) {
        self.path = path
        guard let path else {
            handle = FileHandle.standardOutput
            temporaryPath = nil
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial").path
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else { throw AtomicFile.unwritable(path) }
        self.handle = handle
        temporaryPath = temporary
        removeOnSignals(temporary)
    }

    /// Control characters from the scenarios (a name) are shown as `\u{1B}`, as in every other output: CSV goes to
    /// a terminal as readily as to a file.
    func write(_ text: String) {
        buffer += Output.visible(text)
        if buffer.utf8.count >= 65_536 { flush() }
    }

    /// Moves the finished file into place (replacing any earlier one in one step).
    func finish() throws {
        flush()
        guard let path, let temporaryPath else { return }
        try handle.close()
        guard rename(temporaryPath, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        signalSources.forEach { $0.cancel() }
    }

    /// Removes the temporary file after a failure; the destination stays as it was.
    func abandon() {
        guard let temporaryPath else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer.utf8))
        buffer.removeAll(keepingCapacity: true)
    }

    private func removeOnSignals(_ temporary: String) {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                unlink(temporary)
                _exit(128 + signalNumber)
            }
            source.resume()
            signalSources.append(source)
        }
    }
}
