import Testing
import TukiEngine
import TukiText

@Suite("Warning items")
struct WarningItemsTests {
    private static func unverified(_ id: String, _ label: String, months: [Int]) -> [Warning] {
        months.map { month in
            Warning(SimulationMessages.parameterUnverified, [
                "parameter": .text(id), "label": .localized(LocalizedText(fi: label, sv: label, en: label)),
                "date": .day(Day(year: 2026, month: 1, day: 1)!),
            ], severity: .caution, month: YearMonth(year: 2026, month: month)!)
        }
    }

    @Test("unverified values used in the same months are one item naming each; others keep their own")
    func unverifiedValuesInTheSameMonthsShareAnItem() {
        let warnings = Self.unverified("a.first", "First", months: [2, 3])
            + [Warning(SimulationMessages.employerView, severity: .info)]
            + Self.unverified("a.second", "Second", months: [2, 3])
            + Self.unverified("a.third", "Third", months: [2])
        let items = ReportSections(formatter: TextFormatter(language: .en)).warningItems(warnings)
        #expect(items == [
            "February 2026 to March 2026: The calculation uses values that have not been checked: First (a.first, from 1 January 2026); "
                + "Second (a.second, from 1 January 2026). Check them against their sources.",
            TextFormatter(language: .en).format(Statement(SimulationMessages.employerView)),
            "February 2026: The calculation uses a value that has not been checked: Third (a.third), in force from 1 January 2026. "
                + "Check it against the source.",
        ])
    }
}
