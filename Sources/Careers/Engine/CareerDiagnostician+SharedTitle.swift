import Foundation
import Matching
import Taxonomy

// MARK: - A job title standards of different routes share, placed by the words around it

extension CareerDiagnostician {
    /// The guessed standards (`ranked`, best first, with their weights) without the best one when it shares a typical
    /// job title the learner's first sentence names with another guessed standard of a different route ("housekeeper":
    /// Healthcare cleaning operative and Hospitality team member) whose overview names more of that sentence's other
    /// words (a "spa hotel": hotels). As it is otherwise.
    func placingSharedTitle(_ ranked: [(position: Int, note: String?, weight: Double)], text: String) -> [(position: Int, note: String?, weight: Double)] {
        guard ranked.count >= 2, let sentence = text.split(whereSeparator: { ".;\n".contains($0) }).first else { return ranked }
        let first = model.targets[ranked[0].position].standard
        let words = Self.singularWords(String(sentence))
        // The typical job titles of the best standard the sentence names, as their own run of words.
        let named = first.typicalJobTitles.map(Self.singularWords).filter { title in
            !title.isEmpty && words.count >= title.count
                && (0...(words.count - title.count)).contains { words[$0..<$0 + title.count].elementsEqual(title) }
        }
        guard !named.isEmpty else { return ranked }
        let keys = Set(named.map { $0.joined() })
        let titleTerms = Set(named.flatMap { analyzer.terms($0.joined(separator: " ")) })
        let context = Set(analyzer.terms(String(sentence))).subtracting(titleTerms)
        let overlap = { (standard: OccupationalStandard) in context.intersection(self.analyzer.terms(standard.overview)).count }
        let own = overlap(first)
        let better = ranked.dropFirst().contains { item in
            let other = model.targets[item.position].standard
            return other.route != first.route && !keys.isDisjoint(with: other.typicalJobTitles.map(Self.titleKey)) && overlap(other) > own
        }
        return better ? Array(ranked.dropFirst()) : ranked
    }
}
