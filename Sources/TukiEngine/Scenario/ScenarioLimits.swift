/// The ranges a scenario's counts and hours must lie in. The decoder checks them one at a time; the coach's page
/// checks every field against them before decoding, so several values out of range are all shown at once.
public enum ScenarioLimits {
    public static let months = 1...120
    public static let birthYear = 1900...2100
    public static let adults = 1...2
    public static let children = 0...20
    public static let daysPerWeek = 1...7
    public static let hoursPerDay = Hours.zero...Hours.whole(24)
    public static let hoursPerWeek = Hours.zero...Hours.whole(168)
    /// A tax card's percentages.
    public static let percent = 0...100
    /// The employer block's counts and hours.
    public static let unemployedMonths = 0...600
    public static let unemployedMonthsInLast28 = 0...28
    public static let renewals = 0...10
    public static let sectorMaxWeeklyHours = Hours(hundredths: 1)...Hours.whole(168)
    /// A month's hours of a co-worker's help: at most every hour of a 31-day month.
    public static let coworkerHelpHours = Hours.zero...Hours.whole(744)
}
