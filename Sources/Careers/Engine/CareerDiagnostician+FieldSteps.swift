import Foundation
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
    /// and, unless the group is elementary (SOC 2020 major group 9), job titles coding to its sub-major group.
    /// `nil` when no standard qualifies.
    func fieldStandard(ofGroup code: String, level: Int) -> Int? {
        // Tasks every job names (compliance) say nothing of the field, and one at least must be named by few
        // kinds of job: a kitchen porter's cleaning and food safety name no field.
        let tasks = Set(taxonomy.taskSkills(ofUnitGroup: code).compactMap { model.skillPosition[$0.id] }.filter { skill in
            !model.isCommonplace[skill] && OccupationSkillModel.isSpecific(model.skills[skill].kind)
        })
        guard tasks.count >= Self.fieldTasks, tasks.contains(where: { !model.isWidespread[$0] }) else { return nil }
        var best: (count: Int, share: Double, position: Int)?
        // Its job titles code to the group's sub-major group (a dental nurse's caring services, not a nail
        // technician's beauty work), unless the group is elementary: a shelf filler's field is retail.
        let elementary = code.first == Self.elementaryMajorGroup
        for (position, target) in model.targets.enumerated() where target.standard.level <= level
            && (elementary || target.standard.soc.contains { $0.code.prefix(2) == code.prefix(2) })
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
            if let current = best, (current.count, current.share) >= (count, share) { continue }
            best = (count, share, position)
        }
        return best?.position
    }

    /// The task skills of a unit group a standard must have at its core to be its field.
    static let fieldTasks = 2

    /// The notice for a learner placed in a unit group (`group`) that no standard stands for: the step ups
    /// shown are those of the nearest field (`field`), or none are.
    func fieldNotice(group: OccupationRef, fromTitle: Bool, field: Int?, steps: Int) -> String {
        let reads = (fromTitle ? "Your job title reads as " : "What you describe reads as ")
            + "\(group.title.lowercased()) (SOC 2020 \(group.code)), but no apprenticeship standard stands for that job"
        guard let field, steps > 0 else {
            return reads + ", so none is shown as your current occupation and upskill paths are not shown." + (fromTitle ? "" : " Adding your job title helps.")
        }
        let standard = model.targets[field].standard
        return reads + ", so the step ups shown are those of the nearest field: \(standard.title) (level \(standard.level)), "
            + "whose skills cover the tasks of that job."
    }
}
