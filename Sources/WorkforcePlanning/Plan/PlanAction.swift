import Foundation

// MARK: - Actions

/// A planned action with an owner, a date and a cost.
public struct PlanAction: Codable, Sendable, Equatable {
    /// What kind of action.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case recruit, train, apprentice, redeploy, crossTrain = "cross_train", retain, knowledgeTransfer = "knowledge_transfer"
    }

    /// Progress.
    public enum Status: String, Codable, Sendable, CaseIterable {
        case planned, inProgress = "in_progress", done, dropped
    }

    /// The kind.
    public var kind: Kind
    /// The role it concerns.
    public var role: String?
    /// The skill it concerns, for training.
    public var skill: String?
    /// For redeployment, the role people move to.
    public var toRole: String?
    /// How many people.
    public var quantity: Int
    /// Who in the business owns it (a job title or initials, not a staff member's name in full).
    public var owner: String
    /// When it should be done.
    public var due: PlanDate
    /// Expected cost in pence.
    public var costPence: Int
    /// Progress.
    public var status: Status
    /// A short description.
    public var note: String?

    /// Creates an action.
    public init(
        kind: Kind, role: String? = nil, skill: String? = nil, toRole: String? = nil, quantity: Int = 1, owner: String,
        due: PlanDate, costPence: Int = 0, status: Status = .planned, note: String? = nil
    ) {
        self.kind = kind
        self.role = role
        self.skill = skill
        self.toRole = toRole
        self.quantity = quantity
        self.owner = owner
        self.due = due
        self.costPence = costPence
        self.status = status
        self.note = note
    }
}
