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
    /// (not empty, no line break): `([title] + typicalJobTitles).contains { $0.lowercased().contains(words) }`.
    func titlesHold(_ words: [UInt8], position: Int) -> Bool {
        PhraseSearch.find(words, in: titleTexts[position])
    }
}
