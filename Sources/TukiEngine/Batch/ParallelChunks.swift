import Dispatch
import Foundation

/// Runs work over a stream in chunks: each chunk's items run on `jobs` threads at once, and the
/// results are handed on in input order, so the order of output never depends on `jobs`.
/// Only one chunk is held at a time, so memory stays flat however long the stream is.
public struct ParallelChunks: Sendable {
    public let jobs: Int
    public let chunkSize: Int

    public init(jobs: Int, chunkSize: Int = 512) {
        self.jobs = max(1, jobs)
        self.chunkSize = max(1, chunkSize) * max(1, jobs)
    }

    public func run<Input: IteratorProtocol, Output: Sendable>(
        _ input: inout Input, _ work: @escaping @Sendable (Input.Element) -> Output, each emit: (Output) throws -> Void
    ) rethrows where Input.Element: Sendable {
        var chunk: [Input.Element] = []
        chunk.reserveCapacity(chunkSize)
        while true {
            chunk.removeAll(keepingCapacity: true)
            while chunk.count < chunkSize, let item = input.next() { chunk.append(item) }
            if chunk.isEmpty { return }
            for output in map(chunk, work) { try emit(output) }
        }
    }

    /// `items.map(work)` on `jobs` threads; worker `w` takes items w, w + jobs, w + 2·jobs, …
    public func map<Item: Sendable, Output: Sendable>(_ items: [Item], _ work: @escaping @Sendable (Item) -> Output) -> [Output] {
        if jobs == 1 || items.count < 2 { return items.map(work) }
        let slots = Slots<Output>(count: items.count)
        let workers = min(jobs, items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var done: [(Int, Output)] = []
            for index in stride(from: worker, to: items.count, by: workers) { done.append((index, work(items[index]))) }
            slots.store(done)
        }
        return slots.values()
    }
}

/// Results of one chunk, filled by the workers under a lock (each index once).
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ done: [(Int, Value)]) {
        lock.lock()
        defer { lock.unlock() }
        for (index, value) in done { slots[index] = value }
    }

    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
