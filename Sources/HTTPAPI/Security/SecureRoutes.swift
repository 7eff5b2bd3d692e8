public import Hummingbird
import Synchronization

// MARK: - Route rules

/// How one route is guarded: who may call it and how large a body it accepts.
public struct RouteRule: Sendable, Hashable {
    public var access: Access
    /// The largest request body, in bytes (0 for routes that take none).
    public var bodyLimit: Int
    /// Whether successful reads are audited too (writes and refusals always are), e.g. data exports.
    public var auditsReads: Bool
    /// Whether successful writes are audited (refusals always are). Off only for anonymous learners'
    /// requests, such as a diagnosis, where an audit row would keep their address and time for nothing.
    public var auditsWrites: Bool
    /// Whether the audit log may keep the request path. Off for paths that hold a secret (a saved
    /// diagnostic's id): the route template is recorded instead.
    public var auditsPath: Bool

    public init(access: Access, bodyLimit: Int, auditsReads: Bool = false, auditsWrites: Bool = true, auditsPath: Bool = true) {
        self.access = access
        self.bodyLimit = bodyLimit
        self.auditsReads = auditsReads
        self.auditsWrites = auditsWrites
        self.auditsPath = auditsPath
    }
}

/// The rules of every registered route, keyed by method and route path (`POST /providers/{id}/feeds`).
/// Filled while the router is built, read by `AuthorizationMiddleware`. A route missing from it is
/// treated as admin-only, so a route added without a rule is closed, not open.
public final class RouteRegistry: Sendable {
    private let rules = Mutex<[String: RouteRule]>([:])

    public init() {}

    func register(_ rule: RouteRule, method: HTTPRequest.Method, path: String) {
        rules.withLock { $0["\(method.rawValue) \(path)"] = rule }
    }

    /// The rule of a matched route, or nil when it was registered without one.
    public func rule(method: HTTPRequest.Method, path: String) -> RouteRule? {
        rules.withLock { $0["\(method.rawValue) \(path)"] }
    }

    /// All registered rules, for documentation and tests.
    public var all: [String: RouteRule] { rules.withLock { $0 } }

    /// The rule applied to a matched route that has none.
    public static let fallback = RouteRule(access: .admin, bodyLimit: 0)
}

// MARK: - Registering routes

/// The only way Skillway adds routes: each one states its `Access` rule and body limit.
public struct SecureRoutes {
    let router: Router<AppRequestContext>
    let registry: RouteRegistry
    /// The body limit of routes that take JSON.
    let jsonBodyLimit: Int

    /// Handlers take the request and the context the authorization middleware prepared.
    public typealias Handler<Output: ResponseGenerator> = @Sendable (Request, AppRequestContext) async throws -> Output

    /// A GET route; `audited` records successful reads too (for sensitive reads such as exports);
    /// `secretPath` keeps the path (which holds a capability, e.g. a saved report's id) out of the audit log.
    public func get<Output: ResponseGenerator>(
        _ path: String, access: Access, audited: Bool = false, secretPath: Bool = false, use handler: @escaping Handler<Output>
    ) {
        add(.get, path, RouteRule(access: access, bodyLimit: 0, auditsReads: audited, auditsPath: !secretPath), handler)
    }

    public func delete<Output: ResponseGenerator>(_ path: String, access: Access, use handler: @escaping Handler<Output>) {
        add(.delete, path, RouteRule(access: access, bodyLimit: 0), handler)
    }

    /// A POST taking a JSON body (limited to the JSON body limit) or, with `bodyLimit`, a raw upload;
    /// `audited: false` leaves successful calls out of the audit log (anonymous learners' requests).
    public func post<Output: ResponseGenerator>(
        _ path: String, access: Access, bodyLimit: Int? = nil, audited: Bool = true, use handler: @escaping Handler<Output>
    ) {
        add(.post, path, RouteRule(access: access, bodyLimit: bodyLimit ?? jsonBodyLimit, auditsWrites: audited), handler)
    }

    /// A PUT taking a JSON body (limited to the JSON body limit, or to `bodyLimit` when given).
    public func put<Output: ResponseGenerator>(_ path: String, access: Access, bodyLimit: Int? = nil, use handler: @escaping Handler<Output>) {
        add(.put, path, RouteRule(access: access, bodyLimit: bodyLimit ?? jsonBodyLimit), handler)
    }

    private func add<Output: ResponseGenerator>(_ method: HTTPRequest.Method, _ path: String, _ rule: RouteRule, _ handler: @escaping Handler<Output>) {
        let routerPath = RouterPath(path)
        registry.register(rule, method: method, path: routerPath.description)
        router.on(routerPath, method: method, use: handler)
    }
}
