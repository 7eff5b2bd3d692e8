import Domain
import Foundation
import WorkforcePlanning

// MARK: - Workforce plan wire types

/// What the plan routes send and receive (kept apart from Domain and the stored rows).
enum PlanWire {
    /// A plan in lists and after a save.
    struct Summary: Encodable, Sendable {
        var id: Int64
        var name: String
        var latestVersion: Int
        var shareDemand: Bool
        var shareConsentAt: String?
        var createdAt: String
        var updatedAt: String

        init(_ plan: StoredPlan) {
            id = plan.id
            name = plan.name
            latestVersion = plan.latestVersion
            shareDemand = plan.shareDemand
            shareConsentAt = plan.shareConsentAt
            createdAt = plan.createdAt
            updatedAt = plan.updatedAt
        }
    }

    struct PlanList: Encodable, Sendable {
        var plans: [Summary]
    }

    /// One version of a plan with its content.
    struct PlanBody: Encodable, Sendable {
        var plan: Summary
        var version: Int
        var content: WorkforcePlan
        /// Roles whose title the taxonomy could not resolve to an occupation (only after a save).
        var unresolvedRoles: [String]?
    }

    struct VersionInfo: Encodable, Sendable {
        var number: Int
        var parent: Int?
        var baselineDate: String
        var note: String?
        var savedAt: String

        init(_ version: StoredPlanVersion) {
            number = version.number
            parent = version.parent
            baselineDate = version.baselineDate
            note = version.note
            savedAt = version.savedAt
        }
    }

    struct VersionList: Encodable, Sendable {
        var plan: Int64
        var versions: [VersionInfo]
    }

    /// `PUT /plans/{id}/consent`.
    struct Consent: Codable, Sendable {
        var shareDemand: Bool
    }

    /// `POST /plans/{id}/projection`: a scenario by name, or a custom scenario, and the simulation runs.
    struct ProjectionRequest: Decodable, Sendable {
        var scenario: ScenarioChoice?
        var runs: Int?
    }

    enum ScenarioChoice: Decodable, Sendable {
        case named(String)
        case custom(Scenario)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let name = try? container.decode(String.self) {
                self = .named(name)
            } else {
                self = .custom(try container.decode(Scenario.self))
            }
        }
    }

    struct ProjectionBody: Encodable, Sendable {
        var plan: Int64
        var version: Int
        var projection: Projection
        var simulation: Simulation
    }

    struct TrainingBody: Encodable, Sendable {
        var plan: Int64
        var version: Int
        var preferences: TrainingPreferences
        var gaps: [GapTraining]
    }

    struct Deleted: Encodable, Sendable {
        var deleted: Bool
    }
}
