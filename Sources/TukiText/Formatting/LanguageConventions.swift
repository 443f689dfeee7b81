import Foundation
import TukiEngine

/// The locale each language is formatted in.
///
/// Finnish and Swedish use Finland's conventions (fi_FI, sv_FI). English uses en_GB:
/// en_FI would write "7,5" hours and "1. March 2026", which reads as neither English
/// nor Finnish; en_GB gives "€1,234.50", "12.64%", "7.5" and "1 March 2026".
extension Language {
    var icuLocale: String {
        switch self {
        case .fi: "fi_FI"
        case .sv: "sv_FI"
        case .en: "en_GB"
        }
    }

    var locale: Locale { Locale(identifier: icuLocale) }
}
