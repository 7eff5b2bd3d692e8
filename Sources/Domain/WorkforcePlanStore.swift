public import Foundation

// MARK: - Stored workforce plans

/// A stored workforce plan: the employer's plan with its newest version number and its consent to share
/// aggregated demand. The plan content lives in its versions.
public struct StoredPlan: Sendable, Hashable, Codable {
    /// Store-assigned id.
    public var id: Int64
    /// The employer organisation that owns the plan.
    public var organisationID: OrganisationID
    /// A name for lists (the organisation name the plan holds); private to the employer.
    public var name: String
    /// The newest version's number (1, 2, 3…).
    public var latestVersion: Int
    /// Whether the employer consents to this plan's demand counting in aggregated, suppressed figures.
    public var shareDemand: Bool
    /// When consent was last given (ISO 8601), nil when it was never given or was withdrawn.
    public var shareConsentAt: String?
    /// When the plan was created (ISO 8601).
    public var createdAt: String
    /// When the plan last changed (ISO 8601).
    public var updatedAt: String

    public init(
        id: Int64, organisationID: OrganisationID, name: String, latestVersion: Int, shareDemand: Bool, shareConsentAt: String?, createdAt: String,
        updatedAt: String
    ) {
        self.id = id
        self.organisationID = organisationID
        self.name = name
        self.latestVersion = latestVersion
        self.shareDemand = shareDemand
        self.shareConsentAt = shareConsentAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// One saved version of a plan. Versions never change once saved; every edit is a new version.
public struct StoredPlanVersion: Sendable, Hashable, Codable {
    /// The plan's id.
    public var planID: Int64
    /// The version number.
    public var number: Int
    /// The version it was edited from; nil for the first.
    public var parent: Int?
    /// The plan's baseline ("as of") date, `yyyy-MM-dd`.
    public var baselineDate: String
    /// What changed, in the employer's words.
    public var note: String?
    /// When it was saved (ISO 8601).
    public var savedAt: String
    /// The plan as the WorkforcePlanning module writes it (JSON); nil in version lists.
    public var content: Data?

    public init(planID: Int64, number: Int, parent: Int?, baselineDate: String, note: String?, savedAt: String, content: Data?) {
        self.planID = planID
        self.number = number
        self.parent = parent
        self.baselineDate = baselineDate
        self.note = note
        self.savedAt = savedAt
        self.content = content
    }
}

/// The content of a new plan version, as the caller built it.
public struct PlanVersionInput: Sendable, Hashable {
    /// The version number the content carries: 1 for a new plan, else the stored latest + 1.
    public var number: Int
    /// The plan's baseline date, `yyyy-MM-dd`.
    public var baselineDate: String
    /// A name for lists.
    public var name: String
    /// What changed.
    public var note: String?
    /// The plan JSON.
    public var content: Data

    public init(number: Int, baselineDate: String, name: String, note: String?, content: Data) {
        self.number = number
        self.baselineDate = baselineDate
        self.name = name
        self.note = note
        self.content = content
    }
}

/// Why the store refused a plan change. Nothing was written.
public enum PlanStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No plan with this id belongs to the organisation the store is scoped to.
    case notFound(Int64)
    /// The version saved is not the next one: someone else saved a version first.
    case versionConflict(planID: Int64, latest: Int, attempted: Int)

    public var description: String {
        switch self {
        case .notFound(let id): "There is no plan \(id)."
        case .versionConflict(let id, let latest, let attempted):
            "Plan \(id) is at version \(latest); version \(attempted) cannot be saved. Reload the plan and apply the change again."
        }
    }
}

// MARK: - Ports

/// One employer's workforce plans. Every method is one transaction; an id belonging to another
/// organisation is treated as missing.
public protocol WorkforcePlanStore: Sendable {
    /// Creates a plan with its first version (whose number must be 1).
    func createPlan(_ first: PlanVersionInput) async throws -> StoredPlan
    /// Saves a new version; fails with `versionConflict` unless `version.number` is the stored latest + 1.
    func saveVersion(planID: Int64, _ version: PlanVersionInput) async throws -> StoredPlan
    /// One plan, or nil.
    func plan(id: Int64) async throws -> StoredPlan?
    /// All the organisation's plans, oldest first.
    func plans() async throws -> [StoredPlan]
    /// A plan's versions, oldest first, without content.
    func versions(planID: Int64) async throws -> [StoredPlanVersion]
    /// One version with its content; nil `number` for the latest. Nil when there is none.
    func version(planID: Int64, number: Int?) async throws -> StoredPlanVersion?
    /// Turns consent to share aggregated demand on or off; returns the updated plan.
    func setShareDemand(planID: Int64, _ share: Bool) async throws -> StoredPlan
    /// Deletes a plan and all its versions; false when there was no such plan.
    func deletePlan(id: Int64) async throws -> Bool
}

/// A consenting plan's newest version, for aggregation. The organisation id is used only to count
/// employers and test dominance; it is never published.
public struct SharedPlanContent: Sendable, Hashable {
    public var organisationID: OrganisationID
    public var planID: Int64
    public var content: Data

    public init(organisationID: OrganisationID, planID: Int64, content: Data) {
        self.organisationID = organisationID
        self.planID = planID
        self.content = content
    }
}

/// Workforce plans held per organisation (repository scoping, as for charter assessments).
public protocol WorkforcePlanRepository: Sendable {
    /// A store that reads and writes only `organisation`'s plans.
    func planStore(for organisation: OrganisationID) -> any WorkforcePlanStore
    /// The organisation that owns a plan, or nil when there is none. For access control only.
    func owner(ofPlan id: Int64) async throws -> OrganisationID?
    /// The newest version of each organisation's most recently updated consenting plan.
    func sharedPlans() async throws -> [SharedPlanContent]
}
