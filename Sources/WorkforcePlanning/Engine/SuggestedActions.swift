import Domain
import Foundation

// MARK: - Suggested actions

extension WorkforcePlan {
    /// Actions the figures point to, which the owner can adopt, cost and assign: cross-training for critical
    /// skills held by one person or nobody, training for skill gaps at the horizon, and recruitment where the
    /// preferred scenario needs hires in year 1. Anything the plan already has an action for is left out.
    /// Owners are "to assign" and costs 0 until the owner fills them in.
    public func suggestedActions() throws -> [PlanAction] {
        let due = baselineDate.adding(years: 1)
        var suggestions: [PlanAction] = []
        func covered(_ kind: PlanAction.Kind, role: String?, skill: String?) -> Bool {
            (actions + suggestions).contains { $0.kind == kind && $0.role == role && $0.skill == skill }
        }
        let risk = keyPersonRisk()
        for skill in risk.skills where skill.importance == .critical && skill.status != .covered {
            guard let role = roles.first(where: { $0.skills.contains { $0.skill == skill.skill && $0.importance == .critical } }) else { continue }
            let kind: PlanAction.Kind = skill.status == .uncovered ? .train : .crossTrain
            let spreading: [PlanAction.Kind] = [.train, .crossTrain, .knowledgeTransfer, .apprentice]
            guard !(actions + suggestions).contains(where: { spreading.contains($0.kind) && $0.skill == skill.skill }) else { continue }
            let why = skill.status == .uncovered ? "nobody holds it at level \(skill.level)" : "only one person holds it at level \(skill.level)"
            suggestions.append(PlanAction(kind: kind, role: role.id, skill: skill.skill, owner: "to assign", due: due, note: "\(skill.label): \(why)."))
        }
        for cell in skillsGap() where cell.requiredAtHorizon > 0 && cell.coverageAtHorizon < cell.headcount {
            guard !covered(.train, role: cell.role, skill: cell.skill), !covered(.crossTrain, role: cell.role, skill: cell.skill) else { continue }
            suggestions.append(
                PlanAction(
                    kind: .train, role: cell.role, skill: cell.skill, quantity: cell.headcount - cell.coverageAtHorizon, owner: "to assign", due: due,
                    note: "\(cell.label) to level \(cell.requiredAtHorizon)."))
        }
        for role in try project().roles {
            let hires = Int((role.years.first?.hires ?? 0).rounded(.toNearestOrAwayFromZero))
            guard hires > 0, !covered(.recruit, role: role.role, skill: nil) else { continue }
            suggestions.append(PlanAction(kind: .recruit, role: role.role, quantity: hires, owner: "to assign", due: due, note: "Expected hires in year 1."))
        }
        return suggestions
    }
}
