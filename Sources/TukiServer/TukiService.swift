import Hummingbird
import Logging
import TukiEngine

/// The HTTP service: the JSON API under /v1/, its OpenAPI document and the coach's page.
/// Stateless: the rules are loaded once and only read, and nothing about a request is kept.
public struct TukiService: Sendable {
    let state: ServiceState

    public init(rules: RuleSet, limits: ServiceLimits = ServiceLimits()) {
        state = ServiceState(rules: rules, limits: limits)
    }

    /// Every route, behind the access log and the middleware that stamps responses and answers errors as JSON.
    public func router(accessLogger: Logger) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessLogMiddleware(logger: accessLogger))
        router.add(middleware: ServiceMiddleware(state: state))
        ScenarioRoutes(state: state).add(to: router)
        RulesRoutes(state: state).add(to: router)
        PageRoutes(state: state).add(to: router)
        router.get("/openapi.yaml") { _, _ in Response.text(OpenAPIDocument.yaml, contentType: "application/yaml; charset=utf-8") }
        return router
    }

    /// Serves on `host:port` until SIGTERM or SIGINT; in-flight requests finish before it returns.
    public func run(host: String, port: Int, logger: Logger) async throws {
        let application = Application(
            router: router(accessLogger: logger),
            configuration: .init(address: .hostname(host, port: port), serverName: "tuki"),
            logger: logger
        )
        try await application.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
