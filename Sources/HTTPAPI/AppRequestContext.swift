import Domain
public import Hummingbird
import NIOCore

// MARK: - Request context

/// The context every Skillway request carries: the caller's address, and once the authorization
/// middleware has run, the access scope it granted and the body limit of the matched route.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's IP address (`unknown` when the transport has none, as in router tests).
    public let remoteAddress: String
    /// What the caller may act on for this request; set by `AuthorizationMiddleware`.
    public var scope = AccessScope()
    /// The largest body this route accepts; set from its `RouteRule`.
    public var bodyLimit = 64 * 1024
    /// Where the handler adds what the audit log should know about a write.
    public let auditNote = AuditNote()

    public init(source: Source) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Bodies decoded through Hummingbird are bounded by the route's limit.
    public var maxUploadSize: Int { bodyLimit }
}
