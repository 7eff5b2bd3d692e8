// MARK: - Byte-keyed hash map

/// An open-addressing hash map from short byte strings to `Int32`, storing keys in one arena so
/// that looking up a token allocates nothing. The index uses it to map token spellings to term ids.
struct ByteMap {
    private var arena: [UInt8] = []
    private var keyOffsets: [Int32] = []
    private var keyLengths: [Int32] = []
    private var keyHashes: [UInt32] = []
    private(set) var values: [Int32] = []
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { values.count }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in key {
            h ^= UInt32(b)
            h = h &* 16_777_619
        }
        return h
    }

    /// The value stored for `key`, if any.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32? {
        var slot = Int(hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if keyHashes[entry] == hash && Int(keyLengths[entry]) == key.count {
                let offset = Int(keyOffsets[entry])
                var equal = true
                arena.withUnsafeBufferPointer { stored in
                    for i in 0..<key.count where stored[offset + i] != key[i] {
                        equal = false
                        break
                    }
                }
                if equal { return values[entry] }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` for `key`, which must not be present yet.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32, value: Int32) {
        if (values.count + 1) * 2 > slots.count { grow() }
        let entry = Int32(values.count)
        keyOffsets.append(Int32(arena.count))
        keyLengths.append(Int32(key.count))
        keyHashes.append(hash)
        arena.append(contentsOf: key)
        values.append(value)
        place(entry: entry, hash: hash)
    }

    private mutating func place(entry: Int32, hash: UInt32) {
        var slot = Int(hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for entry in 0..<values.count { place(entry: Int32(entry), hash: keyHashes[entry]) }
    }

    /// Removes every entry (keeps the capacity).
    mutating func removeAll() {
        arena.removeAll(keepingCapacity: true)
        keyOffsets.removeAll(keepingCapacity: true)
        keyLengths.removeAll(keepingCapacity: true)
        keyHashes.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        for i in slots.indices { slots[i] = -1 }
    }
}
