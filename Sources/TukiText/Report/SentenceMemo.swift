import Foundation
import TukiEngine

/// The sentences of one answer, each formatted once. An answer's months repeat the same steps (the same
/// pension, the same wage), and every sentence goes through ICU MessageFormat, most of the cost of an
/// answer with its trace. Made for one answer, so it holds no more than that answer's sentences.
final class SentenceMemo: @unchecked Sendable {
    private let formatter: TextFormatter
    private let lock = NSLock()
    private var sentences: [Statement: String] = [:]

    init(formatter: TextFormatter) { self.formatter = formatter }

    func text(_ statement: Statement) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let known = sentences[statement] { return known }
        let text = formatter.format(statement)
        sentences[statement] = text
        return text
    }
}
