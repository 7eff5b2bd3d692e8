import Foundation
import Taxonomy

// MARK: - A school leaver's named level-4 job

/// Level 4 apprenticeships are open from 18 and are commonly applied for from year 13, so a school or
/// college leaver who names a level-4 job ("is there a software developer apprenticeship near me") is
/// offered it, with the entry requirement an adviser would add (A levels or a level 3 first), and its
/// level-3 first step where there is one. Only a job the wish names is opened this way: a school leaver's
/// other paths stay at entry levels (up to level 3), and degree-level jobs (6+) keep their first step.
extension CareerDiagnostician {
    /// The level a school leaver may apply at directly when their wish names the job.
    static let leaverEntryLevel = entryLevel + 1

    /// Whether the job at `position` is one a school leaver naming it may apply for (`leaverEntryLevel`).
    func isLeaverEntry(_ position: Int) -> Bool {
        model.targets[position].standard.level == Self.leaverEntryLevel
    }

    /// Lists the named job at `position` among the moves, just before its first step `stone` when there is
    /// one (at the front otherwise), and returns what the diagnostic says about it.
    func addLeaverEntry(_ position: Int, before stone: Int?, scored: [Fit], aspiration: Aspiration, reskill: inout [Candidate]) -> String {
        let fit = scored[position].score
        var candidate = Candidate(position: position, score: fit + (aspiration.boost[position] ?? 0), fit: fit, reach: true)
        candidate.wished = true
        candidate.leaverEntry = true
        reskill.removeAll { $0.position == position }
        let index = stone.flatMap { stone in reskill.firstIndex { $0.position == stone } } ?? 0
        reskill.insert(candidate, at: index)
        reskill = Array(reskill.prefix(Self.maxReskillPaths))
        let standard = model.targets[position].standard
        var notice = "\(standard.title) (level \(standard.level)), which your wish names, is an apprenticeship you can apply for from 18; "
            + "it usually asks for A levels or a level 3 qualification first"
        if let stone {
            let step = model.targets[stone].standard
            notice += ", so \(step.title) (level \(step.level)) is also offered as a first step towards it."
        } else {
            notice += "."
        }
        return notice
    }

    /// What a path's why adds for a school leaver's named level-4 job (`Candidate.leaverEntry`).
    static let leaverEntryReason =
        " Level 4 apprenticeships are open from 18 and usually ask for A levels or a level 3 qualification first, so check the entry requirements."
}
