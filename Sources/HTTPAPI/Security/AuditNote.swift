public import Domain
import Synchronization

// MARK: - What a handler tells the audit log

/// Filled in by a handler, read by `AuthorizationMiddleware` when it records the request: whose data
/// the request concerned and a short machine-written note (counts, ids — never bodies or learner text).
public final class AuditNote: Sendable {
    private let state = Mutex<(subject: OrganisationID?, detail: String?, resource: String?)>((nil, nil, nil))

    public init() {}

    public var subject: OrganisationID? {
        get { state.withLock { $0.subject } }
        set { state.withLock { $0.subject = newValue } }
    }

    /// Replaces the request path in the audit event (e.g. to keep a deleted organisation's id out of it).
    public var resource: String? {
        get { state.withLock { $0.resource } }
        set { state.withLock { $0.resource = newValue } }
    }

    public var detail: String? {
        get { state.withLock { $0.detail } }
        set { state.withLock { $0.detail = newValue } }
    }
}
