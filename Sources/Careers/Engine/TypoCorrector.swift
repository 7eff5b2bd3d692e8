import Taxonomy

// MARK: - Typo correction

/// Corrects misspelt words towards the skills vocabulary before extraction ("custmer servise" →
/// "customer service", "safegaurding" → "safeguarding").
///
/// A word is left alone when it is a known word: it appears anywhere in the standards, SOC 2020
/// titles and descriptions, or the vocabulary. An unknown word of five or more letters is replaced by
/// the vocabulary word one edit away (insertion, deletion, substitution or swap of neighbours; two
/// edits for words of nine or more letters), when exactly one such word is nearest.
struct TypoCorrector: Sendable {
    /// Words the vocabulary's skill forms and everyday job titles use, by length.
    private let targets: [Int: [[UInt8]]]
    private let known: Set<String>

    init(taxonomy: SkillsTaxonomy) {
        var known = Set<String>()
        var targetWords = Set<String>()
        func words(_ text: String) -> [String] {
            text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        }
        let data = taxonomy.data
        for skill in data.skills {
            for form in skill.forms { for word in words(form) { targetWords.insert(word); known.insert(word) } }
        }
        for synonym in data.jobTitleSynonyms {
            for word in words(synonym.everyday) + words(synonym.occupational) { targetWords.insert(word); known.insert(word) }
        }
        for standard in data.standards {
            for text in [standard.title, standard.overview] + standard.typicalJobTitles + standard.statements.map(\.text) + standard.duties.map(\.text) {
                known.formUnion(words(text))
            }
        }
        for group in data.socUnitGroups {
            for text in [group.title, group.description] + group.tasks + group.relatedJobTitles + group.aliases { known.formUnion(words(text)) }
        }
        self.known = known
        var byLength: [Int: [[UInt8]]] = [:]
        for word in targetWords where word.count >= 4 { byLength[word.utf8.count, default: []].append(Array(word.utf8)) }
        targets = byLength
    }

    /// The text with misspelt words corrected, and what was corrected (original → correction).
    func correct(_ text: String) -> (text: String, corrections: [(String, String)]) {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var corrections: [(String, String)] = []
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            defer { word = "" }
            let lower = word.lowercased()
            guard lower.count >= 5, lower.allSatisfy({ $0.isASCII }), !known.contains(lower), let fixed = nearest(lower) else {
                output += word
                return
            }
            let cased = word.first?.isUppercase == true ? fixed.prefix(1).uppercased() + fixed.dropFirst() : fixed
            output += cased
            if !corrections.contains(where: { $0.0 == word }) { corrections.append((word, cased)) }
        }
        for character in text {
            if character.isLetter {
                word.append(character)
            } else {
                flush()
                output.append(character)
            }
        }
        flush()
        return (output, corrections)
    }

    /// The single nearest vocabulary word within the allowed edits, or nil.
    func nearest(_ word: String) -> String? {
        let bytes = Array(word.utf8)
        let limit = bytes.count >= 9 ? 2 : 1
        var best: [UInt8]?
        var bestDistance = limit + 1
        var tie = false
        for length in (bytes.count - limit)...(bytes.count + limit) {
            for candidate in targets[length] ?? [] {
                let distance = Self.distance(bytes, candidate, limit: bestDistance)
                if distance < bestDistance {
                    best = candidate
                    bestDistance = distance
                    tie = false
                } else if distance == bestDistance, distance <= limit, candidate != best {
                    tie = true
                }
            }
        }
        guard let best, bestDistance <= limit, !tie else { return nil }
        return String(decoding: best, as: UTF8.self)
    }

    /// Optimal string alignment distance (edits with neighbour swaps), giving up above `limit`.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, previous2[j - 2] + 1) }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
