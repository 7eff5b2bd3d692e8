import Foundation

// MARK: - The baseline roster

/// One person in post today, as the skills analyses see them: a pseudonymous label, never a name.
public struct RosterEntry: Codable, Sendable, Equatable {
    /// Position in the plan's roster.
    public var index: Int
    /// Role id.
    public var role: String
    /// "Person A", or "Welder 2" for people not listed individually.
    public var label: String
    /// Skill levels known for this person (skill id → 0–4).
    public var levels: [String: Int]
}

extension WorkforcePlan {
    /// Everyone in post today, in roster order (the order the simulation also uses).
    public func roster() -> [RosterEntry] {
        var entries: [RosterEntry] = []
        for role in roles {
            if !role.people.isEmpty {
                for person in role.people {
                    entries.append(RosterEntry(index: entries.count, role: role.id, label: person.label, levels: person.skills ?? [:]))
                }
                continue
            }
            for k in 0..<max(0, role.headcount) {
                var levels: [String: Int] = [:]
                for requirement in role.skills {
                    if let held = requirement.currentLevels, k < held.count { levels[requirement.skill] = held[k] }
                }
                entries.append(RosterEntry(index: entries.count, role: role.id, label: "\(role.title) \(k + 1)", levels: levels))
            }
        }
        return entries
    }
}

// MARK: - Skills gap matrix

/// One cell of the skills gap matrix: a role and a skill.
public struct SkillGapCell: Codable, Sendable, Equatable {
    /// Role id.
    public var role: String
    /// Skill id.
    public var skill: String
    /// Skill label.
    public var label: String
    /// Importance to the role.
    public var importance: SkillImportance
    /// Level required today (0–4).
    public var required: Int
    /// Level required in the final plan year.
    public var requiredAtHorizon: Int
    /// People in post.
    public var headcount: Int
    /// People whose level is recorded.
    public var assessed: Int
    /// People at or above the level required today.
    public var coverage: Int
    /// People at or above the level required at the horizon.
    public var coverageAtHorizon: Int
    /// Σ over people of levels missing against today's requirement (unassessed people count as level 0).
    public var levelsShort: Int
    /// importance weight × levels short at the horizon, for ordering the work.
    public var priority: Double
}

extension WorkforcePlan {
    /// The skills gap matrix: every role × required skill, with coverage today and at the horizon.
    public func skillsGap() -> [SkillGapCell] {
        let entries = roster()
        var cells: [SkillGapCell] = []
        for role in roles {
            let people = entries.filter { $0.role == role.id }
            for requirement in role.skills {
                let now = requirement.required
                let later = requirement.required(inYear: horizonYears)
                let levels = people.map { $0.levels[requirement.skill] }
                let held = levels.map { $0 ?? 0 }
                let shortLater = held.reduce(0) { $0 + max(0, later - $1) }
                cells.append(
                    SkillGapCell(
                        role: role.id, skill: requirement.skill, label: requirement.label, importance: requirement.importance, required: now,
                        requiredAtHorizon: later, headcount: people.count, assessed: levels.compactMap { $0 }.count,
                        coverage: held.filter { $0 >= now }.count, coverageAtHorizon: held.filter { $0 >= later }.count,
                        levelsShort: held.reduce(0) { $0 + max(0, now - $1) }, priority: requirement.importance.weight * Double(shortLater)))
            }
        }
        return cells
    }
}
