import Dispatch
import Foundation

/// Runs a computation on a Dispatch thread, off Swift's cooperative pool (which keeps serving other
/// requests and timers), and answers 503 if it is not done within the limit. The engine is synchronous
/// and cannot be interrupted: a late computation finishes in the background and its result is dropped.
/// The size limits keep that work bounded. (DispatchWorkItem is thread-safe but not marked Sendable.)
enum TimeLimit {
    /// Timers on their own serial queue, which gets a thread even while every worker thread computes.
    private static let timers = DispatchQueue(label: "tuki.time-limit")

    static func run<Value: Sendable>(_ limit: Duration, _ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        let outcome = FirstOutcome<Value>()
        return try await withCheckedThrowingContinuation { continuation in
            outcome.set(continuation)
            let (seconds, attoseconds) = limit.components
            let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
            nonisolated(unsafe) let timer = DispatchWorkItem { outcome.resume(with: .failure(APIError.timeLimit(limit))) }
            timers.asyncAfter(deadline: .now() + .nanoseconds(nanoseconds), execute: timer)
            DispatchQueue.global().async {
                outcome.resume(with: Result { try work() })
                timer.cancel()
            }
        }
    }
}

/// A continuation resumed by whichever of the work and the timer finishes first.
private final class FirstOutcome<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, any Error>?

    func set(_ continuation: CheckedContinuation<Value, any Error>) {
        lock.withLock { self.continuation = continuation }
    }

    func resume(with result: Result<Value, any Error>) {
        let waiting = lock.withLock { () -> CheckedContinuation<Value, any Error>? in
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(with: result)
    }
}
