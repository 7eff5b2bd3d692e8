import Matching
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

    /// Whether any standard's title or typical job title, lower-cased, holds `phrase` (lower-case) from the
    /// start of a word and, with `wholeWords`, to the end of one: "learning and development" in "Learning and
    /// development practitioner". The byte table (`titlesHold`) rules out almost every standard before any
    /// title is lower-cased.
    func anyTitleHoldsWords(_ phrase: String, wholeWords: Bool = true) -> Bool {
        let bytes = Array(phrase.utf8)
        let needle = " " + phrase + (wholeWords ? " " : "")
        return model.targets.indices.contains { position in
            guard titlesHold(bytes, position: position) else { return false }
            let standard = model.targets[position].standard
            return ([standard.title] + standard.typicalJobTitles).contains { " \($0.lowercased()) ".contains(needle) }
        }
    }
}
