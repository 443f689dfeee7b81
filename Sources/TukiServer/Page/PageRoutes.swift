import Hummingbird
import TukiEngine
import TukiText

/// `GET` and `POST` on `/`, `/sv` and `/en`: the form, and after a submit the same form filled in with the result.
struct PageRoutes {
    let state: ServiceState

    func add(to router: Router<BasicRequestContext>) {
        for entry in PageHTML.languages {
            router.get(RouterPath(entry.path)) { _, _ in page(entry.language, form: .empty, errors: [], result: nil) }
            router.post(RouterPath(entry.path)) { request, _ in try await submit(request, language: entry.language) }
        }
    }

    private func submit(_ request: Request, language: Language) async throws -> Response {
        var request = request
        let form = PageForm(urlEncoded: try await request.text(limit: state.limits.maxBodyBytes)).shown(in: language)
        let problems = PageFormCheck(form: form, language: language).problems()
        guard problems.isEmpty else { return page(language, form: form, errors: problems, result: nil, status: .badRequest) }
        let scenario: Scenario
        do throws(InputError) {
            scenario = try ScenarioDecoder.decode(form.scenarioJSON(language: language), file: "form")
        } catch {
            return page(language, form: form, errors: [error], result: nil, status: .badRequest)
        }
        let rules = state.rules
        let result = try await TimeLimit.run(state.limits.timeLimit) { PageResult.compute(scenario, rules: rules) }
        return page(language, form: form, errors: [], result: result)
    }

    private func page(_ language: Language, form: PageForm, errors: [InputError], result: PageResult?,
                      status: HTTPResponse.Status = .ok) -> Response {
        let html = PageHTML(formatter: state.formatter(language), stamp: state.rules.stamp).render(form: form, errors: errors, result: result)
        var response = Response.text(html, contentType: "text/html; charset=utf-8", status: status)
        response.headers[.contentLanguage] = language.rawValue
        return response
    }
}
