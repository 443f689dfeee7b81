/// Legal bases of subsidy conditions that have no figure of their own in the rules.
enum SubsidySources {
    static let targetGroups = Source(
        law: "JTYPL 916/2012 7 luku (laki 371/2023), 1.7.2023–31.12.2024; laki työvoimapalvelujen järjestämisestä 380/2023, 1.1.2025 alkaen",
        url: "https://www.edilex.fi/he/20220175",
        note: "HE 175/2022: only for unemployed jobseekers who have reduced working capacity or are disadvantaged workers under GBER 651/2014. The sections of 380/2023 were not checked.")
    static let disadvantagedWorker = Source(
        law: "Komission asetus (EU) N:o 651/2014, 2 artiklan 4 kohta",
        url: "https://www.accountor.com/fi/finland/artikla/palkkatuki",
        note: "E.g. aged 15–24 or 50 or over, only basic education, immigrant, unemployed at least 6 months (Accountor 2023, secondary).")
    static let medicalStatement = Source(
        law: "HE 175/2022 (alentuneesti työkykyinen)",
        url: "https://www.hameenlinna.fi/kohdekortit/palkkatuki",
        note: "A doctor's statement (B-lausunto) or an equivalent expert assessment; a renewal needs an up-to-date one (secondary).")
    static let employerTerms = Source(
        url: "https://www.te-palvelut.fi/fi/tyonantajalle/loyda-tyontekija/palkkatuki/palkkatuki-ehdot",
        note: "TE-palvelut, page from before 2025: the decision must come before the employment starts (except a period continuing straight after the previous one); the employer pays the collective-agreement wage or, without one, a usual and reasonable wage.")
    static let association = Source(
        law: "JTYPL 916/2012 7 luku (laki 371/2023); TyVM 25/2022",
        url: "https://www.sininauhaliitto.fi/ajankohtaista/palkkatuen-leikkaus-kasvattaa-syrjaytettyjen-maaraa/",
        note: "The 100 % subsidy is for an association, foundation or registered religious community, for work outside business activity (secondary).")
    static let age55 = Source(
        law: "JTYPL 916/2012 7 a luku (laki 371/2023)",
        url: "https://tyomarkkinatori.fi/uutiset/hyodynna-uutta-55-vuotta-taytteneiden-tyollistymistukea",
        note: "Työmarkkinatori news, June 2023.")
    static let adaptation = Source(
        url: "https://tem.fi/tyoolosuhteiden-jarjestelytuki",
        note: "The hired or employed person's injury or illness must require the tools, changes or help; ordinary ergonomic solutions are not covered (TEM, undated page read 2026).")
}
