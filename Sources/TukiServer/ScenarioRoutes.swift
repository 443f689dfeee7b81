import Hummingbird
import TukiEngine
import TukiText

/// `POST /v1/simulate`, `/v1/subsidy`, `/v1/sweep` and `/v1/batch`: the scenario (or a list of them) in, JSON out.
struct ScenarioRoutes {
    let state: ServiceState

    static let routes: [(path: String, handle: @Sendable (ScenarioRoutes, Request) async throws -> Response)] = [
        ("/v1/simulate", { try await $0.simulate($1) }), ("/v1/subsidy", { try await $0.subsidy($1) }),
        ("/v1/sweep", { try await $0.sweep($1) }), ("/v1/batch", { try await $0.batch($1) }),
    ]

    func add(to router: Router<BasicRequestContext>) {
        for route in Self.routes {
            router.post(RouterPath(route.path)) { request, _ in try await route.handle(self, request) }
        }
    }

    private func simulate(_ request: Request) async throws -> Response {
        var request = request
        let formatter = state.formatter(try LanguageNegotiation.language(for: request))
        let tracing = try request.traceQuery()
        let simulation = Simulation(rules: state.rules, pinnedDate: try request.asOfQuery(), tracing: tracing)
        let json = ResultJSON(formatter: formatter, includesTrace: tracing)
        let scenario = try state.scenario(try await request.text(limit: state.limits.maxBodyBytes))
        return .json(try await TimeLimit.run(state.limits.timeLimit) {
            json.render(simulation.run(scenario))
        })
    }

    private func subsidy(_ request: Request) async throws -> Response {
        var request = request
        let formatter = state.formatter(try LanguageNegotiation.language(for: request))
        let assessment = SubsidyAssessment(rules: state.rules, pinnedDate: try request.asOfQuery())
        let scenario = try state.scenario(try await request.text(limit: state.limits.maxBodyBytes))
        guard scenario.job?.employer != nil else {
            throw APIError(.badRequest, SubsidyReportMessages.noEmployer, field: "job.employer")
        }
        return .json(try await TimeLimit.run(state.limits.timeLimit) {
            assessment.run(scenario).map { SubsidyJSON(formatter: formatter).render($0) } ?? .null
        })
    }

    private func sweep(_ request: Request) async throws -> Response {
        var request = request
        let formatter = state.formatter(try LanguageNegotiation.language(for: request))
        let axis = try SweepQuery(request).axis()
        let scenario = try state.scenario(try await request.text(limit: state.limits.maxBodyBytes))
        guard scenario.job != nil else { throw APIError(.badRequest, ServiceMessages.noJob, field: "job") }
        let sweep = Sweep(simulation: Simulation(rules: state.rules))
        let stamp = state.rules.stamp
        return .json(try await TimeLimit.run(state.limits.timeLimit) {
            let result = sweep.run(scenario, axis: axis)
            let report = SweepReport(formatter: formatter)
            return report.json(result, ruleSet: stamp).adding([
                ("language", .string(formatter.language.rawValue)),
                ("conclusions", .array(report.conclusions(result).map(JSONValue.string))),
            ])
        })
    }

    private func batch(_ request: Request) async throws -> Response {
        var request = request
        let formatter = state.formatter(try LanguageNegotiation.language(for: request))
        let tracing = try request.traceQuery()
        let simulation = Simulation(rules: state.rules, pinnedDate: try request.asOfQuery(), tracing: tracing)
        let json = ResultJSON(formatter: formatter, includesTrace: tracing)
        let text = try await request.text(limit: state.limits.maxBodyBytes)
        let scenarios: [Scenario]
        do throws(InputError) {
            scenarios = try ScenarioDecoder.decodeBatch(text, file: "body", limit: state.limits.maxBatchScenarios)
        } catch {
            throw APIError(error)
        }
        let stamp = state.rules.stamp
        return .json(try await TimeLimit.run(state.limits.timeLimit) {
            .object([
                ("ruleset", ResultJSON.ruleset(stamp)),
                ("language", .string(formatter.language.rawValue)),
                ("results", .array(scenarios.map { json.render(simulation.run($0)) })),
            ])
        })
    }
}
