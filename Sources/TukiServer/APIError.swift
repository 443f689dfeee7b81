import Hummingbird
import TukiEngine
import TukiText

/// A request the service refuses, with the status, the message in the reader's language and the field it is about.
struct APIError: Error {
    let status: HTTPResponse.Status
    let statement: Statement
    let field: String?
    let line: Int?

    init(_ status: HTTPResponse.Status, _ kind: MessageKind, _ values: StatementValues = [:], field: String? = nil, line: Int? = nil) {
        self.status = status
        self.statement = Statement(kind, values)
        self.field = field
        self.line = line
    }

    /// A scenario or batch that does not decode: 400 naming the field and line.
    init(_ error: InputError) {
        self.init(.badRequest, error.statement.kind, error.statement.values, field: error.field, line: error.line)
    }

    static func bodyTooLarge(_ limit: Int) -> APIError {
        APIError(.contentTooLarge, ServiceMessages.bodyTooLarge, ["limit": .count(limit)])
    }

    static func timeLimit(_ limit: Duration) -> APIError {
        let (seconds, attoseconds) = limit.components
        return APIError(.serviceUnavailable, ServiceMessages.timeLimit,
                        ["milliseconds": .count(Int(seconds) * 1_000 + Int(attoseconds / 1_000_000_000_000_000))])
    }

    /// `expected`: a literal form ("YYYY-MM-DD") or words in the reader's language.
    static func badQuery(_ parameter: String, expected: String) -> APIError {
        badQuery(parameter, .text(expected))
    }

    static func badQuery(_ parameter: String, expected: ServiceMessages.Expected) -> APIError {
        badQuery(parameter, .term(expected.termKey))
    }

    private static func badQuery(_ parameter: String, _ expected: TraceValue) -> APIError {
        APIError(.badRequest, ServiceMessages.badQuery, ["parameter": .text(parameter), "expected": expected], field: parameter)
    }

    /// Any other error, still answered as JSON: a missing route is 404; anything unforeseen is a 500 (a bug).
    static func from(_ error: any Error) -> APIError {
        switch error {
        case let error as APIError: error
        case let error as InputError: APIError(error)
        case let error as any HTTPResponseError where error.status == .notFound: APIError(.notFound, ServiceMessages.notFound)
        case let error as any HTTPResponseError: APIError(error.status, ServiceMessages.requestRefused, ["status": .count(error.status.code)])
        default: APIError(.internalServerError, ServiceMessages.internalError)
        }
    }

    func json(_ formatter: TextFormatter, stamp: RuleSetStamp) -> JSONValue {
        .object([
            ("error", .object([
                ("status", .number(String(status.code))),
                ("code", .string(statement.kind.id)),
                ("field", field.map(JSONValue.string) ?? .null),
                ("line", line.map { .number(String($0)) } ?? .null),
                ("message", .string(formatter.format(statement))),
            ])),
            ("ruleset", ResultJSON.ruleset(stamp)),
        ])
    }
}
