import Foundation
import Matching
import Synchronization
import Taxonomy

// MARK: - A job title several unit groups share, placed by the learner's whole text

/// The SOC coding index gives one job title to several unit groups, each for an industry it is done in: "Potter" is a
/// ceramic potter, a celluloid-works process operative and a lead-smelting operative; "Tractor driver" an agricultural
/// machinery operator, a forestry worker and a road haulier; "Cadet" a nursing, police, ambulance or ship's cadet. The
/// title alone ties them, and every tied group used to be shown as the learner's job at the same confidence ("Chemical
/// and related process operatives 90%" for a potter who throws pots and fires a kiln). The learner's own sentences say
/// which industry it is: the groups tied on the title are ranked by how the whole text matches each group's
/// description and tasks, and only the best-backed one is kept. So is a title that equals none of them and only
/// resembles several by one word ("laser" of a laser and skin technician: beauticians, not laser operators).
extension CareerDiagnostician {
    /// `groups` (best first) with the groups tied with the best on the title or job named (`named`, within `ratio` of its
    /// score) narrowed to the one whose description and tasks hold the most of the learner's own words (`text`) that not
    /// every tied group's do, which takes the best score; the others tied are dropped. As it is when fewer than two
    /// groups tie, when the best group's own title has every word of the job named (the job's own group: "Teaching
    /// assistants"), or when no tied group holds more of the learner's words than the others.
    func narrowingSharedGroups(_ groups: [OccupationResult], named: String?, text: String, ratio: Double) -> [OccupationResult] {
        guard groups.count >= 2, let named, let best = groups.first, best.score > 0 else { return groups }
        let tied = groups.filter { $0.score / best.score >= ratio }
        guard tied.count >= 2 else { return groups }
        let namedWords = Self.singularWords(named)
        guard !namedWords.isEmpty, !Set(namedWords).isSubset(of: Self.singularWords(best.title)) else { return groups }
        // The learner's words besides the job named: they say which industry it is done in.
        let own = Set(analyzer.terms(text)).subtracting(analyzer.terms(named)).subtracting(Self.everydayTaskTerms)
        let terms = groupTerms()
        let described = tied.map { (terms.byGroup[$0.code] ?? []).intersection(own) }
        // Words every tied group's description holds choose none of them; the others count by how few groups use them.
        let common = described.dropFirst().reduce(described[0]) { $0.intersection($1) }
        let weights = described.map { words in
            words.subtracting(common).reduce(0.0) { $0 + log(Double(terms.count) / Double(max(terms.frequency[$1] ?? 1, 1))) }
        }
        guard let top = weights.max(), top >= Self.sharedGroupWeight, let index = weights.firstIndex(of: top),
            weights.enumerated().allSatisfy({ $0.offset == index || $0.element * Self.sharedGroupMargin <= top })
        else { return groups }
        var kept = tied[index]
        kept.score = best.score
        let tiedCodes = Set(tied.map(\.code))
        return [kept] + groups.filter { !tiedCodes.contains($0.code) }
    }

    /// The least weight of the learner's words (each `log(groups / groups using it)`) a tied unit group's description and
    /// tasks must hold, beyond the other tied groups', to be chosen: two words few groups use.
    static let sharedGroupWeight = 5.0
    /// How many times another tied group's weight the chosen group's must be.
    static let sharedGroupMargin = 1.5

    /// Each SOC unit group's described words (its title, description and tasks, analysed), and in how many groups each word is.
    struct GroupTerms: Sendable {
        var byGroup: [String: Set<String>]
        var frequency: [String: Int]
        var count: Int
    }

    /// The unit groups' described words, read on first use and kept.
    func groupTerms() -> GroupTerms {
        if let known = groupTermCache.withLock({ $0 }) { return known }
        var byGroup: [String: Set<String>] = [:]
        var frequency: [String: Int] = [:]
        for unit in taxonomy.data.socUnitGroups {
            let words = Set(analyzer.terms(([unit.title, unit.description] + unit.tasks).joined(separator: "\n")))
            byGroup[unit.code] = words
            for word in words { frequency[word, default: 0] += 1 }
        }
        let read = GroupTerms(byGroup: byGroup, frequency: frequency, count: taxonomy.data.socUnitGroups.count)
        groupTermCache.withLock { $0 = read }
        return read
    }
}
