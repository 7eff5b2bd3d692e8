import Foundation
import Matching
import Taxonomy

// MARK: - Step ups from a job no standard stands for

/// A learner placed in a SOC 2020 unit group that no apprenticeship standard stands for ("I stack
/// shelves at night": shelf fillers) still works in a field, and an adviser would step them up in it
/// (retail team leader, retail manager). The field is the standard at the level such jobs work at whose
/// skills best cover the tasks of the unit group (`SkillsTaxonomy.taskSkills(ofUnitGroup:)`: a shelf
/// filler's retail operations and stock control make Retailer), thin standards included; the step ups
/// are that standard's (`upskillPaths`), from the level the group stands for.
extension CareerDiagnostician {
    /// The standard whose core skills best cover the unit group's tasks, at most `level`: the most task
    /// skills among its core skills (`OccupationSkillModel.coreSkills`), then the heaviest share of its core
    /// weight, then the lowest position. Only specific, not commonplace, tasks count; a standard needs
    /// `fieldTasks` of them at its core, one named by few kinds of job (not `OccupationSkillModel.isWidespread`),
    /// and, unless the group is elementary (SOC 2020 major group 9), job titles coding to its sub-major group or to none.
    /// `nil` when no standard qualifies.
    func fieldStandard(ofGroup code: String, level: Int) -> Int? {
        // Tasks every job names (compliance) say nothing of the field, and one at least must be named by few
        // kinds of job: a kitchen porter's cleaning and food safety name no field.
        let tasks = Set(taxonomy.taskSkills(ofUnitGroup: code).compactMap { model.skillPosition[$0.id] }.filter { skill in
            !model.isCommonplace[skill] && OccupationSkillModel.isSpecific(model.skills[skill].kind)
        })
        guard tasks.count >= Self.fieldTasks, tasks.contains(where: { !model.isWidespread[$0] }) else { return nil }
        var best: (own: Bool, count: Int, share: Double, position: Int)?
        // Its job titles code to the group's sub-major group (a dental nurse's caring services, not a nail
        // technician's beauty work), unless the group is elementary: a shelf filler's field is retail.
        // A standard linked to no unit group at all (its data gives it no job titles the coding index reads,
        // such as Autocare technician, the fast-fit standard) is of no other field either: its skills decide.
        let elementary = code.first == Self.elementaryMajorGroup
        // A standard for the group's own job (`standsFor`) is of its field whatever its links say.
        let titles = groupTitles(code)
        for (position, target) in model.targets.enumerated() where target.standard.level <= level
            && (elementary || target.standard.soc.isEmpty || target.standard.soc.contains { $0.code.prefix(2) == code.prefix(2) }
                || standsFor(position, group: code, titles: titles))
        {
            // The tasks must be what the job is about: among its core skills, not named in passing (a
            // dental nurse's infection control is no nail technician's job).
            let core = model.coreSkills[position]
            var count = 0
            var weight = 0.0
            var distinctive = false
            for entry in target.skills where tasks.contains(entry.skill) && core.contains(entry.skill) {
                count += 1
                weight += entry.weight
                distinctive = distinctive || !model.isWidespread[entry.skill]
            }
            guard count >= Self.fieldTasks, distinctive, target.coreWeight > 0 else { continue }
            let share = weight / target.coreWeight
            // A standard for the group's own job (`standsFor`) comes first: a care-home worker's field is Adult
            // care worker, not an animal-care standard of the same sub-major group that names more of its tasks.
            let own = standsFor(position, group: code, titles: titles)
            if let current = best, (current.own ? 1 : 0, current.count, current.share) >= (own ? 1 : 0, count, share) { continue }
            best = (own, count, share, position)
        }
        return best?.position
    }

    /// Whether the standard at `position` stands for the job of unit group `code`: linked to it, or linked to
    /// none (its job titles code to several groups) with a typical job title among the group's coding-index
    /// titles (`groupTitles`): Adult care worker's "care worker" for care workers and home carers.
    func standsFor(_ position: Int, group code: String, titles: Set<String>) -> Bool {
        let standard = model.targets[position].standard
        if standard.soc.contains(where: { $0.code == code }) { return true }
        return standard.soc.isEmpty && standard.typicalJobTitles.contains { titles.contains($0.lowercased()) }
    }

    /// A unit group's coding-index and related job titles, lower-cased.
    func groupTitles(_ code: String) -> Set<String> {
        guard let group = taxonomy.socUnitGroup(code: code) else { return [] }
        return Set((group.aliases + group.relatedJobTitles).map { $0.lowercased() })
    }

    /// The task skills of a unit group a standard must have at its core to be its field.
    static let fieldTasks = 2

    /// The notice for a learner placed in a unit group (`group`) that no standard stands for: the step ups
    /// shown are those of the nearest field (`field`), or none are.
    func fieldNotice(group: OccupationRef, fromTitle: Bool, field: Int?, steps: Int) -> String {
        let opening = (fromTitle ? "Your job title reads as " : "What you describe reads as ")
            + "\(group.title.lowercased()) (SOC 2020 \(group.code))"
        let reads = opening + ", but no apprenticeship standard stands for that job"
        // The standard may stand for the group's job although the learner's words did not place them on it.
        if let field, standsFor(field, group: group.code, titles: groupTitles(group.code)) {
            let standard = model.targets[field].standard
            return opening + ", whose apprenticeship standard is \(standard.title) (level \(standard.level)); "
                + (steps > 0
                    ? "the step ups shown are that standard's."
                    : "what you describe shares too little with it to step up from, so upskill paths are not shown.")
        }
        guard let field, steps > 0 else {
            return reads + ", so none is shown as your current occupation and upskill paths are not shown." + (fromTitle ? "" : " Adding your job title helps.")
        }
        let standard = model.targets[field].standard
        return reads + ", so the step ups shown are those of the nearest field: \(standard.title) (level \(standard.level)), "
            + "whose skills cover the tasks of that job."
    }
}
