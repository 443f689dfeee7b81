/// Where a figure or a formula comes from: a law, an official page, or both.
public struct Source: Sendable, Hashable {
    public let law: String?
    public let url: String?
    /// Which page, table or decision, and the year the figure was confirmed.
    public let note: String?

    public init(law: String? = nil, url: String? = nil, note: String? = nil) {
        self.law = law
        self.url = url
        self.note = note
    }
}
