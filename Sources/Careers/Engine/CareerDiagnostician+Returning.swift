import Foundation
import Matching
import Taxonomy

// MARK: - A returner who wants their old job back

/// A learner coming back after time away (`ReturnerNotice`) whose wish names the work they did before ("I'd love to get
/// back into archives or libraries" from a former archive assistant) wants that job back: it is listed first among the
/// steps from their job, with the skills it now asks for that they did not mention and the courses that bring them up to
/// date, rather than left out because it is the job they already have.
extension CareerDiagnostician {
    /// The learner's own job's standard (`anchor`) when their wish names it: the wish named it (`named`, before any job was
    /// preferred away), boosts it, or holds words its titles hold (`holdsWish`) other than a grade any field has (`roleWords`:
    /// a bus driver's "revenue officer" is no "learning officer at a museum"), and no limit they state rules it out.
    /// A job the text names as the learner's own (`own`, `ownJobs`: "I was an archivist at the county record office") that the
    /// wish names too (`named`) is the work they did before as well, though they are placed on another standard (a cultural
    /// heritage conservator for an archivist with an MA): they go back into it (review 20, p11).
    /// A wish to go back into the work ("I'd like to go back into a school, maybe pastoral or SEN") names their own job when it
    /// names none of the jobs the text gives as theirs (review 20, p13).
    func returningTo(
        anchor: Int?, own: Set<Int> = [], aspiration: Aspiration, named: [[Int]], limits: [Int], wish: String? = nil, history: String = ""
    ) -> Int? {
        guard aspiration.aspired else { return nil }
        let open = anchor.map { !model.isRuledOut($0, by: limits) } ?? false
        if let anchor, open {
            let names = aspiration.boost[anchor] != nil || named.contains { $0.contains(anchor) }
                || holdsWish(anchor, words: aspiration.claimWords.subtracting(Self.roleWords))
            if names { return anchor }
        }
        if let back = own.sorted().first(where: { position in
            position != anchor && !model.isRuledOut(position, by: limits) && named.contains { $0.first == position }
        }) { return back }
        guard let anchor, open, let wish else { return nil }
        // Only back into the place their own history names ("at a high school" → "go back into a school"), not into a field
        // they never said they worked in ("get back into heritage" from a tour guide placed on a bus driver's standard).
        let padded = Self.padded(wish)
        let worked = Set(Self.singularWords(history))
        let places = Self.goingBackPhrases.compactMap { phrase -> String? in
            guard let found = padded.range(of: phrase) else { return nil }
            return Self.singularWords(String(padded[found.upperBound...])).first { !["a", "an", "the", "my", "it"].contains($0) }
        }
        return places.contains(where: worked.contains) ? anchor : nil
    }

    /// Words of a wish to go back into the work done before ("go back into a school", "get back into it").
    static let goingBackPhrases = [" go back into ", " get back into ", " going back into ", " getting back into ", " go back to being ", " get back to being "]

    /// How the path back into the learner's own job opens its why (`returningSummary`), read by `isWished`.
    static let returningOpening = "Back into the work you did before"

    /// What the path back into the learner's own job says (`Candidate.returning`).
    static func returningSummary(_ standard: OccupationalStandard) -> String {
        returningOpening + ", which your wish names: \(standard.title) (level \(standard.level)) is the job you describe, "
            + "and after time away its gap shows what to bring up to date."
    }
}
