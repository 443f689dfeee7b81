extension Array {
    /// In values ascending by their start day, the last one started by `day`: the one in force then.
    func inForce(on day: Day, startingOn start: (Element) -> Day) -> Element? {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if start(self[middle]) <= day { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : self[low - 1]
    }
}
