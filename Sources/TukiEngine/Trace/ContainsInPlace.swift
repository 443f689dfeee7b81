extension Array where Element: Equatable {
    /// `contains`, comparing the elements where they are: iterating copies each one, which for warnings
    /// retains and releases every string and reference they hold.
    func containsInPlace(_ element: Element) -> Bool {
        withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index] == element { return true }
            return false
        }
    }
}
