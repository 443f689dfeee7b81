/// A table keyed by the first birth year of each cohort (`born_from`), read for one person.
extension Table {
    /// The count for a person born in `birthYear`: the entry with the latest first birth year not after it.
    func count(bornIn birthYear: Int) -> Int? {
        var cohort: (firstYear: Int, value: Int)?
        for (key, value) in entries {
            guard let firstYear = key.first.flatMap({ Int($0) }), firstYear <= birthYear, case let .count(count) = value,
                  firstYear > cohort?.firstYear ?? .min else { continue }
            cohort = (firstYear, count)
        }
        return cohort?.value
    }
}
