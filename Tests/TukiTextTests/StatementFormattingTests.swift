import Testing
import TukiEngine
import TukiText

@Suite("Statement formatting")
struct StatementFormattingTests {
    private static func workedDays(_ days: Int) -> Statement {
        Statement(WageMessages.forWorker.calendarWeekdays, [
            "days": .count(days), "hoursPerDay": .hours(Hours(hundredths: 750)),
            "hours": .hours(Hours(hundredths: 750 * Int64(days))), "hourlyWage": .money(.euros(12)),
            "monthlyWage": .money(.euros(90 * Int64(days))),
        ])
    }

    @Test("a count chooses the plural form of the language", arguments: [
        (Language.fi, 1, "Tässä kuussa sinulla on 1 työpäivä, 7,5 tuntia päivässä: yhteensä 7,5 tuntia × 12,00\u{00A0}€ = 90,00\u{00A0}€."),
        (.fi, 3, "Tässä kuussa sinulla on 3 työpäivää, 7,5 tuntia päivässä: yhteensä 22,5 tuntia × 12,00\u{00A0}€ = 270,00\u{00A0}€."),
        (.sv, 1, "Den här månaden har du 1 arbetsdag, 7,5 timmar per dag: sammanlagt 7,5 timmar × 12,00\u{00A0}€ = 90,00\u{00A0}€."),
        (.sv, 3, "Den här månaden har du 3 arbetsdagar, 7,5 timmar per dag: sammanlagt 22,5 timmar × 12,00\u{00A0}€ = 270,00\u{00A0}€."),
        (.en, 1, "This month you have 1 working day, 7.5 hours a day: 7.5 hours in total × €12.00 = €90.00."),
        (.en, 3, "This month you have 3 working days, 7.5 hours a day: 22.5 hours in total × €12.00 = €270.00."),
    ])
    func countChoosesPluralForm(language: Language, days: Int, expected: String) {
        #expect(TextFormatter(language: language).format(Self.workedDays(days)) == expected)
    }

    @Test("two counts in one message choose their forms independently")
    func twoCountsChooseIndependently() {
        let statement = Statement(InputMessages.weekdaysCount, ["daysPerWeek": .count(1), "weekdays": .count(2)])
        #expect(TextFormatter(language: .fi).format(statement)
            == "Olet antanut 1 työpäivän viikossa mutta 2 viikonpäivää. Määrien pitää olla samat.")
        #expect(TextFormatter(language: .sv).format(statement)
            == "Du har angett 1 arbetsdag i veckan men 2 veckodagar. Antalen ska vara lika.")
    }

    @Test("hours, money and the average month read as in the catalog")
    func averageMonthReadsAsInCatalog() {
        let statement = Statement(WageMessages.averageMonth, [
            "weeklyHours": .hours(.whole(20)), "monthlyHours": .hours(Hours(hundredths: 8667)),
            "hourlyWage": .money(Money(cents: 1250)), "monthlyWage": .money(Money(cents: 108_333)),
        ])
        #expect(TextFormatter(language: .fi).format(statement)
            == "Keskimääräinen kuukausipalkka: 20 tuntia viikossa × 52 / 12 = 86,67 tuntia kuukaudessa × 12,50\u{00A0}€ = 1\u{00A0}083,33\u{00A0}€.")
    }

    @Test("terms and days are put into the sentence in the reader's language", arguments: [
        (Language.fi, "6.12.2026 on itsenäisyyspäivä, joten se ei ole työpäivä."),
        (.sv, "6.12.2026 är självständighetsdagen, så det är ingen arbetsdag."),
        (.en, "6 December 2026 is Independence Day, so it is not a working day."),
    ])
    func termsAndDaysAreLocalised(language: Language, expected: String) {
        let statement = Statement(WageMessages.publicHoliday, [
            "holiday": .term(FinnishHoliday.independenceDay.termKey), "date": .day(Day(year: 2026, month: 12, day: 6)!),
        ])
        #expect(TextFormatter(language: language).format(statement) == expected)
    }

    @Test("months are put into the sentence by name")
    func monthsArePutByName() {
        let statement = Statement(InputMessages.endBeforeStart, [
            "start": .month(YearMonth(year: 2026, month: 3)!), "end": .month(YearMonth(year: 2026, month: 1)!),
        ])
        #expect(TextFormatter(language: .sv).format(statement) == "Slutmånaden (januari 2026) är före startmånaden (mars 2026).")
    }

    @Test("a message missing from the catalog shows its id and values instead of crashing")
    func missingMessageShowsFallback() {
        let kind = MessageKind("test.not_in_catalog", ["amount", "days"])
        let statement = Statement(kind, ["days": .count(3), "amount": .money(.euros(5))])
        #expect(TextFormatter(language: .fi).format(statement) == "⟨test.not_in_catalog⟩ amount=5,00\u{00A0}€ days=3")
    }

    @Test("an unknown term key is shown visibly")
    func unknownTermIsVisible() {
        #expect(TextFormatter(language: .en).term("term.nothing") == "⟨term.nothing⟩")
        #expect(TextFormatter(language: .sv).term(AmountLine.grossWage.termKey) == "Bruttolön")
    }
}
