// MARK: - Job titles by their last word

extension CareerDiagnostician {
    /// Every standard's own title and typical job titles (`OccupationSkillModel.Target.titleWords`), filed under
    /// their last word, each with its place in the standards' order: "builder" → "boat builder", "builder"…
    /// Wishes naming a job by its work (`namingTheDoer`, `namingTheMaker`) look up the doer's word here instead
    /// of scanning every title of every standard per wish part.
    struct TitleEndings: Sendable {
        /// A title's words and its place in the order the standards and their titles are listed.
        struct Entry: Sendable {
            let order: Int
            let words: [String]
        }

        private let byLastWord: [String: [Entry]]

        init(_ model: OccupationSkillModel) {
            var byLastWord: [String: [Entry]] = [:]
            var order = 0
            for target in model.targets {
                for words in target.titleWords {
                    if let last = words.last { byLastWord[last, default: []].append(Entry(order: order, words: words)) }
                    order += 1
                }
            }
            self.byLastWord = byLastWord
        }

        /// The titles ending in `word`, in the standards' order.
        subscript(word: String) -> [Entry] { byLastWord[word] ?? [] }
    }
}
