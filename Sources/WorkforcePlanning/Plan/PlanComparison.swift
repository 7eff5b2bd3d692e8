import Domain
import Foundation

// MARK: - Comparing versions

/// What changed between two saved versions of a plan, and — when the later one is a year or more on —
/// how today's actual headcount compares with what the earlier version projected.
public struct PlanComparison: Codable, Sendable, Equatable {
    /// One role's change.
    public struct RoleChange: Codable, Sendable, Equatable {
        /// Role id.
        public var role: String
        /// Headcount in the earlier version (nil when the role is new).
        public var before: Int?
        /// Headcount in the later version (nil when the role was removed).
        public var after: Int?
        /// What the earlier version's preferred scenario projected for the later version's baseline date.
        public var projected: Double?
        /// after − projected.
        public var variance: Double?
    }

    /// Earlier version number.
    public var from: Int
    /// Later version number.
    public var to: Int
    /// Whole plan years between the two baselines.
    public var yearsBetween: Int
    /// Per-role changes (every role in either version).
    public var roles: [RoleChange]
    /// Other changes, in words.
    public var changes: [String]

    /// Compares two versions of a plan.
    public init(from earlier: WorkforcePlan, to later: WorkforcePlan) {
        from = earlier.version.number
        to = later.version.number
        var years = later.baselineDate.year - earlier.baselineDate.year
        if earlier.baselineDate.adding(years: years) > later.baselineDate { years -= 1 }
        yearsBetween = max(0, years)
        let projection = yearsBetween >= 1 ? try? earlier.project() : nil
        var ids = earlier.roles.map(\.id)
        for role in later.roles where !ids.contains(role.id) { ids.append(role.id) }
        roles = ids.map { id in
            let before = earlier.role(id)?.headcount
            let after = later.role(id)?.headcount
            let row = projection?.roles.first { $0.role == id }?.years.first { $0.year == min(years, earlier.horizonYears) }
            let projected = row?.end
            let variance = (after != nil && projected != nil) ? Double(after!) - projected! : nil
            return RoleChange(role: id, before: before, after: after, projected: projected, variance: variance)
        }
        var notes: [String] = []
        if earlier.horizonYears != later.horizonYears { notes.append("Horizon \(earlier.horizonYears) → \(later.horizonYears) years") }
        if earlier.baselineDate != later.baselineDate { notes.append("Baseline \(earlier.baselineDate) → \(later.baselineDate)") }
        if earlier.rates != later.rates { notes.append("Rate assumptions changed") }
        if earlier.transitions != later.transitions { notes.append("Internal moves changed") }
        let scenariosBefore = Set(earlier.scenarios.map(\.name)), scenariosAfter = Set(later.scenarios.map(\.name))
        for name in scenariosAfter.subtracting(scenariosBefore).sorted() { notes.append("Scenario added: \(name)") }
        for name in scenariosBefore.subtracting(scenariosAfter).sorted() { notes.append("Scenario removed: \(name)") }
        for scenario in later.scenarios where scenariosBefore.contains(scenario.name) && earlier.scenario(named: scenario.name) != scenario {
            notes.append("Scenario changed: \(scenario.name)")
        }
        if earlier.actions != later.actions { notes.append("Actions: \(earlier.actions.count) → \(later.actions.count)") }
        for role in later.roles {
            if let old = earlier.role(role.id), old.skills != role.skills { notes.append("Skills changed for \(role.id)") }
        }
        changes = notes
    }
}
