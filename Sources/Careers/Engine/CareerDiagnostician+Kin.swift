import Domain
import Foundation
import Taxonomy

// MARK: - Neighbouring jobs in other routes

/// Why a job in another route is a neighbour of the learner's: everyday jobs whose skills are those of
/// their own sector (a baker's baking and food safety) share too few skills with other routes' jobs to be
/// offered on skill overlap alone, yet an adviser would send them to food manufacturing or a food
/// technologist's lab.
enum Kin: Sendable, Equatable {
    /// Its standard's job titles code to the same SOC 2020 minor group as the learner's job
    /// (`code`, three digits) as the unit group their job reads as (`title`): the same kind of work, classified together.
    case group(code: String, title: String)
}

extension CareerDiagnostician {
    /// A neighbour ranks this much above its skill score, so a job of the learner's own kind leads the
    /// moves that only share a few skills.
    static let kinBonus = 0.05

    /// The jobs in routes other than the learner's own job's (`anchor`) that neighbour it (`Kin`), at most
    /// one level above the learner's (`level`; `entryLevel` when unknown), not a lead role:
    /// - a job whose standard codes to the SOC 2020 minor group of the group their job title reads as
    ///   (`group`) and sharing one of their specific skills that few standards name (not `isWidespread`);
    ///
    /// A job merely sharing one of the learner's core skills is not a neighbour: skill labels cover different
    /// work in different fields (a door supervisor's security operations are not a cyber security technician's).
    func kin(anchor: Int?, level: Int?, group: OccupationRef?, held: [Bool]) -> [Int: Kin] {
        let ownRoute = anchor.map { model.targets[$0].standard.route }
        let top = level.map { $0 + 1 } ?? Self.entryLevel
        let eligible = { (position: Int) -> Bool in
            let standard = self.model.targets[position].standard
            return position != anchor && standard.route != ownRoute && standard.level <= top && !self.model.isLeadRole[position]
        }
        let sharesSpecific = { (position: Int) -> Bool in
            self.model.targets[position].skills.contains { entry in
                held[entry.skill] && !self.model.isWidespread[entry.skill] && OccupationSkillModel.isSpecific(self.model.skills[entry.skill].kind)
            }
        }
        var found: [Int: Kin] = [:]
        if let group, group.scheme == .soc2020 {
            let minor = String(group.code.prefix(3))
            for position in targetsBySOCMinor[minor] ?? [] where eligible(position) && found[position] == nil && sharesSpecific(position) {
                found[position] = .group(code: minor, title: group.title)
            }
        }
        return found
    }

    /// Why a neighbouring job is offered, in a sentence.
    func kinReason(_ kin: Kin) -> String {
        switch kin {
        case .group(let code, let title):
            " SOC 2020 classes its job titles in the same minor group (\(code)) as your job (\(title.lowercased())), so it is a neighbouring kind of work."
        }
    }
}
