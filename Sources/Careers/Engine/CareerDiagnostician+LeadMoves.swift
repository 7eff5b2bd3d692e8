import Foundation
import Matching

// MARK: - Leading others is not where a new field starts

extension CareerDiagnostician {
    /// Whether a move into the job at `position` would have the learner lead others in work they have not done:
    /// its title names a supervisor, manager or team leader (`OccupationSkillModel.leadsByTitle`), the learner
    /// shows no leading of their own (no skill of `OccupationSkillModel.leadingSkillLabels` in `held` or implied
    /// by their job, `Aspiration.jobLeads`, and their own job, `anchor`, is no lead role), and neither their wish nor a chosen target names the job. One takes
    /// on a supervisor's job in work one knows: a cake maker is not moved to packhouse line leader, nor a
    /// sonographer to transport and warehouse operations supervisor, nor a school leaver wanting cyber
    /// security to security first line manager; a bar manager may still move to security first line manager.
    func leadsUnshown(_ position: Int, held: [Bool], anchor: Int?, aspiration: Aspiration, target: Target) -> Bool {
        guard model.leadsByTitle[position], aspiration.boost[position] == nil, !target.standards.contains(position) else { return false }
        if aspiration.jobLeads { return false }
        if let anchor, model.isLeadRole[anchor] { return false }
        return !held.indices.contains { held[$0] && model.showsLeading[$0] }
    }
}

extension Array where Element == CareerDiagnostician.Candidate {
    /// The moves without those `leads` marks (`CareerDiagnostician.leadsUnshown`), unless none would be left.
    func droppingLeads(_ leads: (Element) -> Bool) -> [Element] {
        let others = filter { !leads($0) }
        return others.isEmpty ? self : others
    }
}
