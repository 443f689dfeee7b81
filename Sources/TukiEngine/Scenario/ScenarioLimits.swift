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
}
