import HTTPTypes
import Hummingbird
import TukiEngine
import TukiText

/// Stamps every response with the ruleset's version and digest, and answers every error as JSON
/// in the reader's language, so no route ever sends a bare error page.
struct ServiceMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    static let versionHeader = HTTPField.Name("Tuki-Ruleset-Version")!
    static let digestHeader = HTTPField.Name("Tuki-Ruleset-Digest")!

    let state: ServiceState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            let apiError = APIError.from(error)
            let language = (try? LanguageNegotiation.language(for: request)) ?? .fi
            response = .json(apiError.json(state.formatter(language), stamp: state.rules.stamp), status: apiError.status)
        }
        response.headers[Self.versionHeader] = state.rules.version
        response.headers[Self.digestHeader] = state.rules.digest
        return response
    }
}
