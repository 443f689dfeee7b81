import Testing
@testable import TukiEngine

@Suite struct CalendarTests {
    @Test func knowsTheWeekday() {
        #expect(Day(iso: "2026-11-25")?.weekday == .wednesday)
        #expect(Day(iso: "1970-01-01")?.weekday == .thursday)
        #expect(Day(iso: "2024-02-29")?.weekday == .thursday)
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "2026-4-01", "26-04-01"])
    func rejectsDatesThatDoNotExist(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func roundTripsDayNumbers() {
        for ordinal in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(Day(ordinal: ordinal).ordinal == ordinal)
        }
    }

    @Test func countsMonths() {
        let february = YearMonth(iso: "2026-02")!
        #expect(february.adding(months: 11).description == "2027-01")
        #expect(february.adding(months: -2).description == "2025-12")
        #expect(february.months(until: YearMonth(iso: "2027-02")!) == 12)
        #expect(YearMonth(iso: "2026-13") == nil)
        #expect(YearMonth(iso: "2024-02")!.dayCount == 29)
    }

    @Test(arguments: [(2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"), (2038, "2038-04-25")])
    func findsEasterSunday(year: Int, easter: String) {
        #expect(FinnishHoliday.easterSunday(year).description == easter)
    }

    /// University of Helsinki Almanac Office via STT (11/2024): 10 weekday days off in 2024 and 2025,
    /// 9 in 2026, 8 in 2027, 9 in 2028, 10 in 2029–2031.
    @Test(arguments: [(2024, 10), (2025, 10), (2026, 9), (2027, 8), (2028, 9), (2029, 10), (2030, 10), (2031, 10)])
    func countsWeekdayHolidaysAsTheAlmanacOfficeDoes(year: Int, count: Int) {
        #expect(FinnishHoliday.weekdayHolidays(in: year).count == count)
    }

    @Test func placesTheMovingHolidaysOf2025() {
        #expect(FinnishHoliday.goodFriday.date(in: 2025).description == "2025-04-18")
        #expect(FinnishHoliday.easterMonday.date(in: 2025).description == "2025-04-21")
        #expect(FinnishHoliday.ascensionDay.date(in: 2025).description == "2025-05-29")
        #expect(FinnishHoliday.midsummerEve.date(in: 2025).description == "2025-06-20")
        #expect(FinnishHoliday.allSaintsDay.date(in: 2025).description == "2025-11-01")
    }

    @Test func countsWorkingDaysOfAMonth() {
        #expect(FinnishHoliday.workingDays(in: YearMonth(iso: "2026-03")!).count == 22)
        #expect(FinnishHoliday.workingDays(in: YearMonth(iso: "2026-04")!).count == 20)  // Good Friday, Easter Monday
        #expect(FinnishHoliday.workingDays(in: YearMonth(iso: "2026-12")!).count == 21)  // 24th, 25th; the 6th is a Sunday
    }
}
