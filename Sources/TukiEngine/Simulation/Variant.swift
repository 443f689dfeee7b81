/// The two runs of every month: without the job (baseline) and with it.
public enum Variant: String, Sendable, Hashable, CaseIterable {
    case baseline, withJob
}
