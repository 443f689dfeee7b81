/// A parameter's full id: its file's namespace and its key ("pension.kela.earnings_limit").
public struct ParameterID: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }
    public static func < (lhs: ParameterID, rhs: ParameterID) -> Bool { lhs.rawValue < rhs.rawValue }
}
