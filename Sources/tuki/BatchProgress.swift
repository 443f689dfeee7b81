import Foundation
import TukiEngine
import TukiText

/// "1 200/2 000 scenarios, 850 a second, about 1 s left" on one stderr line, redrawn at most four times a
/// second, and only when stderr is a terminal: a log file or a pipe gets nothing.
struct BatchProgress {
    let formatter: TextFormatter
    let total: Int
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    static var isWanted: Bool { isatty(STDERR_FILENO) != 0 }

    init(formatter: TextFormatter, total: Int) {
        self.formatter = formatter
        self.total = total
    }

    mutating func update(done: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.25 || done == total else { return }
        lastDrawn = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Int((Double(done) / elapsed).rounded())
        let left = rate > 0 ? (total - done + rate - 1) / rate : 0
        let text = formatter.say(BatchMessages.progress, ["done": .count(done), "total": .count(total), "rate": .count(rate),
                                                          "seconds": .count(max(0, left))])
        FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
        drawn = true
    }

    func clear() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
