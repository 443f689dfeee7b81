/// What one request may ask of the service; each is configurable with `tuki serve`.
public struct ServiceLimits: Sendable {
    /// Largest request body accepted; a larger one gets 413.
    public var maxBodyBytes: Int
    /// Most scenarios in one `POST /v1/batch`.
    public var maxBatchScenarios: Int
    /// Longest a request may compute before it gets 503.
    public var timeLimit: Duration
    /// Most points in one sweep (fixed: a sweep point is a whole simulation).
    public static let maxSweepPoints = 201

    public init(maxBodyBytes: Int = 262_144, maxBatchScenarios: Int = 20, timeLimit: Duration = .seconds(10)) {
        self.maxBodyBytes = maxBodyBytes
        self.maxBatchScenarios = maxBatchScenarios
        self.timeLimit = timeLimit
    }
}
