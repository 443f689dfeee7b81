/// The rules' timelines found by parameter id. Calculators look parameters up dozens of times in every
/// simulated month; a `Dictionary` hashed each id's text with the seeded `Hasher`, about a tenth of a batch's
/// time. This open-addressing table, built once per rule set, hashes the id's bytes.
struct TimelineIndex: Sendable {
    private let slots: [ParameterTimeline?]
    private let mask: Int

    init(_ timelines: some Collection<ParameterTimeline>) {
        var capacity = 16
        while capacity < timelines.count * 2 { capacity *= 2 }
        var slots = [ParameterTimeline?](repeating: nil, count: capacity)
        for timeline in timelines {
            var slot = Self.hash(timeline.id) & (capacity - 1)
            while slots[slot] != nil { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = timeline
        }
        self.slots = slots
        mask = capacity - 1
    }

    subscript(id: ParameterID) -> ParameterTimeline? {
        var slot = Self.hash(id) & mask
        while let timeline = slots[slot] {
            if timeline.id == id { return timeline }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// FNV-1a over eight bytes at a time: ids are ASCII text of 20–50 bytes.
    private static func hash(_ id: ParameterID) -> Int {
        let hash = id.rawValue.utf8.withContiguousStorageIfAvailable(hash(bytes:)) ?? Array(id.rawValue.utf8).withUnsafeBufferPointer(hash(bytes:))
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    private static func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x100_0000_01b3
            offset += 8
        }
        while offset < raw.count {
            hash = (hash ^ UInt64(raw[offset])) &* 0x100_0000_01b3
            offset += 1
        }
        return hash
    }
}
