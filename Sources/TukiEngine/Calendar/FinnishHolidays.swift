/// Finland's public holidays: the days off that can fall on a weekday ("arkipyhät"), and Easter Day and Whit Sunday,
/// which cost a weekend worker her Sunday.
///
/// Church holidays come from the Church Act (kirkkolaki), Independence Day and May Day
/// from their own acts; Midsummer Eve and Christmas Eve are days off under most
/// collective agreements and are counted as days off here too, as the University
/// of Helsinki Almanac Office counts them.
public enum FinnishHoliday: String, Sendable, CaseIterable {
    case newYearsDay, epiphany, goodFriday, easterDay, easterMonday, mayDay, ascensionDay, whitSunday,
         midsummerEve, midsummerDay, allSaintsDay, independenceDay, christmasEve, christmasDay, boxingDay

    public func date(in year: Int) -> Day {
        let easter = FinnishHoliday.easterSunday(year)
        switch self {
        case .newYearsDay: return Day(year: year, month: 1, day: 1)!
        case .epiphany: return Day(year: year, month: 1, day: 6)!
        case .goodFriday: return easter.adding(days: -2)
        case .easterDay: return easter
        case .easterMonday: return easter.adding(days: 1)
        case .mayDay: return Day(year: year, month: 5, day: 1)!
        case .ascensionDay: return easter.adding(days: 39)
        case .whitSunday: return easter.adding(days: 49)
        case .midsummerEve: return FinnishHoliday.firstSaturday(from: Day(year: year, month: 6, day: 20)!).adding(days: -1)
        case .midsummerDay: return FinnishHoliday.firstSaturday(from: Day(year: year, month: 6, day: 20)!)
        case .allSaintsDay: return FinnishHoliday.firstSaturday(from: Day(year: year, month: 10, day: 31)!)
        case .independenceDay: return Day(year: year, month: 12, day: 6)!
        case .christmasEve: return Day(year: year, month: 12, day: 24)!
        case .christmasDay: return Day(year: year, month: 12, day: 25)!
        case .boxingDay: return Day(year: year, month: 12, day: 26)!
        }
    }

    /// The holidays of `year` that fall on Monday to Friday.
    public static func weekdayHolidays(in year: Int) -> Set<Day> {
        Set(allCases.map { $0.date(in: year) }.filter { !$0.weekday.isWeekend })
    }

    /// Monday to Friday days of `month` that are not holidays.
    public static func workingDays(in month: YearMonth) -> [Day] {
        let holidays = weekdayHolidays(in: month.year)
        return month.days.filter { !$0.weekday.isWeekend && !holidays.contains($0) }
    }

    private static func firstSaturday(from day: Day) -> Day {
        var candidate = day
        while candidate.weekday != .saturday { candidate = candidate.adding(days: 1) }
        return candidate
    }

    /// Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" algorithm).
    static func easterSunday(_ year: Int) -> Day {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: year, month: month, day: day)!
    }
}
