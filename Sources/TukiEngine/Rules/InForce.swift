extension Array {
    /// In values ascending by their start day, the last one started by `day`: the one in force then. A parameter
    /// has a few dated values and simulations mostly ask for recent dates, so scanning back from the newest beats
    /// a binary search.
    func inForce(on day: Day, startingOn start: (Element) -> Day) -> Element? {
        last { start($0) <= day }
    }
}
