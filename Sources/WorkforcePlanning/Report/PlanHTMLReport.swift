import Domain
import Foundation
import Mustache
import SkillwayResources

// MARK: - HTML report from the bundled template

/// Renders a plan report as a standalone HTML page from `Resources/templates/plan-report.mustache`.
/// Every value goes through Mustache's HTML escaping (`{{name}}`), so plan text cannot inject markup.
public struct PlanHTMLReport: Sendable {
    let template: MustacheTemplate

    /// The bundled template; nil when it is missing or does not parse.
    public static let bundled: PlanHTMLReport? = {
        guard let url = SkillwayResources.templateURL(named: "plan-report"), let data = try? Data(contentsOf: url) else { return nil }
        return try? PlanHTMLReport(template: String(decoding: data, as: UTF8.self))
    }()

    /// A template given as text (tests use this).
    public init(template: String) throws {
        self.template = try MustacheTemplate(string: template)
    }

    /// The page for one report.
    public func render(_ report: PlanReport) -> String {
        template.render(PlanReportModel(report))
    }
}

/// What the template sees: plain strings and flags, already worded.
struct PlanReportModel {
    struct Critical {
        var label: String
        var level: Int
        var status: String
        var statusClass: String
        var holders: Int
        var chance: String
    }
    struct Leaving {
        var title: String
        var baseline: Int
        var chance: String
        var hires: String
    }
    struct Row {
        var title: String
        var year: String
        var demand, retirements, leavers, moves, hires, end, gap: String
    }
    struct Gap {
        var role, label, importance: String
        var required: Int
        var now, later: String
    }
    struct Action {
        var due, what, owner, cost, status: String
        var note: String?
    }
    struct Training {
        var gap: String
        var courses: [String]
        var hasCourses: Bool
    }

    var organisation: String
    var version: Int
    var scenario: String
    var period: String
    var endYear: Int
    var headline: String
    var atRisk: Bool
    var critical: [Critical]
    var hasCritical: Bool
    var leaving: [Leaving]
    var projection: [Row]
    var totals: String
    var simulated: String
    var gaps: [Gap]
    var actions: [Action]
    var hasActions: Bool
    var totalCost: String
    var suggestions: [Action]
    var hasSuggestions: Bool
    var training: [Training]
    var hasTraining: Bool
    var assumptions: [String]

    init(_ report: PlanReport) {
        let projectionData = report.projection
        let end = projectionData.baselineDate.adding(years: projectionData.horizonYears)
        organisation = report.organisation
        version = report.version
        scenario = projectionData.scenario
        period = "\(projectionData.baselineDate) to \(end)"
        endYear = end.year
        let risk = report.keyPersonRisk
        if let bus = risk.busFactor {
            atRisk = bus <= 1
            headline = "Losing \(bus) \(bus == 1 ? "person" : "people") would leave a critical skill uncovered (\(risk.weakestSkills.joined(separator: ", ")))."
        } else {
            atRisk = false
            headline = "No skill is marked critical."
        }
        critical = risk.skills.filter { $0.importance == .critical }.map { skill in
            let chance = report.simulation.criticalSkills.first { $0.skill == skill.skill }?.probabilityUncovered.last.map(percent) ?? "—"
            return Critical(
                label: skill.label, level: skill.level, status: skill.status.rawValue.replacingOccurrences(of: "_", with: " "),
                statusClass: skill.status.rawValue, holders: skill.holders.count, chance: chance)
        }
        hasCritical = !critical.isEmpty
        leaving = report.simulation.roles.compactMap { role in
            guard let projected = projectionData.roles.first(where: { $0.role == role.role }), let last = role.years.last else { return nil }
            return Leaving(
                title: projected.title, baseline: projected.baseline, chance: percent(last.probabilityLosingSomeone),
                hires: "\(last.cumulativeHires.p50) (\(last.cumulativeHires.p10)–\(last.cumulativeHires.p90))")
        }
        func number(_ value: Double) -> String { formatNumber((value * 10).rounded() / 10) }
        projection = projectionData.roles.flatMap { role in
            role.years.map { year in
                Row(
                    title: year.year == 1 ? role.title : "", year: String(year.date.year), demand: number(year.demand), retirements: number(year.retirements),
                    leavers: number(year.leavers), moves: number(year.movesIn - year.movesOut), hires: number(year.hires), end: number(year.end),
                    gap: number(year.gap))
            }
        }
        totals = "Expansion demand \(formatNumber(projectionData.expansionDemand)), replacement demand \(formatNumber(projectionData.replacementDemand)), "
            + "internal moves in \(formatNumber(projectionData.internalMovesIn)), recruitment need \(formatNumber(projectionData.recruitmentNeed)); "
            + "expected hires \(formatNumber(projectionData.hires))."
        let hires = report.simulation.totalHires
        simulated = "Simulated hires over the plan: \(hires.p50) (P10 \(hires.p10), P90 \(hires.p90); \(report.simulation.runs) runs, seed \(report.simulation.seed))."
        gaps = report.skillsGap.map { cell in
            Gap(
                role: cell.role, label: cell.label, importance: cell.importance.rawValue, required: cell.requiredAtHorizon,
                now: "\(cell.coverage) of \(cell.headcount)", later: "\(cell.coverageAtHorizon) of \(cell.headcount)")
        }
        func action(_ action: PlanAction) -> Action {
            let target = [action.role, action.skill, action.toRole.map { "→ \($0)" }].compactMap { $0 }.joined(separator: " ")
            return Action(
                due: action.due.description, what: "\(action.kind.rawValue.replacingOccurrences(of: "_", with: " ")) ×\(action.quantity) \(target)",
                owner: action.owner, cost: "£" + formatNumber(Double(action.costPence) / 100), status: action.status.rawValue.replacingOccurrences(of: "_", with: " "),
                note: action.note)
        }
        actions = report.actions.map(action)
        hasActions = !actions.isEmpty
        totalCost = "£" + formatNumber(Double(report.actionsCostPence) / 100)
        suggestions = report.suggestedActions.map(action)
        hasSuggestions = !suggestions.isEmpty
        training = (report.training ?? []).map { gap in
            let courses = gap.courses.map { "\($0.title) — \($0.providerName) (\($0.reason))" }
            return Training(
                gap: "\(gap.role) · \(gap.skill) to level \(gap.targetLevel), \(gap.people) \(gap.people == 1 ? "person" : "people")"
                    + (gap.apprenticeshipStandard.map { " · apprenticeship standard for the role: \($0)" } ?? ""), courses: courses,
                hasCourses: !courses.isEmpty)
        }
        hasTraining = report.training != nil
        assumptions = projectionData.assumptions
    }
}
