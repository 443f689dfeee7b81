/// A scenario written as a row of every column of `ScenarioCSVColumn.all`, the inverse of `ScenarioCSV`.
extension ScenarioCSV {
    /// The row's cells, or nil when the scenario has parts a CSV row cannot hold (extra pay, employer,
    /// weekdays, a tax card, expectations, a description or a housing group for pensioners).
    public static func row(for scenario: Scenario, decimalComma: Bool) -> [String]? {
        guard scenario.expectations.isEmpty, scenario.tax.currentCard == nil,
              scenario.housing?.pensionersMunicipalityGroup == nil,
              scenario.benefits.kelaDisabilityPension?.blindOrUnableToMove != true,
              scenario.job.map({ $0.extraPay.isEmpty && $0.employer == nil && $0.pattern.weekdays == nil }) ?? true
        else { return nil }
        func number(_ text: String?) -> String {
            guard let text else { return "" }
            return decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
        }
        let kela = scenario.benefits.kelaDisabilityPension
        let earnings = scenario.benefits.earningsRelatedPension
        let job = scenario.job
        var days: String = "", perDay: String = "", perWeek: String = ""
        switch job?.pattern.shape {
        case let .daysAndHours(daysPerWeek, hoursPerDay)?: days = "\(daysPerWeek)"; perDay = number(hoursPerDay.description)
        case let .weekly(hours)?: perWeek = number(hours.description)
        case nil: break
        }
        var hourly: String = "", monthly: String = ""
        switch job?.pay {
        case let .hourly(wage)?: hourly = number(wage.description)
        case let .monthly(salary)?: monthly = number(salary.description)
        case nil: break
        }
        let cells: [String: String] = [
            "name": scenario.name, "start": scenario.start.description, "months": "\(scenario.months)",
            "birthYear": "\(scenario.person.birthYear)", "municipality": scenario.person.municipality ?? "",
            "churchMember": "\(scenario.person.churchMember)", "adults": "\(scenario.household.adults)",
            "children": "\(scenario.household.children)",
            "partnerMonthlyIncome": number(scenario.household.partnerMonthlyIncome.description),
            "kelaPension": "\(kela != nil)", "kelaPensionMonthly": number(kela?.monthly?.description),
            "kelaEarningsLimit": number(kela?.earningsLimit?.description),
            "earningsRelatedPension": number(earnings?.monthly.description), "earningsRelatedKind": earnings?.kind.rawValue ?? "",
            "earningsRelatedLimit": number(earnings?.earningsLimit?.description),
            "establishedEarnings": number(earnings?.establishedEarnings?.description),
            "guaranteePensionMonthly": number(scenario.benefits.guaranteePensionMonthly?.description),
            "disabilityAllowance": scenario.benefits.disabilityAllowance.rawValue,
            "disabilityAllowanceMonthly": number(scenario.benefits.disabilityAllowanceMonthly?.description),
            "rent": number(scenario.housing?.rent.description), "water": number(scenario.housing?.water.description),
            "heating": number(scenario.housing?.heating.description),
            "ownerOccupied": scenario.housing.map { "\($0.ownerOccupied)" } ?? "",
            "netAssets": number(scenario.housing?.netAssets?.description), "housingAllowance": scenario.housing?.allowance.rawValue ?? "",
            "municipalityGroup": scenario.housing?.municipalityGroup ?? "",
            "jobStart": job?.start.description ?? "", "jobEnd": job?.end?.description ?? "",
            "daysPerWeek": days, "hoursPerDay": perDay, "hoursPerWeek": perWeek, "hourlyWage": hourly, "monthlySalary": monthly,
            "calendar": job?.calendar.rawValue ?? "", "revisedTaxCard": "\(scenario.tax.revisedCard)",
        ]
        return ScenarioCSVColumn.all.map { cells[$0.name] ?? "" }
    }
}
