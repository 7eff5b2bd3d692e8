// MARK: - Postings

/// One term's postings in one field: ascending slot ids (forms or documents), raw term
/// frequencies, and the scoring weights derived from them at the last refresh.
struct Postings {
    var ids: [Int32] = []
    var tf: [Float] = []
    var weights: [Float] = []
    /// The largest weight, the term's upper bound for pruning.
    var maxWeight: Float = 0

    var count: Int { ids.count }

    mutating func append(_ id: Int32, tf frequency: Float) {
        ids.append(id)
        tf.append(frequency)
    }

    /// Drops the postings whose id `isLive` rejects.
    mutating func compact(_ isLive: (Int32) -> Bool) {
        var kept = 0
        for i in ids.indices where isLive(ids[i]) {
            ids[kept] = ids[i]
            tf[kept] = tf[i]
            kept += 1
        }
        ids.removeLast(ids.count - kept)
        tf.removeLast(tf.count - kept)
    }

    /// The weight for `id`, or 0 (binary search; `ids` ascend).
    @inline(__always)
    func weight(of id: Int32) -> Float {
        var low = 0
        var high = ids.count
        ids.withUnsafeBufferPointer { ids in
            while low < high {
                let mid = (low + high) >> 1
                if ids[mid] < id { low = mid + 1 } else { high = mid }
            }
        }
        return low < ids.count && ids[low] == id ? weights[low] : 0
    }
}

// MARK: - Top-k selection

/// Keeps the `capacity` best (score, slot) pairs seen, with each one's matched form; ties go to the
/// lower slot. A bounded binary min-heap: the worst kept entry sits at the root.
struct TopK {
    typealias Entry = (score: Float, slot: Int32, form: Int32)
    private(set) var heap: [Entry] = []
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        heap.reserveCapacity(capacity)
    }

    /// The score a new entry must reach once full.
    var threshold: Float { heap.count < capacity ? -.infinity : heap[0].score }

    @inline(__always)
    private static func worse(_ a: Entry, _ b: Entry) -> Bool {
        a.score < b.score || (a.score == b.score && a.slot > b.slot)
    }

    @inline(__always)
    mutating func offer(_ score: Float, _ slot: Int32, form: Int32) {
        guard capacity > 0 else { return }
        let entry = (score: score, slot: slot, form: form)
        if heap.count < capacity {
            heap.append(entry)
            heap.withUnsafeMutableBufferPointer { heap in
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) >> 1
                    guard Self.worse(heap[child], heap[parent]) else { break }
                    heap.swapAt(child, parent)
                    child = parent
                }
            }
        } else if Self.worse(heap[0], entry) {
            heap.withUnsafeMutableBufferPointer { heap in
                heap[0] = entry
                var parent = 0
                while true {
                    let left = 2 * parent + 1
                    guard left < heap.count else { break }
                    var smallest = left
                    if left + 1 < heap.count && Self.worse(heap[left + 1], heap[left]) { smallest = left + 1 }
                    guard Self.worse(heap[smallest], heap[parent]) else { break }
                    heap.swapAt(smallest, parent)
                    parent = smallest
                }
            }
        }
    }

    /// The entries, best first.
    func sorted() -> [Entry] {
        heap.sorted { Self.worse($1, $0) }
    }
}
