import Foundation

// MARK: - Audit events

/// How an audited action ended.
public enum AuditOutcome: String, Codable, Sendable, CaseIterable {
    /// The action was carried out.
    case success
    /// The action was authorised but failed (e.g. a rejected feed); nothing changed.
    case failure
    /// The caller was authenticated but the resource is not theirs (answered 404).
    case denied
    /// No usable token was presented for a closed route, or the token was bad, expired or revoked.
    case unauthenticated
}

/// One line of the append-only audit log: who did what, when, and how it ended.
public struct AuditEvent: Codable, Sendable, Hashable {
    /// Assigned when recorded.
    public var id: Int64?
    /// ISO 8601, assigned when recorded if empty.
    public var at: String
    /// The acting organisation, when known.
    public var organisationID: OrganisationID?
    /// The token the organisation used, by name and id.
    public var tokenName: String?
    public var tokenID: String?
    /// `token`, `anonymous`, `cli` or `system`.
    public var actor: String
    /// What was attempted, e.g. `POST /providers/:id/feeds`, `organisation.create`, `backup`.
    public var action: String
    /// The resource acted on (a request path without its query, a file name, a token id).
    public var resource: String?
    /// The organisation whose data the action concerned, when there is one.
    public var subjectOrganisationID: OrganisationID?
    public var outcome: AuditOutcome
    /// The HTTP status answered, for requests.
    public var status: Int?
    /// The client's network address, for requests.
    public var address: String?
    /// A short machine-written note (never request bodies or learner text).
    public var detail: String?

    public init(
        id: Int64? = nil, at: String = "", organisationID: OrganisationID? = nil, tokenName: String? = nil, tokenID: String? = nil,
        actor: String, action: String, resource: String? = nil, subjectOrganisationID: OrganisationID? = nil,
        outcome: AuditOutcome, status: Int? = nil, address: String? = nil, detail: String? = nil
    ) {
        self.id = id
        self.at = at
        self.organisationID = organisationID
        self.tokenName = tokenName
        self.tokenID = tokenID
        self.actor = actor
        self.action = action
        self.resource = resource
        self.subjectOrganisationID = subjectOrganisationID
        self.outcome = outcome
        self.status = status
        self.address = address
        self.detail = detail
    }
}

/// Which audit events to list.
public struct AuditQuery: Sendable, Hashable {
    /// Events by or about this organisation.
    public var organisationID: OrganisationID?
    public var outcome: AuditOutcome?
    /// Events whose action starts with this text, e.g. `POST /providers`.
    public var actionPrefix: String?
    /// ISO 8601 bounds (inclusive).
    public var since: String?
    public var until: String?
    /// Only events with an id below this (for paging back through the log, newest first).
    public var before: Int64?
    public var limit: Int

    public static let maxLimit = 500

    public init(
        organisationID: OrganisationID? = nil, outcome: AuditOutcome? = nil, actionPrefix: String? = nil, since: String? = nil,
        until: String? = nil, before: Int64? = nil, limit: Int = 100
    ) {
        self.organisationID = organisationID
        self.outcome = outcome
        self.actionPrefix = actionPrefix
        self.since = since
        self.until = until
        self.before = before
        self.limit = limit
    }
}

/// A page of audit events, newest first, with the cursor for the next page.
public struct AuditPage: Codable, Sendable, Hashable {
    public var events: [AuditEvent]
    /// Pass as `before` to get the next (older) page; nil at the end.
    public var nextBefore: Int64?

    public init(events: [AuditEvent], nextBefore: Int64?) {
        self.events = events
        self.nextBefore = nextBefore
    }
}

// MARK: - Audit log port

/// The append-only audit log. Events can be recorded and read, never changed; only erasing an
/// organisation (`AccountStore.eraseOrganisation`) removes the events by or about it.
public protocol AuditLog: Sendable {
    /// Appends an event (its id and, if empty, its time are assigned).
    func record(_ event: AuditEvent) async throws
    /// Lists events, newest first.
    func auditEvents(_ query: AuditQuery) async throws -> AuditPage
}
