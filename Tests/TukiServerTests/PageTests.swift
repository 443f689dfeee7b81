import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TukiServer

@Suite("The coach's page")
struct PageTests {
    static let filledForm = [
        "name=Saara", "start=2026-02", "months=12", "person.birthYear=2002", "person.municipality=Joensuu",
        "household.adults=1", "household.children=0", "housing.rent=620.00", "housing.water=20.00",
        "benefits.kelaDisabilityPension=true", "benefits.disabilityAllowance=basic",
        "job.pattern.daysPerWeek=3", "job.pattern.hoursPerDay=5", "job.hourlyWage=12.40", "job.employer.kind=company",
    ].joined(separator: "&")

    @Test("the form is served in each language with every input labelled", arguments: [("/", "fi"), ("/sv", "sv"), ("/en", "en")])
    func form(path: String, language: String) async throws {
        try await ServerFixture.test { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("<html lang=\"\(language)\">"))
                #expect(!html.contains("<script"))
                let ids = html.matches(of: /<(?:input|select) [^>]*id="([^"]+)"/).map { String($0.1) }
                #expect(ids.count == 51)
                for id in ids { #expect(html.contains("<label for=\"\(id)\">"), "no label for \(id)") }
            }
        }
    }

    @Test("a submitted form keeps its values and shows the month table, the chart and the warnings")
    func submit() async throws {
        try await ServerFixture.test { client in
            try await client.execute(uri: "/en", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: Self.filledForm)) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("name=\"person.municipality\" value=\"Joensuu\""))
                #expect(html.contains("name=\"benefits.kelaDisabilityPension\" value=\"true\" checked"))
                #expect(html.contains("<option value=\"basic\" selected>"))
                #expect(html.contains("<table class=\"months\">"))
                #expect(html.contains("<svg") && html.contains("<desc id=\"chart-desc\">"))
                #expect(html.contains("<table class=\"sweep\">"), "the chart's text alternative is a table")
                #expect(html.contains("<ul class=\"warnings\">"))
                #expect(html.contains("How the figures were computed"))
            }
        }
    }

    @Test("with an employer and a subsidy type the page shows the employer's summary and that it is an estimate")
    func employerSummary() async throws {
        let form = Self.filledForm + "&job.employer.wageSubsidy.type=reducedCapacity"
        try await ServerFixture.test { client in
            try await client.execute(uri: "/en", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: form)) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("<h3>For the employer: wage subsidy and costs</h3>"))
                #expect(html.contains("wage subsidy for reduced working capacity: 70% of the eligible wage"))
                #expect(html.contains("Wage cost with contributions: €967.84 a month."))
                #expect(html.contains("This is an estimate, not a decision"))
            }
        }
    }

    @Test("the Kela pension and earnings limit from the person's decision stand in for figures the rules lack")
    func kelaFiguresFromTheDecision() async throws {
        let form = Self.filledForm + "&benefits.kelaDisabilityPension.monthly=700.00&benefits.kelaDisabilityPension.earningsLimit=1000.00"
        try await ServerFixture.test { client in
            try await client.execute(uri: "/en", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: form)) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("name=\"benefits.kelaDisabilityPension.monthly\" value=\"700.00\""))
                #expect(html.contains("<td>€700.00</td>"))
            }
        }
    }

    @Test("Finnish and Swedish numbers take a decimal comma and spaces; no housing is assumed without rent")
    func decimalCommaAndNoHousing() async throws {
        let form = "name=S&start=2024-02&person.birthYear=1990&benefits.kelaDisabilityPension=true"
            + "&job.pattern.daysPerWeek=3&job.pattern.hoursPerDay=5&job.hourlyWage=12%2C40&household.adults=2&household.partnerMonthlyIncome=1%C2%A0000%2C00"
        try await ServerFixture.test { client in
            try await client.execute(uri: "/", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: form)) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("806,00\u{00A0}€"), "12,40 € an hour × 65 hours")
                #expect(!html.contains("<p class=\"field-error\""), "no housing block, so no rent is asked for")
            }
        }
    }

    @Test("the guarantee pension and care allowance from the decisions stand in for 2026 figures")
    func guaranteeAndAllowanceFromTheDecisions() async throws {
        let form = "name=S&start=2026-02&person.birthYear=1990&benefits.kelaDisabilityPension=true"
            + "&benefits.kelaDisabilityPension.monthly=700.00&benefits.kelaDisabilityPension.earningsLimit=1000.00"
            + "&benefits.guaranteePension.monthly=300.00&benefits.disabilityAllowance=basic&benefits.disabilityAllowance.monthly=85.00"
            + "&job.pattern.daysPerWeek=3&job.pattern.hoursPerDay=5&job.hourlyWage=12.40"
        try await ServerFixture.test { client in
            try await client.execute(uri: "/en", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: form)) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("<td>€300.00</td>") && html.contains("<td>€85.00</td>"))
                #expect(html.contains("<option value=\"basic\" selected>"))
            }
        }
    }

    @Test("a field error is shown next to its field in the page's language")
    func fieldError() async throws {
        try await ServerFixture.test { client in
            try await client.execute(uri: "/sv", method: .post, body: ByteBuffer(string: "name=S&start=2026-02&person.birthYear=abc")) { response in
                #expect(response.status == .badRequest)
                let html = String(buffer: response.body)
                #expect(html.contains("aria-describedby=\"e-person-birthYear\""))
                #expect(html.contains("<p class=\"field-error\" id=\"e-person-birthYear\">Värdet ska vara av typen heltal"))
                #expect(html.contains("value=\"abc\""))
            }
        }
    }

    @Test("every field's problem is shown at once, each beside its field and linked from the summary")
    func severalErrorsAtOnce() async throws {
        let body = "name=&start=2026-02&months=12&person.birthYear=1990&housing.rent=-5"
            + "&job.pattern.daysPerWeek=3&job.pattern.hoursPerDay=abc&job.hourlyWage="
        try await ServerFixture.test { client in
            try await client.execute(uri: "/en", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest)
                let html = String(buffer: response.body)
                #expect(html.contains("4 fields need fixing"))
                for id in ["name", "housing-rent", "job-pattern-hoursPerDay", "job-hourlyWage"] {
                    #expect(html.contains("<p class=\"field-error\" id=\"e-\(id)\">"), "no error beside \(id)")
                    #expect(html.contains("<li><a href=\"#f-\(id)\">"), "no link to \(id)")
                }
                // The empty wage is the wage's problem, not the working days' (the decoder would name the job).
                #expect(!html.contains("id=\"e-job-pattern-daysPerWeek\""))
                #expect(html.contains("The field “Hourly wage (€, gross)” is missing."))
            }
        }
    }

    @Test("the English page takes a decimal point only: a comma is named as the field's error before anything runs")
    func englishNumbersUseAPoint() async throws {
        let body = "name=S&start=2026-02&person.birthYear=1990&job.pattern.daysPerWeek=3&job.pattern.hoursPerDay=5&job.hourlyWage=12%2C40"
        try await ServerFixture.test { client in
            try await client.execute(uri: "/en", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest)
                let html = String(buffer: response.body)
                #expect(html.contains("<p class=\"field-error\" id=\"e-job-hourlyWage\">"))
            }
        }
    }

    @Test("a missing field is named by its label, not by its key in the scenario")
    func missingFieldByLabel() async throws {
        try await ServerFixture.test { client in
            try await client.execute(uri: "/en", method: .post,
                                     body: ByteBuffer(string: "name=S&start=2026-02&person.birthYear=1990&housing.water=20")) { response in
                #expect(response.status == .badRequest)
                let html = String(buffer: response.body)
                #expect(html.contains("<p class=\"field-error\" id=\"e-housing-rent\">The field “Rent (€ a month)” is missing."))
            }
        }
    }

    @Test("a browser asking for a page that does not exist gets a page with a link to the form; an API client gets JSON")
    func notFoundPage() async throws {
        try await ServerFixture.test { client in
            try await client.execute(uri: "/de", method: .get, headers: [.accept: "text/html", .acceptLanguage: "sv"]) { response in
                #expect(response.status == .notFound)
                let html = String(buffer: response.body)
                #expect(html.contains("<html lang=\"sv\">") && html.contains("<a href=\"/sv\">"))
            }
            try await client.execute(uri: "/de", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).hasPrefix("{\"error\""))
            }
            // Under /v1/ the API's own error stays, whatever the browser accepts.
            try await client.execute(uri: "/v1/rules/pension.nope", method: .get, headers: [.accept: "text/html"]) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("error.unknown_parameter"))
            }
        }
    }

    @Test("typed text is escaped, never markup")
    func escaping() async throws {
        try await ServerFixture.test { client in
            try await client.execute(uri: "/en", method: .post, body: ByteBuffer(string: "name=%3Cscript%3Ex%3C%2Fscript%3E&start=2026-02")) { response in
                let html = String(buffer: response.body)
                #expect(!html.contains("<script>x"))
                #expect(html.contains("&lt;script&gt;x"))
            }
        }
    }

    private func post(_ path: String, _ body: String, _ check: @escaping @Sendable (HTTPResponse.Status, String) -> Void) async throws {
        try await ServerFixture.test { client in
            try await client.execute(uri: path, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: body)) { response in
                check(response.status, String(buffer: response.body))
            }
        }
    }

    @Test("the tax card from the form is used: no estimated card, and the card is listed among the inputs")
    func taxCard() async throws {
        let card = "&tax.currentCard.basePercent=8.5&tax.currentCard.incomeLimit=25000&tax.currentCard.additionalPercent=30"
        try await post("/en", Self.filledForm + card) { status, html in
            #expect(status == .ok)
            #expect(!html.contains("The tax card is Tuki’s estimate") && !html.contains("The tax card is Tuki's estimate"))
            #expect(html.contains("<dt>Withholding rate (%)</dt><dd>8.5</dd>"))
        }
        // Half a card is named field by field.
        try await post("/en", Self.filledForm + "&tax.currentCard.basePercent=8.5") { status, html in
            #expect(status == .badRequest)
            #expect(html.contains("id=\"e-tax-currentCard-incomeLimit\"") && html.contains("id=\"e-tax-currentCard-additionalPercent\""))
        }
    }

    @Test("the municipality groups, the allowance and the earnings-related pension's kind are kept and sent")
    func housingGroupsAndPensionKind() async throws {
        let form = Self.filledForm + "&housing.pensionersMunicipalityGroup=II&housing.municipalityGroup=3"
            + "&benefits.earningsRelatedPension.monthly=400.00&benefits.earningsRelatedPension.kind=partial"
        try await post("/en", form) { status, html in
            #expect(status == .ok)
            #expect(html.contains("<option value=\"II\" selected>II</option>") && html.contains("<option value=\"3\" selected>3</option>"))
            #expect(html.contains("<option value=\"partial\" selected>"))
            #expect(html.contains("partial disability pension"), "the pension is shown as partial")
        }
        // "Not applied for" needs no rent.
        try await post("/en", "name=S&start=2026-02&person.birthYear=1990&housing.allowance=none") { status, html in
            #expect(status == .ok)
            #expect(!html.contains("class=\"field-error\""))
        }
    }

    @Test("the employer's conditions from the form are counted and listed; notes name the form's fields by their labels")
    func employerConditions() async throws {
        let form = Self.filledForm + "&job.employer.wageSubsidy.type=reducedCapacity&job.employer.wageSubsidy.unemployedJobseeker=true"
            + "&job.employer.wageSubsidy.medicalStatement=true&job.employer.wageSubsidy.decisionBeforeStart=true"
            + "&job.employer.wageSubsidy.collectiveAgreementWage=true"
        try await post("/en", form) { status, html in
            #expect(status == .ok)
            // As `tuki subsidy` says of the example, whose employer block gives the same answers.
            #expect(html.contains("Conditions: 5 met, 0 not met, 1 not known."))
            #expect(html.contains("<ul class=\"conditions\">") && html.contains("<li>met: Unemployed jobseeker:"))
            #expect(html.contains("the scenario does not give “In the last 12 months the employer has dismissed"))
            let result = html.split(separator: "<section id=\"result\"").last ?? ""
            #expect(!result.contains("job.employer.wageSubsidy.economicDismissals"))
        }
    }

    @Test("the 50 % type's facts come from the form: a disadvantaged worker unemployed 14 months gets 10 months, not 5")
    func skillsGapFacts() async throws {
        let form = Self.filledForm + "&job.employer.wageSubsidy.type=skillsGap&job.employer.wageSubsidy.unemployedJobseeker=true"
            + "&job.employer.wageSubsidy.disadvantagedWorker=true&job.employer.wageSubsidy.unemployedMonths=14"
            + "&job.employer.wageSubsidy.economicDismissals=false&job.employer.wageSubsidy.decisionBeforeStart=true"
            + "&job.employer.wageSubsidy.collectiveAgreementWage=true"
        try await post("/en", form) { status, html in
            #expect(status == .ok)
            #expect(html.contains("(10 months)"))
            #expect(html.contains("<option value=\"true\" selected>"))
            #expect(html.contains("value=\"14\""))
        }
        try await post("/en", Self.filledForm + "&job.employer.wageSubsidy.unemployedMonths=700&job.employer.wageSubsidy.renewals=1.5") { status, html in
            #expect(status == .badRequest)
            #expect(html.contains("id=\"e-job-employer-wageSubsidy-unemployedMonths\""))
            #expect(html.contains("id=\"e-job-employer-wageSubsidy-renewals\""))
        }
    }

    @Test("a Kela pension amount without the Kela box ticked is named beside the amount, not used")
    func kelaAmountWithoutTheBox() async throws {
        try await post("/en", "name=S&start=2026-02&person.birthYear=1990&benefits.kelaDisabilityPension.monthly=700.00") { status, html in
            #expect(status == .badRequest)
            #expect(html.contains("<p class=\"field-error\" id=\"e-benefits-kelaDisabilityPension-monthly\">Tick “Receives Kela disability pension”"))
        }
    }

    @Test("values out of range are all named at once, each beside its field")
    func rangesAtOnce() async throws {
        let body = "name=S&start=2026-02&months=0&person.birthYear=1990&household.adults=5"
            + "&job.pattern.daysPerWeek=3&job.pattern.hoursPerDay=25&job.hourlyWage=12"
        try await post("/en", body) { status, html in
            #expect(status == .badRequest)
            #expect(html.contains("3 fields need fixing"))
            for id in ["months", "household-adults", "job-pattern-hoursPerDay"] {
                #expect(html.contains("<p class=\"field-error\" id=\"e-\(id)\">"), "no error beside \(id)")
            }
        }
    }

    @Test("a field the notes ask for is marked beside its input; a job starting after the last month is named there")
    func neededFieldsAndJobMonths() async throws {
        // 2026 lacks Kela's earnings limit: the field "if known" is needed after all.
        try await post("/en", Self.filledForm) { status, html in
            #expect(status == .ok)
            #expect(html.contains("<p class=\"field-hint\" id=\"h-benefits-kelaDisabilityPension-earningsLimit\">Needed for this calculation"))
            #expect(html.contains("aria-describedby=\"h-benefits-kelaDisabilityPension-earningsLimit\""))
        }
        try await post("/en", "name=S&start=2026-01&months=3&person.birthYear=1990&job.start=2027-05") { status, html in
            #expect(status == .badRequest)
            #expect(html.contains("<p class=\"field-error\" id=\"e-job-start\">"))
            // Any job field asks for the rest of the job.
            #expect(html.contains("id=\"e-job-pattern-daysPerWeek\"") && html.contains("id=\"e-job-hourlyWage\""))
        }
        try await post("/", "name=S&start=2026-01&person.birthYear=1990&housing.rent=500%2C555&housing.netAssets=-5000"
                       + "&job.pattern.daysPerWeek=3&job.pattern.hoursPerDay=7%2C555&job.hourlyWage=12&tax.currentCard.basePercent=150"
                       + "&tax.currentCard.incomeLimit=1&tax.currentCard.additionalPercent=250") { status, html in
            #expect(status == .badRequest)
            for id in ["housing-rent", "job-pattern-hoursPerDay", "tax-currentCard-basePercent", "tax-currentCard-additionalPercent"] {
                #expect(html.contains("<p class=\"field-error\" id=\"e-\(id)\">"), "no error beside \(id)")
            }
            #expect(!html.contains("id=\"e-housing-netAssets\""), "net assets may be below zero")
        }
    }

    @Test("a disability allowance amount without a level asks for the form's choice, not the scenario's values")
    func allowanceAmountWithoutLevel() async throws {
        try await post("/", "name=S&start=2026-02&person.birthYear=1990&benefits.disabilityAllowance=none&benefits.disabilityAllowance.monthly=85") { status, html in
            #expect(status == .badRequest)
            #expect(html.contains("<p class=\"field-error\" id=\"e-benefits-disabilityAllowance-monthly\">Valitse myös taso"))
            #expect(!html.contains("basic, increased"))
        }
    }

    @Test("after a submit the other languages resend the form; a value is quoted as typed; amounts as the page writes them")
    func languageSwitchAndTypedValues() async throws {
        try await post("/en", Self.filledForm) { _, html in
            #expect(html.contains("<button type=\"submit\" form=\"scenario\" formaction=\"/sv\" name=\"typedIn\" value=\"en\""))
            #expect(html.contains("<title>Saara – "))
            // Enter presses the form's first button: the hidden recalculate one, not a language.
            let firstButton = html.firstRange(of: /<button type="submit"[^>]*>/).map { String(html[$0]) } ?? ""
            #expect(!firstButton.contains("formaction"))
        }
        // Sent from the Finnish page to the English one, "12,40" is 12.40 and is shown so.
        let finnish = Self.filledForm.replacingOccurrences(of: "job.hourlyWage=12.40", with: "job.hourlyWage=12%2C40")
            .replacingOccurrences(of: "housing.rent=620.00", with: "housing.rent=1%20250%2C00")
        try await post("/en", finnish + "&typedIn=fi") { status, html in
            #expect(status == .ok)
            #expect(html.contains("name=\"job.hourlyWage\" value=\"12.40\"") && html.contains("name=\"housing.rent\" value=\"1250.00\""))
        }
        try await post("/", Self.filledForm + "&typedIn=en") { status, html in
            #expect(status == .ok)
            #expect(html.contains("name=\"job.hourlyWage\" value=\"12,40\""))
        }
        try await post("/", "name=S&start=2026-02&person.birthYear=1990&job.pattern.daysPerWeek=2%2C5&job.pattern.hoursPerDay=5&job.hourlyWage=12") { status, html in
            #expect(status == .badRequest)
            #expect(html.contains("”2,5”") && !html.contains("”2.5”"))
        }
        try await post("/en", Self.filledForm.replacingOccurrences(of: "housing.rent=620.00", with: "housing.rent=1%2C200.00")) { status, html in
            #expect(status == .ok)
            #expect(html.contains("<dt>Rent (€ a month)</dt><dd>1,200.00</dd>"))
        }
    }

    @Test("required fields say so; a form without a job says its figures are without one; print has narrow tables")
    func requiredNoJobAndPrintTables() async throws {
        try await post("/en", "name=S&start=2026-02&person.birthYear=1990&benefits.kelaDisabilityPension=true") { status, html in
            #expect(status == .ok)
            #expect(html.contains("id=\"f-name\" name=\"name\" value=\"S\" aria-required=\"true\""))
            #expect(html.contains("<span class=\"required\">(required)</span>"))
            #expect(html.contains("No job offer was given"))
            #expect(html.contains("<table class=\"period\">") && html.contains("<th scope=\"col\">Change</th>"))
            #expect(html.contains("<th scope=\"colgroup\""))
        }
    }
}
