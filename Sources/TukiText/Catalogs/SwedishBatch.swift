// Swedish, batch runs (`tuki batch`): the reader is a policy or planning officer comparing many scenarios.
extension MessageCatalog {
    static let swedishBatch: [String: String] = [
        "error.column_count": "Raden har {found, plural, one {# kolumn} other {# kolumner}}; rubrikraden har {expected}.",
        "error.flag_with_values": "Kolumnen {flag} säger nej, men uppgifter som hör till den är ifyllda. Lämna den tom eller skriv true.",
        "error.csv_not_utf8": "Filen är inte UTF-8-text: den här raden har byten {byte}, som inte kan förekomma i UTF-8 (till exempel ä eller ö sparade med en annan teckenkodning). Spara filen i Excel som ”CSV UTF-8”.",
        "error.csv_utf16": "Filen är UTF-16-text, inte UTF-8. Spara filen i Excel som ”CSV UTF-8”.",
        "error.csv_decimal_point": "Värdet ”{found}” har en punkt. I en fil med semikolon som avgränsare skrivs decimaler med komma (12,40), och tal skrivs utan tusentalsavgränsare (1250).",
        "error.csv_null_cell": "I cellen står det {found}. Lämna cellen tom för standardvärdet eller ange ett värde.",
        "error.csv_unnamed_column": "Kolumn {column} har inget namn på rubrikraden, men på den här raden står det ”{found}” i den. Namnge kolumnen eller töm cellen.",
        "batch.counts": "Beräknade: {ran}. Misslyckade: {failed}. Överhoppade: {skipped}.",
        "batch.overlay_unread": "Observera: regeländringen ändrar bara värden som radernas siffror inte använder ({parameters}), så varje rad förblir oförändrad. Arbetsgivarens stödvillkor visas med kommandot tuki subsidy.",
        "batch.passed": "{count, plural, one {De väntade beloppen stämde i den kalkyl som har sådana.} other {De väntade beloppen stämde i alla # kalkyler som har sådana.}}",
        "batch.net_unknown": "{count, plural, one {I en av dem} other {I # av dem}} kan nettoinkomsten inte räknas ut, eftersom en siffra saknas i reglerna (status incomplete; anmärkningarna visar vilken): nettocellerna är tomma, inte noll.",
        "batch.mismatches": "{count, plural, one {# väntat belopp} other {# väntade belopp}} i {scenarios, plural, one {# kalkyl} other {# kalkyler}} stämde inte.",
        "batch.reform.heading": "Ändringen {overlay} jämförd med de nuvarande reglerna: genomsnittlig nettoinkomst per månad med arbetet.",
        "batch.reform.counts": "Vinner: {gain}. Förlorar: {lose}. Oförändrade: {unchanged}. Kan inte jämföras (nettoinkomsten okänd): {unknown}.",
        "batch.reform.gain": "Antal som vinner: {count}. Vinsten är i genomsnitt {average} per månad, högst {largest}.",
        "batch.reform.loss": "Antal som förlorar: {count}. Förlusten är i genomsnitt {average} per månad, högst {largest}.",
        "batch.reform.bands": "Ändring per månad:",
        "batch.band.below": "  {upper} eller mindre: {count}",
        "batch.band.between": "  {lower} – {upper}: {count}",
        "batch.band.zero": "  ingen ändring: {count}",
        "batch.band.above": "  {lower} eller mer: {count}",
        "batch.progress": "{done}/{total} kalkyler, {rate} per sekund, cirka {seconds} s kvar",
    ]
}
