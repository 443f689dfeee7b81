import TukiEngine

/// Month names and date patterns are written out here rather than taken from a date
/// style, so dates need no time zone and the sv_FI numeric date is "1.2.2026", not ISO.
extension TextFormatter {
    /// "maaliskuu 2026" (fi), "mars 2026" (sv), "March 2026" (en).
    public func month(_ month: YearMonth) -> String {
        "\(Self.monthNames(language)[month.month - 1]) \(month.year)"
    }

    /// "1.2.2026" (fi, sv), "1 February 2026" (en).
    public func day(_ day: Day) -> String {
        switch language {
        case .fi, .sv: "\(day.day).\(day.month).\(day.year)"
        case .en: "\(day.day) \(Self.monthNames(.en)[day.month - 1]) \(day.year)"
        }
    }

    private static func monthNames(_ language: Language) -> [String] {
        switch language {
        case .fi: ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
                   "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"]
        case .sv: ["januari", "februari", "mars", "april", "maj", "juni",
                   "juli", "augusti", "september", "oktober", "november", "december"]
        case .en: ["January", "February", "March", "April", "May", "June",
                   "July", "August", "September", "October", "November", "December"]
        }
    }
}
