/// The API's description, served at `GET /openapi.yaml`. Written by hand and kept beside the routes;
/// `OpenAPIDocumentTests` fail when a route is missing here or an example does not match the server's answer.
enum OpenAPIDocument {
    static let yaml = #"""
openapi: 3.0.3
info:
  title: Tuki
  version: "1"
  description: |
    Benefits, taxes and a part-time job in Finland, month by month. Every answer is computed from
    versioned rule files; each response carries the ruleset version and digest in the
    Tuki-Ruleset-Version and Tuki-Ruleset-Digest headers and, for JSON, in a `ruleset` member.
    Money is an exact decimal number of euros (two decimals); rates are ratios (0.2 is 20 %).
    The language of texts comes from `?lang=`, else `Accept-Language` (fi, sv, en), else Finnish.
    Errors are JSON: 400 names the field (a dotted path such as `job.pattern.hoursPerDay`) and line,
    405 that the address takes another method (the Allow header names it), 413 that the body is over the size limit,
    503 that the computation passed the time limit.
servers:
  - url: http://127.0.0.1:8080
x-ruleset-headers: &rulesetHeaders
  Tuki-Ruleset-Version:
    description: Version of the rules the answer was computed with.
    required: true
    schema: { type: string }
  Tuki-Ruleset-Digest:
    description: SHA-256 digest of the rule files (and overlays) the answer was computed with.
    required: true
    schema: { type: string }
paths:
  /v1/simulate:
    post:
      summary: Simulate a scenario month by month, without and with the job.
      operationId: simulate
      parameters:
        - $ref: "#/components/parameters/lang"
        - $ref: "#/components/parameters/asOf"
        - $ref: "#/components/parameters/trace"
      requestBody: &scenarioBody
        required: true
        content:
          application/json:
            schema: { $ref: "#/components/schemas/Scenario" }
            examples:
              saara:
                $ref: "#/components/examples/Saara"
      responses:
        "200":
          description: The months, the tax years, the warnings and the summary.
          headers: *rulesetHeaders
          content:
            application/json:
              schema: { $ref: "#/components/schemas/SimulationResult" }
        "400": { $ref: "#/components/responses/BadRequest" }
        "413": { $ref: "#/components/responses/TooLarge" }
        "503": { $ref: "#/components/responses/TimeLimit" }
  /v1/sweep:
    post:
      summary: The scenario's job at many weekly hours (or hourly wages); net income, traps and the best safe hours.
      operationId: sweep
      parameters:
        - $ref: "#/components/parameters/lang"
        - name: hours
          in: query
          description: Weekly hours to try, FROM...TO (hours a week, at most two decimals, TO at most 168). Default 0...40.
          schema: { type: string, example: "0...40" }
        - name: wage
          in: query
          description: Hourly wages to try instead of hours, FROM...TO in euros.
          schema: { type: string, example: "10...20" }
        - name: step
          in: query
          description: Step between points, hours (default 1) or euros (default 0.50). At most 201 points.
          schema: { type: string, example: "1" }
      requestBody: *scenarioBody
      responses:
        "200":
          description: One point per hour count or wage, with the conclusions.
          headers: *rulesetHeaders
          content:
            application/json:
              schema: { $ref: "#/components/schemas/SweepResult" }
        "400": { $ref: "#/components/responses/BadRequest" }
        "413": { $ref: "#/components/responses/TooLarge" }
        "503": { $ref: "#/components/responses/TimeLimit" }
  /v1/subsidy:
    post:
      summary: The employer's view of the scenario's job (job.employer is required).
      operationId: subsidy
      parameters:
        - $ref: "#/components/parameters/lang"
        - $ref: "#/components/parameters/asOf"
      requestBody: *scenarioBody
      responses:
        "200":
          description: Wage subsidy and adaptation subsidy decisions, monthly amounts and the employer's cost.
          headers: *rulesetHeaders
          content:
            application/json:
              schema: { $ref: "#/components/schemas/SubsidyResult" }
        "400": { $ref: "#/components/responses/BadRequest" }
        "413": { $ref: "#/components/responses/TooLarge" }
        "503": { $ref: "#/components/responses/TimeLimit" }
  /v1/batch:
    post:
      summary: Simulate a bounded list of scenarios in one request (default at most 20).
      operationId: batch
      parameters:
        - $ref: "#/components/parameters/lang"
        - $ref: "#/components/parameters/asOf"
        - $ref: "#/components/parameters/trace"
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              additionalProperties: false
              required: [scenarios]
              properties:
                scenarios:
                  type: array
                  description: The scenarios, each as for /v1/simulate. Errors name the item, as in scenarios.2.person.birthYear.
                  minItems: 1
                  maxItems: 20
                  items: { $ref: "#/components/schemas/Scenario" }
            examples:
              one:
                value:
                  scenarios:
                    - name: Saara
                      start: 2026-02
                      months: 2
                      person: { birthYear: 2002, municipality: Joensuu }
                      benefits: { kelaDisabilityPension: true }
                      job: { pattern: { daysPerWeek: 3, hoursPerDay: 5 }, hourlyWage: 12.40 }
      responses:
        "200":
          description: One simulation result per scenario, in order.
          headers: *rulesetHeaders
          content:
            application/json:
              schema:
                type: object
                required: [ruleset, language, results]
                properties:
                  ruleset: { $ref: "#/components/schemas/Ruleset" }
                  language: { $ref: "#/components/schemas/Language" }
                  results:
                    type: array
                    items: { $ref: "#/components/schemas/SimulationResult" }
        "400": { $ref: "#/components/responses/BadRequest" }
        "413": { $ref: "#/components/responses/TooLarge" }
        "503": { $ref: "#/components/responses/TimeLimit" }
  /v1/rules:
    get:
      summary: Every parameter of the loaded rules with its label, type and unit.
      operationId: rules
      parameters:
        - $ref: "#/components/parameters/lang"
      responses:
        "200":
          description: The parameter list.
          headers: *rulesetHeaders
          content:
            application/json:
              schema:
                type: object
                required: [ruleset, parameters]
                properties:
                  ruleset: { $ref: "#/components/schemas/Ruleset" }
                  parameters:
                    type: array
                    items:
                      type: object
                      required: [id, label, type, unit]
                      properties:
                        id: { type: string, description: "Parameter id, e.g. tax.state.earned_income_scale." }
                        label: { type: string, description: "Label in the chosen language." }
                        type: { type: string, description: "Value type: amount, rate, scale, table, count, date, flag or name." }
                        unit: { type: string, description: "Unit, e.g. EUR/month or ratio." }
        "400": { $ref: "#/components/responses/BadRequest" }
  /v1/rules/{id}:
    get:
      summary: One parameter with every dated value, its sources, and the value in force on asOf.
      operationId: rule
      parameters:
        - name: id
          in: path
          required: true
          description: Parameter id.
          schema: { type: string }
          example: pension.earnings_related.earnings_limit_minimum
        - $ref: "#/components/parameters/lang"
        - $ref: "#/components/parameters/asOf"
      responses:
        "200":
          description: The parameter.
          headers: *rulesetHeaders
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Parameter" }
        "400": { $ref: "#/components/responses/BadRequest" }
        "404":
          description: No parameter with this id (error.unknown_parameter).
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Error" }
  /v1/health:
    get:
      summary: Liveness, with the ruleset version and digest the service computes with.
      operationId: health
      responses:
        "200":
          description: The service is up.
          headers: *rulesetHeaders
          content:
            application/json:
              schema:
                type: object
                required: [status, ruleset]
                properties:
                  status: { type: string, enum: [ok] }
                  ruleset: { $ref: "#/components/schemas/Ruleset" }
              example:
                status: ok
                ruleset: { version: "2026.1", digest: "0f3c…", overlays: [] }
  /openapi.yaml:
    get:
      summary: This document.
      operationId: openapi
      responses:
        "200":
          description: OpenAPI 3.0 in YAML.
          content:
            application/yaml:
              schema: { type: string }
  /:
    get: &pageForm
      summary: "The coach's page, the form: Finnish at /, Swedish at /sv, English at /en."
      responses:
        "200": { $ref: "#/components/responses/Page" }
    post: &pageSubmit
      summary: The page after submitting the form (fields named by their scenario path), with the result.
      requestBody: { $ref: "#/components/requestBodies/PageForm" }
      responses:
        "200": { $ref: "#/components/responses/Page" }
        "400": { $ref: "#/components/responses/PageWithErrors" }
        "413": { $ref: "#/components/responses/TooLarge" }
        "503": { $ref: "#/components/responses/TimeLimit" }
  /sv:
    get: *pageForm
    post: *pageSubmit
  /en:
    get: *pageForm
    post: *pageSubmit
components:
  parameters:
    lang:
      name: lang
      in: query
      description: Language of texts; overrides Accept-Language.
      schema: { $ref: "#/components/schemas/Language" }
    trace:
      name: trace
      in: query
      description: "false leaves out the explanation (each month's trace and each tax year's steps) and keeps the figures and warnings; default true."
      schema: { type: string, enum: ["true", "false"] }
    asOf:
      name: asOf
      in: query
      description: "Use the rules in force on this date (YYYY-MM-DD) for every month; default: each month's first day."
      schema: { type: string, format: date }
  requestBodies:
    PageForm:
      required: true
      content:
        application/x-www-form-urlencoded:
          schema:
            type: object
            description: The form's fields, each named by the scenario field it fills; empty fields are left out.
            properties:
              name: { type: string }
              start: { type: string, description: "First month, YYYY-MM." }
              months: { type: string, description: "Months to simulate, 1-120." }
              person.birthYear: { type: string }
              person.municipality: { type: string }
              person.churchMember: { type: string, description: "Present (true) when checked." }
              household.adults: { type: string }
              household.children: { type: string }
              household.partnerMonthlyIncome: { type: string, description: "EUR/month." }
              housing.rent: { type: string, description: "EUR/month." }
              housing.water: { type: string, description: "EUR/month." }
              housing.heating: { type: string, description: "EUR/month." }
              housing.ownerOccupied: { type: string, description: "Present (true) when checked." }
              housing.netAssets: { type: string, description: "The household's net assets, EUR." }
              benefits.kelaDisabilityPension: { type: string, description: "Present (true) when checked." }
              benefits.kelaDisabilityPension.monthly: { type: string, description: "On the Kela decision, EUR/month before tax." }
              benefits.kelaDisabilityPension.earningsLimit: { type: string, description: "On the Kela decision, EUR/month." }
              benefits.guaranteePension.monthly: { type: string, description: "On the Kela decision, EUR/month before tax." }
              benefits.earningsRelatedPension.monthly: { type: string, description: "EUR/month before tax." }
              benefits.disabilityAllowance: { type: string, description: "none, basic, increased or highest." }
              benefits.disabilityAllowance.monthly: { type: string, description: "On the decision, EUR/month." }
              job.pattern.daysPerWeek: { type: string }
              job.pattern.hoursPerDay: { type: string, description: "Hours a working day." }
              job.hourlyWage: { type: string, description: "EUR/hour gross." }
              job.employer.kind: { type: string }
              job.employer.wageSubsidy.type: { type: string }
  responses:
    Page:
      description: The page (HTML, no script needed).
      headers: *rulesetHeaders
      content:
        text/html:
          schema: { type: string }
    PageWithErrors:
      description: The page with the form filled in as sent and the error next to its field.
      headers: *rulesetHeaders
      content:
        text/html:
          schema: { type: string }
    BadRequest:
      description: The body, a field or a query parameter is not valid; the error names it.
      headers: *rulesetHeaders
      content:
        application/json:
          schema: { $ref: "#/components/schemas/Error" }
    TooLarge:
      description: The body is over the size limit (default 262144 bytes).
      headers: *rulesetHeaders
      content:
        application/json:
          schema: { $ref: "#/components/schemas/Error" }
    TimeLimit:
      description: The computation passed the per-request time limit (default 10 s).
      headers: *rulesetHeaders
      content:
        application/json:
          schema: { $ref: "#/components/schemas/Error" }
  examples:
    Saara:
      summary: The README's example, 3 days × 5 h at 12.40 €/h.
      value:
        name: Saara, 3 days × 5 h at 12.40 €/h
        start: 2026-02
        months: 12
        person: { birthYear: 2002, municipality: Joensuu, churchMember: false }
        household: { adults: 1, children: 0 }
        benefits: { kelaDisabilityPension: true, disabilityAllowance: basic }
        housing: { rent: 620.00, water: 20.00, allowance: auto }
        job:
          pattern: { daysPerWeek: 3, hoursPerDay: 5 }
          hourlyWage: 12.40
          employer:
            kind: company
            wageSubsidy: { type: reducedCapacity, unemployedJobseeker: true, medicalStatement: true, decisionBeforeStart: true, collectiveAgreementWage: true }
            adaptationSubsidy: { causedByInjuryOrIllness: true, equipmentCost: 850.00 }
  schemas:
    Language:
      type: string
      enum: [fi, sv, en]
      description: Language of texts.
    Money:
      type: number
      description: Euros, exact to the cent.
    Ruleset:
      type: object
      required: [version, digest]
      properties:
        version: { type: string, description: "Version of the rule files." }
        digest: { type: string, description: "SHA-256 digest of the rule files and overlays." }
        overlays: { type: array, items: { type: string }, description: "Overlay files applied." }
    Error:
      type: object
      required: [error, ruleset]
      properties:
        error:
          type: object
          required: [status, code, field, line, message]
          properties:
            status: { type: integer, description: "The HTTP status." }
            code: { type: string, description: "Message id, e.g. error.unknown_key or service.error.body_too_large." }
            field: { type: string, nullable: true, description: "The field (dotted path) or query parameter at fault." }
            line: { type: integer, nullable: true, description: "Line of the body where the problem is." }
            message: { type: string, description: "What is wrong and what to do, in the chosen language." }
        ruleset: { $ref: "#/components/schemas/Ruleset" }
    Scenario:
      type: object
      description: A person, household, benefits and a job offer; the same shape as scenario files (docs/scenario-reference.md).
      additionalProperties: false
      required: [name, start, person]
      properties:
        name: { type: string, minLength: 1, description: "A name shown in results." }
        description: { type: string, description: "Free text." }
        start: { type: string, pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$", description: "First simulated month, YYYY-MM." }
        months: { type: integer, minimum: 1, maximum: 120, description: "How many months to simulate (default 12)." }
        person:
          type: object
          additionalProperties: false
          required: [birthYear]
          properties:
            birthYear: { type: integer, minimum: 1900, maximum: 2100, description: "Year of birth." }
            municipality: { type: string, minLength: 1, description: "Municipality of residence (municipal tax, housing cost group)." }
            churchMember: { type: boolean, description: "Member of the Evangelical Lutheran or Orthodox church (church tax)." }
        household:
          type: object
          additionalProperties: false
          properties:
            adults: { type: integer, minimum: 1, maximum: 2, description: "1 living alone, 2 with a spouse or partner (default 1)." }
            children: { type: integer, minimum: 0, maximum: 20, description: "Children under 18 (default 0)." }
            partnerMonthlyIncome: { type: number, minimum: 0, maximum: 1000000, description: "The partner's gross income, EUR/month; only with adults 2 (with one adult it is a 400 error)." }
        benefits:
          type: object
          additionalProperties: false
          properties:
            kelaDisabilityPension:
              description: Receives Kela's disability pension; true, or the amounts on the decision.
              oneOf:
                - type: boolean
                - type: object
                  additionalProperties: false
                  properties:
                    monthly: { type: number, minimum: 0, maximum: 1000000, description: "Amount on the decision, EUR/month before tax." }
                    earningsLimit: { type: number, minimum: 0, maximum: 1000000, description: "Earnings limit on the decision, EUR/month." }
                    blindOrUnableToMove: { type: boolean, description: "Granted for blindness or inability to move: no earnings limit." }
            earningsRelatedPension:
              type: object
              additionalProperties: false
              required: [monthly]
              properties:
                monthly: { type: number, minimum: 0, maximum: 1000000, description: "Earnings-related disability pension, EUR/month before tax." }
                kind: { type: string, enum: [full, partial], description: "Full or partial pension." }
                earningsLimit: { type: number, minimum: 0, maximum: 1000000, description: "Personal earnings limit, EUR/month." }
                establishedEarnings: { type: number, minimum: 0, maximum: 1000000, description: "Established earnings before the disability, EUR/month." }
            guaranteePension:
              type: object
              additionalProperties: false
              description: The guarantee pension on the Kela decision (needs a Kela or a full earnings-related disability pension); it rests with the Kela pension, or without one on Kela's earnings limit.
              properties:
                monthly: { type: number, minimum: 0, maximum: 1000000, description: "Amount on the decision, EUR/month before tax." }
                earningsLimit: { type: number, minimum: 0, maximum: 1000000, description: "Earnings limit on the decision, EUR/month, when there is no Kela pension." }
            disabilityAllowance:
              description: Disability allowance (for a pensioner, the care allowance for pensioners) level, or the level and the amount on the decision.
              oneOf:
                - { type: string, enum: [none, basic, increased, highest] }
                - type: object
                  additionalProperties: false
                  required: [level]
                  properties:
                    level: { type: string, enum: [none, basic, increased, highest] }
                    monthly: { type: number, minimum: 0, maximum: 1000000, description: "Amount on the decision, EUR/month." }
        housing:
          type: object
          additionalProperties: false
          properties:
            rent: { type: number, minimum: 0, maximum: 1000000, description: "Rent or maintenance charge, EUR/month. Required unless allowance is none (a 400 names it)." }
            water: { type: number, minimum: 0, maximum: 1000000, description: "Water paid separately, EUR/month." }
            heating: { type: number, minimum: 0, maximum: 1000000, description: "Heating paid separately, EUR/month." }
            ownerOccupied: { type: boolean, description: "The household owns the home (not right-of-occupancy or part-ownership)." }
            netAssets: { type: number, minimum: -100000000, maximum: 100000000, description: "The household's net assets for the asset test, EUR (debts deducted)." }
            allowance: { type: string, enum: [auto, none], description: "Compute housing allowance or leave it out." }
            municipalityGroup: { type: integer, minimum: 1, maximum: 4, description: "General housing allowance's municipality group." }
            pensionersMunicipalityGroup: { type: string, enum: [I, II, III], description: "Pensioners' housing allowance group." }
        job:
          type: object
          additionalProperties: false
          required: [pattern]
          description: The job offer; give hourlyWage or monthlySalary.
          properties:
            start: { type: string, pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$", description: "First month with the job, YYYY-MM." }
            end: { type: string, pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$", description: "Last month with the job, YYYY-MM (inclusive)." }
            pattern:
              type: object
              additionalProperties: false
              description: daysPerWeek with hoursPerDay, or hoursPerWeek.
              properties:
                daysPerWeek: { type: integer, minimum: 1, maximum: 7, description: "Working days a week." }
                hoursPerDay: { type: number, minimum: 0, maximum: 24, description: "Hours a working day." }
                hoursPerWeek: { type: number, minimum: 0, maximum: 168, description: "Hours a week." }
                weekdays:
                  type: array
                  description: Days worked, for calendar actual.
                  items: { type: string, enum: [mon, tue, wed, thu, fri, sat, sun] }
            hourlyWage: { type: number, minimum: 0, maximum: 10000, description: "Gross pay, EUR/hour." }
            monthlySalary: { type: number, minimum: 0, maximum: 1000000, description: "Gross pay, EUR/month." }
            calendar: { type: string, enum: [average, actual], description: "Average months or the real calendar." }
            extraPay:
              type: array
              description: Pay on top of the regular wage.
              items:
                type: object
                additionalProperties: false
                required: [month, kind, amount]
                properties:
                  month: { type: string, pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$", description: "Month paid, YYYY-MM." }
                  kind: { type: string, enum: [holidayBonus, holidayPay, holidayCompensation, other] }
                  amount: { type: number, minimum: 0, maximum: 1000000, description: "Gross amount, EUR." }
            employer:
              type: object
              additionalProperties: false
              required: [kind]
              description: The employer's part, read by /v1/subsidy.
              properties:
                kind: { type: string, enum: [company, association, foundation, religiousCommunity, municipality, state, privateHousehold], description: "Legal form." }
                applyWageSubsidy: { type: boolean, description: "Applies for wage subsidy." }
                annualPayroll: { type: number, minimum: 0, maximum: 1000000000, description: "Yearly payroll, EUR/year." }
                contributionRates:
                  type: object
                  additionalProperties: false
                  description: The employer's own contribution rates (ratios 0-1).
                  properties:
                    pension: { type: number, minimum: 0, maximum: 1 }
                    healthInsurance: { type: number, minimum: 0, maximum: 1 }
                    unemploymentInsurance: { type: number, minimum: 0, maximum: 1 }
                    accidentInsurance: { type: number, minimum: 0, maximum: 1 }
                    groupLifeInsurance: { type: number, minimum: 0, maximum: 1 }
                wageSubsidy:
                  type: object
                  additionalProperties: false
                  description: The wage subsidy application; a fact left out is not known.
                  properties:
                    type: { type: string, enum: [skillsGap, reducedCapacity, association, age55] }
                    unemployedJobseeker: { type: boolean }
                    medicalStatement: { type: boolean }
                    disadvantagedWorker: { type: boolean }
                    economicDismissals: { type: boolean }
                    decisionBeforeStart: { type: boolean }
                    collectiveAgreementWage: { type: boolean }
                    nonBusinessTasks: { type: boolean }
                    sectorMaxWeeklyHours: { type: number, minimum: 0.01, maximum: 168, description: "Hours a week." }
                    unemployedMonths: { type: integer, minimum: 0, maximum: 600, description: "Months." }
                    unemployedMonthsInLast28: { type: integer, minimum: 0, maximum: 28, description: "Months." }
                    earlierSubsidyEnded: { type: string, description: "YYYY-MM or none." }
                    renewals: { type: integer, minimum: 0, maximum: 10 }
                adaptationSubsidy:
                  type: object
                  additionalProperties: false
                  properties:
                    causedByInjuryOrIllness: { type: boolean }
                    equipmentCost: { type: number, minimum: 0, maximum: 1000000, description: "Tools and workplace changes, EUR." }
                    equipmentMonth: { type: string, pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$", description: "Month of the purchase." }
                    coworkerHelpHours: { type: number, minimum: 0, maximum: 744, description: "Hours a month." }
        tax:
          type: object
          additionalProperties: false
          properties:
            revisedCard: { type: boolean, description: "Orders a revised tax card when the job starts (default true)." }
            currentCard:
              type: object
              additionalProperties: false
              required: [basePercent, incomeLimit, additionalPercent]
              properties:
                basePercent: { type: number, minimum: 0, maximum: 100, description: "Base rate, percent." }
                incomeLimit: { type: number, minimum: 0, maximum: 10000000, description: "Annual income limit, EUR/year." }
                additionalPercent: { type: number, minimum: 0, maximum: 100, description: "Additional rate, percent." }
                pensionPercent: { type: number, minimum: 0, maximum: 100, description: "Withholding rate on pensions, percent." }
        expect:
          type: object
          description: Expected figures by month (YYYY-MM) and line, checked by the CLI; the API ignores mismatches.
    Step:
      type: object
      required: [id, values, text, parameters]
      properties:
        id: { type: string, description: "Message id of the step." }
        values: { type: object, description: "The step's figures by name: numbers (money in euros), text, {term: key} for a catalog word, {terms: [keys]} for a list of them, {fi, sv, en} for rule-file text." }
        text: { type: string, description: "The step as a sentence in the chosen language." }
        parameters: { type: array, items: { type: object }, description: "Rule parameters used, with valid-from date, status and source." }
        source: { type: object, description: "Legal basis." }
    Warning:
      type: object
      description: "Something to note, given once: the same statement in several months (or in both variants) is one warning listing its months."
      required: [id, severity, months, values, text, parameters]
      properties:
        id: { type: string }
        severity: { type: string, enum: [info, caution, problem] }
        months: { type: array, items: { type: string }, description: "The months (YYYY-MM) it applies to, oldest first; empty for the whole scenario." }
        values: { type: object }
        text: { type: string, description: "What to note and what to do, in the chosen language." }
        parameters: { type: array, items: { type: object } }
    Figures:
      type: object
      required: [amounts]
      properties:
        amounts: { type: object, additionalProperties: { type: number }, description: "Amount lines (e.g. grossWage, netIncome), EUR/month." }
        unknown: { type: array, items: { type: string }, description: "Lines the person has whose amount the rules cannot give this month (e.g. kelaDisabilityPension, withheldTax, netIncome): not in amounts, and not zero." }
        trace: { type: array, items: { $ref: "#/components/schemas/Step" }, description: "The month's steps; left out with trace=false." }
    SimulationResult:
      type: object
      required: [scenario, ruleset, asOf, asOfMode, language, summary, months, taxYears, warnings]
      properties:
        scenario: { type: string, description: "The scenario's name." }
        ruleset: { $ref: "#/components/schemas/Ruleset" }
        asOf: { type: string, description: "The pinned date, or the first month's rules date (YYYY-MM-DD)." }
        asOfMode: { type: string, enum: [eachMonth, pinned] }
        language: { $ref: "#/components/schemas/Language" }
        summary:
          type: object
          required: [averageWage, averageNet, averageNetBaseline, averageGain, participationTaxRate, monthsWithWarnings,
                     monthsStoppedInBusyMonths, netFromWithholdingOnly]
          properties:
            averageWage: { type: number, description: "Average gross wage, EUR/month." }
            averageNet: { type: number, nullable: true, description: "Average net income with the job, EUR/month." }
            averageNetBaseline: { type: number, nullable: true, description: "Average net income without the job, EUR/month." }
            averageGain: { type: number, nullable: true, description: "Average difference, EUR/month." }
            participationTaxRate: { type: number, nullable: true, description: "Share of the wage lost to taxes and lower benefits (ratio)." }
            monthsWithWarnings: { type: array, items: { type: string }, description: "Months (YYYY-MM) with something to note." }
            monthsStoppedInBusyMonths: { type: array, items: { type: string }, description: "Months (YYYY-MM) where hourly pay counted in the real calendar stops a benefit that the average month keeps; the averages are for average months." }
            netFromWithholdingOnly: { type: boolean, description: "Net income rests on tax withheld alone: some year's final tax could not be computed." }
        months:
          type: array
          items:
            type: object
            required: [month, asOf, baseline, withJob, difference]
            properties:
              month: { type: string, description: "YYYY-MM." }
              asOf: { type: string, description: "Date of the rules used (YYYY-MM-DD)." }
              baseline: { $ref: "#/components/schemas/Figures" }
              withJob: { $ref: "#/components/schemas/Figures" }
              difference: { type: object, additionalProperties: { type: number }, description: "With the job minus without, EUR/month per line." }
        taxYears: { type: array, items: { type: object }, description: "Each calendar year's tax per variant: final tax, withheld, residual, card (EUR)." }
        warnings: { type: array, items: { $ref: "#/components/schemas/Warning" } }
    SweepResult:
      type: object
      required: [ruleset, axis, points, checksBusyMonths, scaledSalary, replacedSalary, netFromWithholdingOnly, bestSafeHours,
                 breakEvenHours, highestNetHours, bestSafeHourlyWage, highestNetHourlyWage, trapHours, language, conclusions]
      properties:
        ruleset: { $ref: "#/components/schemas/Ruleset" }
        axis: { type: string, enum: [weeklyHours, hourlyWage], description: "What the points vary: the weekly hours or the hourly wage." }
        points:
          type: array
          items:
            type: object
            required: [weeklyHours, grossWage, netBaseline, netWithJob, effectiveMarginalRate, participationTaxRate, keepsEveryBenefit, stoppedBenefits, withJob]
            properties:
              weeklyHours: { type: number, description: "Hours a week." }
              hourlyWage: { type: number, nullable: true, description: "The hourly wage of the point, EUR/hour; null for a monthly salary." }
              grossWage: { type: number, description: "Average gross wage, EUR/month." }
              netBaseline: { type: number, nullable: true, description: "Average net income without the job, EUR/month." }
              netWithJob: { type: number, nullable: true, description: "Average net income with the job, EUR/month." }
              effectiveMarginalRate: { type: number, nullable: true, description: "Share of the extra wage lost since the previous point (ratio); null for the first point, where a net income is unknown, or where only one of the two points is shown in the real calendar's months (unsafeInBusyMonths without lossOutsideSimulation), as its figures are not comparable with an average month's." }
              participationTaxRate: { type: number, nullable: true, description: "Ratio." }
              keepsEveryBenefit: { type: boolean, description: "No benefit stops, none has an amount the rules cannot give, and no earnings limit is crossed in any month (for hourly pay in average months, also not in the real calendar's months)." }
              unsafeInBusyMonths: { type: boolean, description: "Safe in average months, but counted in the real calendar a benefit stops or an earnings limit is crossed in a month with more working days: a simulated month (its figures are then those months' in the real calendar) or the busiest month of the job's first twelve outside the simulation (lossOutsideSimulation)." }
              lossOutsideSimulation: { type: boolean, description: "Unsafe in the job's busiest month outside the simulated months; the figures, the simulated months', do not show that loss." }
              stoppedBenefits: { type: array, items: { type: string } }
              withJob: { type: object, description: "Average amount lines with the job, EUR/month." }
        checksBusyMonths: { type: boolean, description: "Hourly pay counted in average months: each point was also run in the real calendar's months, and in the busiest month of the job's first twelve when it lies outside the simulation." }
        scaledSalary:
          type: object
          nullable: true
          description: "Over hours, a monthly salary is scaled in proportion to them: the salary and the weekly hours it was given for."
          properties:
            salary: { type: number, description: "EUR/month." }
            weeklyHours: { type: number, description: "Hours a week." }
        replacedSalary: { type: number, nullable: true, description: "Over hourly wages, the monthly salary that each wage tried replaces; over hours, a salary given for no hours, which every point keeps unscaled (EUR/month)." }
        netFromWithholdingOnly: { type: boolean, description: "Some point's net income rests on the tax withheld alone: a year's final tax could not be worked out, so a residual tax or refund could change it." }
        bestSafeHours: { type: number, nullable: true, description: "Most weekly hours keeping every benefit." }
        breakEvenHours: { type: number, nullable: true, description: "Hours needed beyond the safe hours to be as well off." }
        highestNetHours: { type: number, nullable: true, description: "Weekly hours with the highest net income." }
        bestSafeHourlyWage: { type: number, nullable: true, description: "The best safe point's hourly wage (the answer over wages), EUR/hour." }
        highestNetHourlyWage: { type: number, nullable: true, description: "The hourly wage of the point with the highest net income, EUR/hour." }
        trapHours: { type: array, items: { type: number }, description: "Weekly hours of the points whose net income is lower than the previous point's although more is worked or paid." }
        language: { $ref: "#/components/schemas/Language" }
        conclusions: { type: array, items: { type: string }, description: "The conclusions as sentences." }
    SubsidyResult:
      type: object
      required: [scenario, ruleset, asOf, asOfMode, decisionDate, language, employer, wageSubsidy, adaptationSubsidy, decisionTrace, totals, months, warnings]
      properties:
        scenario: { type: string }
        ruleset: { $ref: "#/components/schemas/Ruleset" }
        asOf: { type: string }
        asOfMode: { type: string, enum: [eachMonth, pinned] }
        decisionDate: { type: string, description: "The job's first day (YYYY-MM-DD)." }
        language: { $ref: "#/components/schemas/Language" }
        employer: { type: object }
        wageSubsidy: { type: object, nullable: true, description: "Eligibility checklist and terms (rate ratio, monthly cap EUR, period)." }
        adaptationSubsidy: { type: object, nullable: true }
        decisionTrace: { type: array, items: { $ref: "#/components/schemas/Step" } }
        totals: { type: object, additionalProperties: { type: number }, description: "Totals over the months, EUR; a line unknown in some month (listed in that month's unknown) has no total." }
        months: { type: array, items: { type: object }, description: "Each month's employer figures, EUR." }
        warnings: { type: array, items: { $ref: "#/components/schemas/Warning" } }
    Parameter:
      type: object
      required: [ruleset, id, label, description, type, unit, source, asOf, inForce, values]
      properties:
        ruleset: { $ref: "#/components/schemas/Ruleset" }
        id: { type: string }
        label: { type: string }
        description: { type: string, nullable: true }
        type: { type: string }
        unit: { type: string }
        source: { type: object, description: "Law, URL or note." }
        asOf: { type: string, nullable: true, description: "The asOf date asked for." }
        inForce: { type: object, nullable: true, description: "The dated value in force on asOf." }
        values:
          type: array
          items:
            type: object
            required: [from, status, value, text, source, note]
            properties:
              from: { type: string, description: "Valid from (YYYY-MM-DD)." }
              status: { type: string, enum: [confirmed, unverified, unknown] }
              value: { nullable: true, description: "Amount (EUR), rate (ratio), count, date, flag, name, scale brackets or table." }
              text: { type: array, items: { type: string }, description: "The value as text in the chosen language." }
              source: { type: object, nullable: true }
              note: { type: string, nullable: true }
"""#
}
