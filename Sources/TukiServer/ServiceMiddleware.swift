import HTTPTypes
import Hummingbird
import TukiEngine
import TukiText

/// Stamps every response with the ruleset's version and digest, and answers every error as JSON in the reader's
/// language (a browser's request for a page that does not exist gets a small page instead), so no route ever
/// sends a bare error page.
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
            var apiError = APIError.from(error)
            let allowed = apiError.status == .notFound ? Self.allowedMethod(request.uri.path) : nil
            if let allowed { apiError = APIError(.methodNotAllowed, ServiceMessages.methodNotAllowed, ["allowed": .text(allowed)]) }
            let language = (try? LanguageNegotiation.language(for: request)) ?? .fi
            response = Self.wantsPage(request) && apiError.status == .notFound
                ? .text(Self.notFoundPage(state.formatter(language)), contentType: "text/html; charset=utf-8", status: .notFound)
                : .json(apiError.json(state.formatter(language), stamp: state.rules.stamp), status: apiError.status)
            if let allowed { response.headers[.allow] = allowed }
        }
        response.headers[Self.versionHeader] = state.rules.version
        response.headers[Self.digestHeader] = state.rules.digest
        return response
    }

    /// The one method a fixed route takes, with or without a trailing slash: a request with another is 405, not 404.
    private static func allowedMethod(_ path: String) -> String? {
        let route = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        if ScenarioRoutes.routes.contains(where: { $0.path == route }) { return "POST" }
        if ["/v1/health", "/v1/rules", "/openapi.yaml"].contains(route) { return "GET" }
        return nil
    }

    /// A browser asking for a page that does not exist gets a page back, with a way to the coach's page.
    private static func wantsPage(_ request: Request) -> Bool {
        [.get, .head].contains(request.method) && !request.uri.path.hasPrefix("/v1/")
            && (request.headers[.accept] ?? "").contains("text/html")
    }

    private static func notFoundPage(_ formatter: TextFormatter) -> String {
        let language = formatter.language
        let home = PageHTML.languages.first { $0.language == language }?.path ?? "/"
        return """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(XMLText.escaped(formatter.say(PageMessages.title)))</title></head>
        <body><main><h1>\(XMLText.escaped(formatter.say(PageMessages.notFound)))</h1>
        <p><a href="\(home)">\(XMLText.escaped(formatter.say(PageMessages.title)))</a></p></main></body></html>

        """
    }
}
