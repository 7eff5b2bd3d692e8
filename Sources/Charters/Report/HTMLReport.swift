import Domain
import Foundation
import Mustache
import SkillwayResources

// MARK: - HTML report

/// Renders an assessment result as a standalone HTML page from `Resources/templates/charter-report.mustache`.
/// Every value goes through Mustache's HTML escaping (`{{name}}`), so employer text cannot inject markup.
public struct HTMLReport: Sendable {
    let template: MustacheTemplate

    /// The bundled template.
    public init() throws {
        guard let url = SkillwayResources.templateURL(named: "charter-report") else {
            throw CharterLoadError(issues: [
                FrameworkIssue(file: "templates/charter-report.mustache", field: "", reason: "the bundled report template is missing")
            ])
        }
        try self.init(template: String(decoding: try Data(contentsOf: url), as: UTF8.self))
    }

    /// A template given as text (tests use this).
    public init(template: String) throws {
        self.template = try MustacheTemplate(string: template)
    }

    /// The page for one result.
    public func render(_ result: AssessmentResult) -> String {
        template.render(ReportModel(result))
    }
}

/// What the template sees: plain strings and flags, already worded.
struct ReportModel {
    struct Pillar {
        var name: String
        var score: String
        var met: String
        var width: Int
    }
    struct Tier {
        var label: String
        var reached: Bool
        var blockers: [String]
    }
    struct Criterion {
        var id: String
        var text: String
        var state: String
        var stateClass: String
        var explanation: String
        var gate: String?
    }
    struct Group {
        var name: String
        var criteria: [Criterion]
    }
    struct Action {
        var criterion: String
        var title: String
        var action: String
        var due: String
        var priority: String
        var reason: String
        var resources: [String]
        var courses: [String]
        var hasExtras: Bool
    }
    struct Issue {
        var severity: String
        var text: String
    }

    var employer: String
    var framework: String
    var asOf: String
    var band: String
    var status: String
    var overall: String
    var tierReached: String
    var hasTier: Bool
    var award: String?
    var pillars: [Pillar]
    var tiers: [Tier]
    var groups: [Group]
    var actions: [Action]
    var hasActions: Bool
    var issues: [Issue]
    var hasIssues: Bool
    var accreditations: [String]
    var hasAccreditations: Bool
    var rates: [String]
    var hasRates: Bool

    init(_ result: AssessmentResult) {
        employer = result.employer.name
        framework = "\(result.framework.name) v\(result.framework.version)"
        asOf = result.asOf.description
        band = "\(result.employer.headcount) staff · \(result.headcountBand.label)"
        status = result.status.rawValue + (result.accepted ? "" : " (with rejected answers)")
        overall = percent(result.overall)
        tierReached = result.tierReached.flatMap { code in result.tiers.first { $0.code == code }?.label } ?? "No tier yet"
        hasTier = result.tierReached != nil
        award = result.award.map {
            "\($0.label) from \($0.awardedOn), expires \($0.expiresOn), next check-in \($0.nextCheckIn) (confirmed by \($0.validation.rawValue) validation)"
        }
        pillars = result.pillars.map {
            Pillar(
                name: $0.name, score: $0.score.map(percent) ?? "n/a", met: "\($0.met) of \($0.applicable) met",
                width: Int((($0.score ?? 0) * 100).rounded()))
        }
        tiers = result.tiers.map { Tier(label: $0.label, reached: $0.reached, blockers: $0.blockers.map(\.description)) }
        groups = result.pillars.map { pillar in
            Group(
                name: pillar.name,
                criteria: result.criteria.filter { $0.pillar == pillar.code }.map {
                    Criterion(
                        id: $0.id, text: $0.text, state: stateLabel($0.state), stateClass: $0.state.rawValue, explanation: $0.explanation,
                        gate: $0.gatesTier.flatMap { code in result.tiers.first { $0.code == code }?.label }.map {
                            $0 + ($0 == result.tiers.first?.label ? " gate" : "")
                        })
                })
        }
        actions = result.actionPlan.map {
            let courses = $0.courses.map { "\($0.title) — \($0.provider)" + ($0.detail.map { " (\($0))" } ?? "") }
            return Action(
                criterion: $0.criterion, title: $0.title, action: $0.action, due: $0.due.description, priority: priorityLabel($0.priority),
                reason: $0.reason, resources: $0.resources, courses: courses, hasExtras: !$0.resources.isEmpty || !courses.isEmpty)
        }
        hasActions = !actions.isEmpty
        issues = result.issues.map {
            Issue(severity: $0.severity.rawValue, text: ($0.criterion.map { "\($0) " } ?? "") + "\($0.field): \($0.reason)")
        }
        hasIssues = !issues.isEmpty
        accreditations = result.accreditations.map { "\($0.schemeName) (\($0.level)) valid until \($0.validUntil)" + ($0.valid ? "" : " — expired") }
        hasAccreditations = !accreditations.isEmpty
        rates = result.rates.map {
            "\($0.label): £\(formatMoney($0.value)) since \($0.inForceFrom)"
                + ($0.upcoming.map { "; £\(formatMoney($0.value)) from \($0.owedFrom)" } ?? "")
        }
        hasRates = !rates.isEmpty
    }
}

/// A result state in words.
func stateLabel(_ state: CriterionResult.State) -> String {
    switch state {
    case .met: "Met"
    case .partial: "Partly met"
    case .committed: "Committed"
    case .notMet: "Not met"
    case .notApplicable: "Not applicable"
    case .unanswered: "Not answered"
    case .rejected: "Rejected"
    case .outOfScope: "Not for this size"
    case .notYetInForce: "Not yet in force"
    }
}

/// An action priority in words.
func priorityLabel(_ priority: ActionItem.Priority) -> String {
    switch priority {
    case .legal: "Legal minimum"
    case .nextTier: "Blocks a tier"
    case .commitment: "Commitment"
    case .upcomingChange: "Rate rise ahead"
    case .improvement: "Improvement"
    }
}

/// Pounds with two decimals.
func formatMoney(_ value: Double) -> String {
    let pence = Int((value * 100).rounded())
    return "\(pence / 100).\(pence % 100 < 10 ? "0" : "")\(pence % 100)"
}
