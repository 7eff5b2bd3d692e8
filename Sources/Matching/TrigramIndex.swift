// MARK: - Character-trigram lookup for typos

/// Finds the vocabulary terms closest to a misspelt word by the Dice coefficient of their padded
/// character trigrams (`"acount"` → `"account"`).
struct TrigramIndex {
    private var postings: [UInt32: [Int32]] = [:]
    private var gramCounts: [Int32: Int] = [:]

    /// Indexes the alphabetic terms of at least three letters that `include` accepts.
    init(terms: [String], include: (Int) -> Bool) {
        for (id, term) in terms.enumerated() where include(id) {
            let grams = Self.trigrams(term)
            guard term.utf8.count >= 3, !grams.isEmpty else { continue }
            gramCounts[Int32(id)] = grams.count
            for gram in grams { postings[gram, default: []].append(Int32(id)) }
        }
    }

    /// Distinct trigrams of `$word$`; empty unless the word is made of ASCII letters.
    static func trigrams(_ word: String) -> Set<UInt32> {
        var bytes: [UInt8] = [UInt8(ascii: "$")]
        for byte in word.utf8 {
            guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) else { return [] }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "$"))
        var grams = Set<UInt32>()
        if bytes.count >= 3 {
            for i in 0...(bytes.count - 3) {
                grams.insert(UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]))
            }
        }
        return grams
    }

    /// The most similar term with Dice similarity ≥ `minimum`; ties go to the higher `rank`.
    func nearest(_ word: String, minimum: Double, rank: (Int32) -> Int32) -> (term: Int32, similarity: Double)? {
        let grams = Self.trigrams(word)
        guard grams.count >= 2 else { return nil }
        var shared: [Int32: Int] = [:]
        for gram in grams {
            for term in postings[gram] ?? [] { shared[term, default: 0] += 1 }
        }
        var best: (term: Int32, similarity: Double)?
        for (term, count) in shared {
            let similarity = 2 * Double(count) / Double(grams.count + (gramCounts[term] ?? 0))
            guard similarity >= minimum else { continue }
            if let current = best {
                if similarity < current.similarity { continue }
                if similarity == current.similarity && (rank(term), -term) <= (rank(current.term), -current.term) { continue }
            }
            best = (term, similarity)
        }
        return best
    }
}
