import TukiEngine

/// How a sweep's points are named: by weekly hours, or by hourly wage when the wage was swept.
struct SweepAxisText: Sendable {
    let formatter: TextFormatter
    let axis: Sweep.AxisKind

    /// Where the point lies on the axis, in hundredths of an hour or in cents.
    func position(_ point: SweepPoint) -> Int64 {
        switch axis {
        case .weeklyHours: point.weeklyHours.hundredths
        case .hourlyWage: point.hourlyWage?.cents ?? 0
        }
    }

    /// The point as a message argument: `hours` or `hourlyWage`.
    func argument(_ point: SweepPoint) -> (String, TraceValue) {
        switch axis {
        case .weeklyHours: ("hours", .hours(point.weeklyHours))
        case .hourlyWage: ("hourlyWage", .money(point.hourlyWage ?? .zero))
        }
    }

    /// The point as a table cell or axis tick.
    func label(_ point: SweepPoint) -> String {
        switch axis {
        case .weeklyHours: formatter.hours(point.weeklyHours)
        case .hourlyWage: formatter.money(point.hourlyWage ?? .zero)
        }
    }

    /// The message for this axis: the hours one, or its hourly-wage twin.
    func message(_ hours: MessageKind, _ wage: MessageKind) -> MessageKind { axis == .weeklyHours ? hours : wage }
}
