import Hummingbird
import TukiEngine
import TukiText

/// The sweep's query: `?hours=0...40` (the default) or `?wage=10...20`, and `step` (1 hour or 0.50 €).
struct SweepQuery {
    let hours: String?
    let wage: String?
    let step: String?

    init(_ request: Request) {
        hours = request.query("hours")
        wage = request.query("wage")
        step = request.query("step")
    }

    func axis() throws(APIError) -> Sweep.Axis {
        if hours != nil && wage != nil { throw APIError.badQuery("wage", expected: .hoursOrWage) }
        if let wage {
            guard let range = SweepRange(wage) else { throw APIError.badQuery("wage", expected: .wageRange) }
            let step = try self.step.map { text throws(APIError) -> Int64 in
                guard let cents = Money(exactly: text)?.cents, cents > 0 else { throw APIError.badQuery("step", expected: .positiveAmount) }
                return cents
            } ?? 50
            try check(range.count(step: step))
            return range.hourlyWages(step: step)
        }
        guard let range = hours.map(SweepRange.init) ?? SweepRange(fromHundredths: 0, toHundredths: 4_000), range.fitsInAWeek else {
            throw APIError.badQuery("hours", expected: .hoursRange)
        }
        let step = try self.step.map { text throws(APIError) -> Int64 in
            guard let hundredths = Hours(exactly: text)?.hundredths, hundredths > 0 else {
                throw APIError.badQuery("step", expected: .positiveHours)
            }
            return hundredths
        } ?? 100
        try check(range.count(step: step))
        return range.weeklyHours(step: step)
    }

    private func check(_ count: Int) throws(APIError) {
        guard count <= ServiceLimits.maxSweepPoints else {
            throw APIError(.badRequest, ServiceMessages.tooManyPoints, ["count": .count(count), "limit": .count(ServiceLimits.maxSweepPoints)],
                           field: "step")
        }
    }
}
