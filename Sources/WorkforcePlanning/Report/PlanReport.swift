import Domain
import Foundation

// MARK: - A plan's full report

/// Everything the engine says about a plan under one scenario, ready to print or serialise.
public struct PlanReport: Codable, Sendable, Equatable {
    /// Organisation name.
    public var organisation: String
    /// Plan version.
    public var version: Int
    /// Expected values.
    public var projection: Projection
    /// Simulated ranges in whole people.
    public var simulation: Simulation
    /// Skills gap matrix.
    public var skillsGap: [SkillGapCell]
    /// Key-person risk.
    public var keyPersonRisk: KeyPersonRisk
    /// Planned actions.
    public var actions: [PlanAction]
    /// Total cost of planned actions, in pence.
    public var actionsCostPence: Int
    /// Actions the figures suggest that the plan does not have yet.
    public var suggestedActions: [PlanAction]
    /// Catalogue courses for each skill gap, when a course finder was used (see ``PlanAdvisor``).
    public var training: [GapTraining]?

    /// Builds the report.
    /// - Parameters:
    ///   - plan: the plan.
    ///   - scenario: the scenario; nil for the preferred one.
    ///   - runs: simulation runs.
    public init(plan: WorkforcePlan, scenario: String? = nil, runs: Int = 2000) throws {
        organisation = plan.organisation.name
        version = plan.version.number
        projection = try plan.project(scenario: scenario)
        simulation = try plan.simulate(scenario: scenario, runs: runs)
        skillsGap = plan.skillsGap()
        keyPersonRisk = plan.keyPersonRisk()
        actions = plan.actions
        actionsCostPence = plan.actions.filter { $0.status != .dropped }.reduce(0) { $0 + $1.costPence }
        suggestedActions = try plan.suggestedActions()
    }
}

// MARK: - Plain-text rendering

extension PlanReport {
    /// The report as plain text for the terminal or a file.
    public func text() -> String {
        var out: [String] = []
        let last = projection.horizonYears
        let endDate = projection.baselineDate.adding(years: last)
        out.append("\(organisation) — workforce plan v\(version), scenario \(projection.scenario), \(projection.baselineDate) to \(endDate)")
        out.append("")
        out.append("RESILIENCE (skills, not people)")
        if let bus = keyPersonRisk.busFactor {
            out.append("  Losing \(bus) \(bus == 1 ? "person" : "people") would leave a critical skill uncovered (\(keyPersonRisk.weakestSkills.joined(separator: ", "))).")
        } else {
            out.append("  No skill is marked critical.")
        }
        for skill in keyPersonRisk.skills where skill.importance == .critical {
            let exposure = simulation.criticalSkills.first { $0.skill == skill.skill }
            let chance = exposure?.probabilityUncovered.last.map { " — \(percent($0)) chance all holders gone by \(endDate.year) unless others are trained" } ?? ""
            out.append("  \(skill.label) (level \(skill.level)): \(skill.status.rawValue.replacingOccurrences(of: "_", with: " ")), \(skill.holders.count) holder\(skill.holders.count == 1 ? "" : "s")\(chance)")
        }
        out.append("")
        out.append("WHO MAY LEAVE OR RETIRE (owner judgements and rates; planning only)")
        for role in simulation.roles {
            guard let projected = projection.roles.first(where: { $0.role == role.role }), projected.baseline > 0, let end = role.years.last else { continue }
            out.append("  \(projected.title) (\(projected.baseline) today): \(percent(end.probabilityLosingSomeone)) chance of losing at least one by \(endDate.year); hires needed \(end.cumulativeHires.p50) (range \(end.cumulativeHires.p10)–\(end.cumulativeHires.p90))")
        }
        out.append("")
        out.append("PROJECTION (expected values)")
        out.append("  role                          year  demand  retire  leave  moves  hires    end  gap(no hiring)")
        for role in projection.roles {
            for year in role.years {
                let name = year.year == 1 ? role.title.padding(toLength: 28, withPad: " ", startingAt: 0) : String(repeating: " ", count: 28)
                let moves = year.movesIn - year.movesOut
                out.append("  \(name)  \(year.date.year)  \(pad(year.demand, 6))  \(pad(year.retirements, 6))  \(pad(year.leavers, 5))  \(pad(moves, 5))  \(pad(year.hires, 5))  \(pad(year.end, 5))  \(pad(year.gap, 6))")
            }
        }
        out.append("  Expansion demand \(formatNumber(projection.expansionDemand)), replacement demand \(formatNumber(projection.replacementDemand)), internal moves in \(formatNumber(projection.internalMovesIn)), recruitment need \(formatNumber(projection.recruitmentNeed)); expected hires \(formatNumber(projection.hires)).")
        out.append("  Simulated hires over the plan: \(simulation.totalHires.p50) (P10 \(simulation.totalHires.p10), P90 \(simulation.totalHires.p90); \(simulation.runs) runs, seed \(simulation.seed)).")
        out.append("")
        out.append("SKILLS GAP (required level; people at that level / in post)")
        for cell in skillsGap {
            let later = cell.requiredAtHorizon != cell.required ? ", level \(cell.requiredAtHorizon) by \(endDate.year): \(cell.coverageAtHorizon)/\(cell.headcount)" : ""
            out.append("  \(cell.role) · \(cell.label) [\(cell.importance.rawValue)]: level \(cell.required): \(cell.coverage)/\(cell.headcount)\(later)\(cell.assessed < cell.headcount ? " (\(cell.headcount - cell.assessed) not assessed)" : "")")
        }
        out.append("")
        out.append("ACTIONS (total £\(formatNumber(Double(actionsCostPence) / 100)))")
        if actions.isEmpty { out.append("  None yet.") }
        for action in actions {
            let target = [action.role, action.skill, action.toRole.map { "→ \($0)" }].compactMap { $0 }.joined(separator: " ")
            out.append("  \(action.due) \(action.kind.rawValue) ×\(action.quantity) \(target) — owner: \(action.owner), £\(formatNumber(Double(action.costPence) / 100)), \(action.status.rawValue)")
        }
        if let training {
            out.append("")
            out.append("TRAINING FOR SKILL GAPS (local courses from the catalogue)")
            if training.isEmpty { out.append("  No skill gaps at the horizon.") }
            for gap in training {
                let standard = gap.apprenticeshipStandard.map { " (apprenticeship standard for the role: \($0))" } ?? ""
                out.append("  \(gap.role) · \(gap.skill) to level \(gap.targetLevel), \(gap.people) \(gap.people == 1 ? "person" : "people")\(standard):")
                if gap.courses.isEmpty { out.append("    no matching course in the catalogue (an unfilled provision request)") }
                for course in gap.courses { out.append("    \(course.title) — \(course.providerName) (course \(course.courseID); \(course.reason))") }
            }
        }
        if !suggestedActions.isEmpty {
            out.append("")
            out.append("SUGGESTED (not yet in the plan; add an owner, date and cost to adopt)")
            for action in suggestedActions {
                out.append("  \(action.kind.rawValue) ×\(action.quantity) \([action.role, action.skill].compactMap { $0 }.joined(separator: " ")) — \(action.note ?? "")")
            }
        }
        out.append("")
        out.append("ASSUMPTIONS")
        for line in projection.assumptions { out.append("  \(line)") }
        return out.joined(separator: "\n") + "\n"
    }

    private func pad(_ value: Double, _ width: Int) -> String {
        let text = formatNumber((value * 10).rounded() / 10)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
