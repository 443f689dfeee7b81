import Hummingbird
import TukiEngine
import TukiText

/// `GET /v1/rules`, `GET /v1/rules/{id}?asOf=` and `GET /v1/health`.
struct RulesRoutes {
    let state: ServiceState

    func add(to router: Router<BasicRequestContext>) {
        router.get("/v1/health") { _, _ in
            Response.json(.object([("status", .string("ok")), ("ruleset", ResultJSON.ruleset(state.rules.stamp))]))
        }
        router.get("/v1/rules") { request, _ in
            let formatter = state.formatter(try LanguageNegotiation.language(for: request))
            return Response.json(RulesJSON(formatter: formatter).list(state.rules))
        }
        router.get("/v1/rules/{id}") { request, context in
            let formatter = state.formatter(try LanguageNegotiation.language(for: request))
            let asOf = try request.asOfQuery()
            let id = context.parameters.get("id") ?? ""
            guard let parameter = state.rules.parameter(ParameterID(id)) else {
                throw APIError(.notFound, InputMessages.unknownParameter, ["parameter": .text(id)], field: "id")
            }
            return Response.json(RulesJSON(formatter: formatter).parameter(parameter, rules: state.rules, asOf: asOf))
        }
    }
}
