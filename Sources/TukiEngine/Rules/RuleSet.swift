/// All rules loaded from a Rules/ folder (plus any overlays), identified by version and digest.
public struct RuleSet: Sendable {
    public struct ChangelogEntry: Sendable, Hashable {
        public let version: String
        public let date: Day
        public let changes: String
    }

    public struct Namespace: Sendable, Hashable {
        public let name: String
        public let file: String
        public let title: LocalizedText
    }

    public let name: String
    public let version: String
    public let changelog: [ChangelogEntry]
    public let namespaces: [Namespace]
    public let parameters: [ParameterID: Parameter]
    /// SHA-256 (hex) of the rule files' content, overlays included.
    public let digest: String
    /// Overlay files applied on top of the rules, in order.
    public let overlays: [String]
    let timelines: TimelineIndex

    init(name: String, version: String, changelog: [ChangelogEntry], namespaces: [Namespace],
         parameters: [ParameterID: Parameter], digest: String, overlays: [String]) {
        self.name = name
        self.version = version
        self.changelog = changelog
        self.namespaces = namespaces
        self.parameters = parameters
        self.digest = digest
        self.overlays = overlays
        timelines = TimelineIndex(parameters.values.map(ParameterTimeline.init))
    }

    public var stamp: RuleSetStamp { RuleSetStamp(version: version, digest: digest, overlays: overlays) }

    public var sortedParameters: [Parameter] { parameters.values.sorted { $0.id < $1.id } }

    public func parameter(_ id: ParameterID) -> Parameter? { parameters[id] }

    /// The parameters as in force on `day`.
    public func at(_ day: Day) -> Parameters { Parameters(timelines: timelines, date: day) }

    /// Checks that every parameter a calculator reads exists with the type it expects.
    public func problems(with requirements: [CalculatorRequirement]) -> [InputError] {
        requirements.flatMap { requirement in
            requirement.reads.compactMap { read -> InputError? in
                if let parameter = parameters[read.id], parameter.type == read.type { return nil }
                return InputError(file: parameters[read.id]?.file ?? "Rules", line: parameters[read.id]?.line,
                                  field: read.id.rawValue, InputMessages.calculatorReadsUnknown,
                                  ["calculator": .term(requirement.calculator.termKey), "parameter": .text(read.id.rawValue)])
            }
        }
    }
}

/// What a result records about the rules it was computed with.
public struct RuleSetStamp: Sendable, Hashable {
    public let version: String
    public let digest: String
    public let overlays: [String]
}

/// The parameters one calculator reads, declared so the rules can be checked before any run.
public struct CalculatorRequirement: Sendable {
    public struct Read: Sendable, Hashable {
        public let id: ParameterID
        public let type: ParameterType
        public init(_ id: ParameterID, _ type: ParameterType) {
            self.id = id
            self.type = type
        }
    }

    public let calculator: CalculatorName
    public let reads: [Read]
}
