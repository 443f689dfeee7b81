/// A short text in the three languages Tuki speaks.
public struct LocalizedText: Sendable, Hashable {
    public let fi: String
    public let sv: String
    public let en: String

    public init(fi: String, sv: String, en: String) {
        self.fi = fi
        self.sv = sv
        self.en = en
    }

    public func text(in language: Language) -> String {
        switch language {
        case .fi: fi
        case .sv: sv
        case .en: en
        }
    }
}

public enum Language: String, Sendable, CaseIterable, Hashable {
    case fi, sv, en
}
