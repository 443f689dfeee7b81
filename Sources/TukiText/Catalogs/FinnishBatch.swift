// Finnish, batch runs (`tuki batch`): the reader is a policy or planning officer comparing many scenarios.
extension MessageCatalog {
    static let finnishBatch: [String: String] = [
        "error.column_count": "Rivillä on {found, plural, one {# sarake} other {# saraketta}}; otsikkorivillä {expected}.",
        "error.flag_with_values": "Sarake {flag} on ”ei”, mutta sen tietoja on annettu. Jätä sarake tyhjäksi tai kirjoita true.",
        "error.csv_not_utf8": "Tiedosto ei ole UTF-8-tekstiä: tällä rivillä on tavu {byte}, jota UTF-8:ssa ei voi olla (esimerkiksi ä tai ö tallennettuna jossakin muussa merkistössä). Tallenna tiedosto Excelissä muodossa ”CSV UTF-8”.",
        "error.csv_utf16": "Tiedosto on UTF-16-tekstiä, ei UTF-8:aa. Tallenna tiedosto Excelissä muodossa ”CSV UTF-8”.",
        "error.csv_decimal_point": "Arvossa ”{found}” on piste. Puolipistein erotetussa tiedostossa desimaalierotin on pilkku (12,40), eikä tuhaterotinta käytetä (1250).",
        "error.csv_null_cell": "Solussa lukee {found}. Jätä solu tyhjäksi, jos haluat oletusarvon, tai anna arvo.",
        "error.csv_unnamed_column": "Sarakkeella {column} ei ole otsikkorivillä nimeä, mutta tällä rivillä siinä on ”{found}”. Nimeä sarake tai tyhjennä solu.",
        "batch.counts": "Laskettu: {ran}. Epäonnistui: {failed}. Ohitettu: {skipped}.",
        "batch.overlay_unread": "Huomaa: sääntömuutos muuttaa vain arvoja, joita rivien luvut eivät käytä ({parameters}), joten jokainen rivi pysyy ennallaan. Työnantajan tukiehdot näkyvät komennolla tuki subsidy.",
        "batch.passed": "{count, plural, one {Odotetut luvut täsmäsivät laskelmassa, jossa niitä on.} other {Odotetut luvut täsmäsivät kaikissa # laskelmassa, joissa niitä on.}}",
        "batch.net_unknown": "Käteen jäävää tuloa ei voi laskea {count, plural, one {yhdessä laskelmassa} other {# laskelmassa}}, koska säännöistä puuttuu luku (tila incomplete; huomiot kertovat, mikä): käteen jäävän tulon solut ovat tyhjiä, eivät nollia.",
        "batch.mismatches": "{count, plural, one {# odotettu luku} other {# odotettua lukua}} {scenarios, plural, one {# laskelmassa} other {# laskelmassa}} ei täsmännyt.",
        "batch.reform.heading": "Muutos {overlay} verrattuna nykyisiin sääntöihin: keskimääräiset nettotulot kuukaudessa työn kanssa.",
        "batch.reform.counts": "Hyötyy: {gain}. Menettää: {lose}. Ei muutosta: {unchanged}. Ei verrattavissa (käteen jäävä tulo ei ole tiedossa): {unknown}.",
        "batch.reform.gain": "{count, plural, one {# henkilö hyötyy} other {# henkilöä hyötyy}} keskimäärin {average} kuukaudessa, enintään {largest}.",
        "batch.reform.loss": "{count, plural, one {# henkilö menettää} other {# henkilöä menettää}} keskimäärin {average} kuukaudessa, enintään {largest}.",
        "batch.reform.bands": "Muutos kuukaudessa:",
        "batch.band.below": "  {upper} tai vähemmän: {count}",
        "batch.band.between": "  {lower} – {upper}: {count}",
        "batch.band.zero": "  ei muutosta: {count}",
        "batch.band.above": "  {lower} tai enemmän: {count}",
        "batch.progress": "{done}/{total} laskelmaa, {rate} laskelmaa sekunnissa, noin {seconds} s jäljellä",
    ]
}
