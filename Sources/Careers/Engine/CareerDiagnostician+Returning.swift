import Foundation
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
    func returningTo(anchor: Int?, aspiration: Aspiration, named: [[Int]], limits: [Int]) -> Int? {
        guard let anchor, aspiration.aspired, !model.isRuledOut(anchor, by: limits) else { return nil }
        let names = aspiration.boost[anchor] != nil || named.contains { $0.contains(anchor) }
            || holdsWish(anchor, words: aspiration.claimWords.subtracting(Self.roleWords))
        return names ? anchor : nil
    }

    /// How the path back into the learner's own job opens its why (`returningSummary`), read by `isWished`.
    static let returningOpening = "Back into the work you did before"

    /// What the path back into the learner's own job says (`Candidate.returning`).
    static func returningSummary(_ standard: OccupationalStandard) -> String {
        returningOpening + ", which your wish names: \(standard.title) (level \(standard.level)) is the job you describe, "
            + "and after time away its gap shows what to bring up to date."
    }
}
