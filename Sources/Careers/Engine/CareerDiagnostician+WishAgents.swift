import Taxonomy

// MARK: - A wish named by its work or its employer

extension CareerDiagnostician {
    /// A wish's words without the employer that follows its job or work ("an ecologist for a consultancy",
    /// "food safety inspection for the council"): the job is what comes before "for the", "for a" or "for an"
    /// when the word before it is a person doing a job (`roleWords`, or ending "er", "or", "ist" or "ian") or a
    /// kind of work in "-ion". "Care for the elderly" is kept whole: "care" is neither.
    static func cuttingEmployer(_ words: [String]) -> [String] {
        guard words.count >= 4 else { return words }
        for index in 1..<(words.count - 2) where words[index].lowercased() == "for" && ["the", "a", "an"].contains(words[index + 1].lowercased()) {
            let before = singular(words[index - 1])
            let isPerson = roleWords.contains(before) || ["er", "or", "ist", "ian"].contains { before.hasSuffix($0) && before.count > 4 }
            let isWork = before.hasSuffix("ion") && before.count > 5
            if (isPerson || isWork) && !wishWords.contains(before) { return Array(words[..<index]) }
        }
        return words
    }

    /// A wish that names a job by its work ("food safety inspection") read as the job title of the one who does it:
    /// the last word's doer ("inspection" → "inspector") heading a typical job title all of whose other words the wish
    /// holds ("Food inspector"). The longest such title wins; `nil` when none fits, so "fire safety inspection" stays
    /// a fire safety inspector's and "production" (no "productor") is left alone.
    func namingTheDoer(_ part: String) -> String? {
        let words = Self.singularWords(part)
        guard let last = words.last, last.count > 6, last.hasSuffix("ion") else { return nil }
        let doer = String(last.dropLast(3)) + "or"
        let others = Set(words.dropLast())
        var best: [String]?
        for target in model.targets {
            for title in target.titleWords where title.last == doer && title.count >= 2 && title.dropLast().allSatisfy(others.contains) {
                if title.count > (best?.count ?? 0) { best = title }
            }
        }
        return best?.joined(separator: " ")
    }
}
