import Taxonomy

// MARK: - Titles a wish is looked for in

extension CareerDiagnostician {
    /// Per target, its standard's title and typical job titles, lower-cased and one per line, as
    /// bytes: built once, so that looking for a wish's words in every standard's titles
    /// (`titlesHold(_:position:)`) is a byte search, not a lower-casing and a Foundation string search
    /// per title per diagnosis.
    static func titleTexts(_ model: OccupationSkillModel) -> [[UInt8]] {
        model.targets.map { target in
            Array(([target.standard.title] + target.standard.typicalJobTitles).map { $0.lowercased() }.joined(separator: "\n").utf8)
        }
    }

    /// Whether the standard's title or one of its typical job titles, lower-cased, holds `words`
    /// (lower-case, no line break): `([title] + typicalJobTitles).contains { $0.lowercased().contains(words) }`.
    func titlesHold(_ words: [UInt8], position: Int) -> Bool {
        Self.holds(titleTexts[position], words)
    }

    /// Whether `bytes` holds `needle` as a run of bytes.
    static func holds(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard bytes.count >= needle.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                var start = 0
                let last = haystack.count - needle.count
                while start <= last {
                    if haystack[start] == first {
                        var offset = 1
                        while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                        if offset == needle.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}
