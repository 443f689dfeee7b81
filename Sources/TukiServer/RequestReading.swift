import Hummingbird
import TukiEngine

/// What handlers read from a request: the body as text under the size limit, and typed query parameters.
extension Request {
    /// The body as UTF-8 text; 413 when it is larger than `limit` bytes.
    mutating func text(limit: Int) async throws -> String {
        do {
            return String(buffer: try await collectBody(upTo: limit))
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw APIError.bodyTooLarge(limit)
        }
    }

    func query(_ name: String) -> String? {
        uri.queryParameters[name[...]].map(String.init)
    }

    /// `?asOf=YYYY-MM-DD`, or nil when absent.
    /// `?trace=false` leaves the explanation steps out of a simulation's answer.
    func traceQuery() throws(APIError) -> Bool {
        switch query("trace") {
        case nil, "true": true
        case "false": false
        default: throw APIError.badQuery("trace", expected: "true | false")
        }
    }

    func asOfQuery() throws(APIError) -> Day? {
        guard let text = query("asOf") else { return nil }
        guard let day = Day(iso: text) else { throw APIError.badQuery("asOf", expected: "YYYY-MM-DD") }
        return day
    }
}
