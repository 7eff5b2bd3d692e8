import Foundation
import Matching
import Taxonomy

// MARK: - Limits a learner states, and the skills they leave

extension CareerDiagnostician {
    /// The limits the learner states (`WorkLimit.stated`), then, past `WorkLimit.all`, the skills they
    /// say they can no longer do ("I can't do heavy lifting any more": manual handling), each closing
    /// the jobs whose core skills include it (`WorkLimit.namedSkill`). Only a specific skill (not a
    /// commonplace or personal one) is read from such a clause.
    func statedLimits(text: String, wishes: String) -> [Int] {
        var limits = WorkLimit.stated(in: text, wishes: wishes)
        let clauses = WorkLimit.capabilityClauses(in: text)
        guard !clauses.isEmpty else { return limits }
        var named: Set<Int> = []
        for clause in clauses {
            for skill in taxonomy.extract(clause).skills {
                guard let position = model.skillPosition[skill.skillID], !model.isCommonplace[position],
                    OccupationSkillModel.isSpecific(model.skills[position].kind)
                else { continue }
                named.insert(position)
            }
        }
        limits += named.sorted().map(WorkLimit.namedSkill)
        return limits
    }

    /// Limits of the body (`WorkLimit.all` indices) that close the skills of the work they rule out
    /// (`limitClosedSkills`): what someone can no longer physically do. A wish to leave nights, the
    /// phones or the public leaves a nurse's or an adviser's skills theirs to use by day or face to face.
    static let bodilyLimits: Set<Int> = [
        WorkLimit.physical, WorkLimit.driving, WorkLimit.hands, WorkLimit.skin, WorkLimit.breathing, WorkLimit.fatigue, WorkLimit.machinery,
        WorkLimit.vertigo, WorkLimit.wheelchairDriving, WorkLimit.heights,
    ]
    /// The share of the jobs a skill is core to that a bodily limit must rule out for the skill to be
    /// closed by it (painting and decorating, for someone who can no longer climb ladders).
    static let closedSkillShare = 0.6

    /// Per limit of `WorkLimit.all`, the skills (positions into the model's skills) it closes: those it
    /// names, and, for a bodily limit (`bodilyLimits`), each specific skill core to two or more jobs of
    /// which it rules out at least `closedSkillShare`. Worked out once per engine, per standard, not per
    /// diagnosis.
    static func limitClosedSkills(_ model: OccupationSkillModel) -> [Set<Int>] {
        WorkLimit.all.indices.map { limit in
            var closed = Set(model.skills.indices.filter { WorkLimit.all[limit].skillLabels.contains(model.skills[$0].label) })
            guard bodilyLimits.contains(limit) else { return closed }
            var coreIn = Array(repeating: 0, count: model.skills.count)
            var ruledOutIn = Array(repeating: 0, count: model.skills.count)
            for position in model.targets.indices {
                let ruledOut = model.isRuledOut(position, by: [limit])
                for skill in model.coreSkills[position] {
                    coreIn[skill] += 1
                    if ruledOut { ruledOutIn[skill] += 1 }
                }
            }
            for skill in model.skills.indices where coreIn[skill] >= 2 && !model.isCommonplace[skill]
                && OccupationSkillModel.isSpecific(model.skills[skill].kind)
                && Double(ruledOutIn[skill]) >= closedSkillShare * Double(coreIn[skill])
            {
                closed.insert(skill)
            }
            return closed
        }
    }

    /// The skills (positions into the model's skills) the limits close (`limitClosedSkills`), and each
    /// skill the learner says they can no longer do. A wish for indoor work closes no skill.
    func closedSkills(_ limits: [Int]) -> Set<Int> {
        var closed: Set<Int> = []
        for limit in limits where limit != WorkLimit.outdoors && limit != WorkLimit.indoors {
            if limit >= WorkLimit.all.count {
                closed.insert(limit - WorkLimit.all.count)
            } else {
                closed.formUnion(limitClosedSkills[limit])
            }
        }
        return closed
    }

    /// The specific skills (positions into the model's skills) core to some desk-based job
    /// (`deskTargets`), other than commonplace ones. Worked out once per engine.
    static func deskSkills(_ model: OccupationSkillModel, deskTargets: [Int]) -> Set<Int> {
        Set(deskTargets.flatMap { model.coreSkills[$0] }.filter { !model.isCommonplace[$0] && OccupationSkillModel.isSpecific(model.skills[$0].kind) })
    }

    /// Whether a stated limit closes the learner's own job: it rules out their job's standard (`anchor`)
    /// or closes a skill they describe their work with (a roofer who works at height and can no longer
    /// climb). A wish for indoor work or to be away from the public closes no job this way.
    func ownJobClosed(anchor: Int?, held: [Bool], limits: [Int]) -> Bool {
        closedSkills(limits).contains { held[$0] }
            || limits.contains { limit in !WorkLimit.deskWishes.contains(limit) && (anchor.map { model.isRuledOut($0, by: [limit]) } ?? false) }
    }

    /// Whether the learner must leave their own job (`anchor`) and its close kin (`closeKin`) because of
    /// a condition the work caused (`WorkLimit.exposureLimits`): the kin share the exposure (an ambulance
    /// technician with PTSD from the work is not stepped up to associate ambulance practitioner). A limit
    /// of the body leaves the kin to the standards' own words (`isRuledOut`): a warehouse operative with
    /// a bad back may still plan or supervise the warehouse.
    func mustLeaveOwnJob(anchor: Int?, held: [Bool], limits: [Int]) -> Bool {
        ownJobClosed(anchor: anchor, held: held, limits: limits.filter(Self.exposureLimitIndices.contains))
    }

    /// The indices of `WorkLimit.all` that are conditions the work caused (they come last).
    static let exposureLimitIndices = (WorkLimit.all.count - WorkLimit.exposureLimits.count)..<WorkLimit.all.count

    /// The held skills the limits leave the learner: a skill a limit closes (butchery, for someone who
    /// can no longer do knife work) is not a strength to build a move on or cite in one's why. When a
    /// limit closes their own job, the core skills of that job (`anchor`) that desk-based work is built
    /// on too (`deskSkills`: customer service, stock control, pricing) count as held: years behind a
    /// butcher's counter are customer service and ordering, said or not; a guessed job's niche skills,
    /// and its lifting or climbing, are not assumed. A learner naming a field they want (`namedField`)
    /// is moved on what they said.
    func keptSkills(_ held: [Bool], limits: [Int], anchor: Int?, namedField: Bool) -> [Bool] {
        guard !limits.isEmpty else { return held }
        var kept = held
        let closed = closedSkills(limits)
        if let anchor, !namedField, ownJobClosed(anchor: anchor, held: held, limits: limits) {
            for skill in model.coreSkills[anchor] where deskSkills.contains(skill) && !limitClosedSkills[WorkLimit.physical].contains(skill) {
                kept[skill] = true
            }
        }
        for skill in closed { kept[skill] = false }
        return kept
    }

    /// What the diagnostic says about a limit it read: a limit of `WorkLimit.all`
    /// (`CareerDiagnostician.limitNotice(_:)`) or a skill the learner can no longer do.
    func limitNotice(_ index: Int) -> String {
        guard index >= WorkLimit.all.count else { return Self.limitNotice(index) }
        let label = model.skills[index - WorkLimit.all.count].label.lowercased()
        return "You say you can no longer do \(label), so jobs built on it are not suggested, as moves or as steps up."
    }

    /// How a limit is named in a move's why: its name ("work with the hands"), or the skill the
    /// learner can no longer do. The physical limit is named by all it covers, since learners state it
    /// as kneeling, heavy work or a bad back as often as lifting or climbing.
    func limitName(_ index: Int) -> String {
        if index == WorkLimit.physical { return Self.physicalLimitName }
        return index < WorkLimit.all.count ? WorkLimit.all[index].name : model.skills[index - WorkLimit.all.count].label.lowercased()
    }

    /// The physical limit as a move's why names it.
    static let physicalLimitName = "physical work such as heavy lifting, kneeling or climbing"

    /// Why a move is offered to a learner whose own kind of work a limit closes: the limit and the
    /// skills it leaves them that the move rests on ("what you say you can no longer do (work with the
    /// hands) closes much of your own kind of work; it keeps your customer service and stock control").
    /// A learner who only wishes for indoor work or work away from the public (`WorkLimit.deskWishes`)
    /// is told the move answers that wish.
    func keptReason(position: Int, kept: [Bool], limits: [Int], ownJobClosed: Bool = true) -> String {
        let target = model.targets[position]
        let keptShared = target.skills
            .filter { kept[$0.skill] && !model.isCommonplace[$0.skill] && OccupationSkillModel.isSpecific(model.skills[$0.skill].kind) }
            .prefix(3).map { model.skills[$0.skill].label.lowercased() }
        let keeps = keptShared.isEmpty ? "" : "; it keeps your " + Self.list(keptShared)
        guard ownJobClosed, let limit = limits.first(where: { !WorkLimit.deskWishes.contains($0) }) else {
            let wish = limits.contains(WorkLimit.customers) ? "desk-based work away from the public" : "indoor, desk-based work"
            return "you say you want \(wish)" + keeps
        }
        return "what you say you can no longer do (\(limitName(limit))) closes much of your own kind of work" + keeps
    }
}
