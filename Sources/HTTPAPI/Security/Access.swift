public import Domain

// MARK: - Access rules

/// Who may call a route. Every route is registered with one (see `SecureRoutes`).
public enum Access: Sendable, Hashable, CustomStringConvertible {
    /// Anyone, with or without a token (a token that is presented must still be valid).
    case open
    /// Any organisation with a valid token.
    case member
    /// The provider organisation that owns the catalogue provider named by this path parameter.
    case provider(parameter: String)
    /// The employer organisation named by this path parameter.
    case employer(parameter: String)
    /// Any employer organisation, acting on its own data (e.g. starting a charter assessment).
    case anyEmployer
    /// The employer organisation that owns the resource of this kind named by this path parameter
    /// (e.g. an assessment id). A resource that does not exist is refused like another's.
    case employerResource(OwnedResource, parameter: String)
    /// Partner organisations (aggregated, suppressed demand and insights only).
    case partner
    /// Readers of aggregated, suppressed learner demand: a provider organisation for its own
    /// catalogue provider only (named by this query parameter, or implied when it is absent), and
    /// partners and admins for any provider or all of them.
    case demandInsights(query: String)
    /// Skillway's administrators.
    case admin
    /// Organisations of any of these kinds (e.g. aggregated demand for partners, providers and admins).
    case kinds(Set<OrganisationKind>)

    public var description: String {
        switch self {
        case .open: "open"
        case .member: "member"
        case .provider(let parameter): "provider(:\(parameter))"
        case .employer(let parameter): "employer(:\(parameter))"
        case .anyEmployer: "employer"
        case .employerResource(let resource, let parameter): "employer owning \(resource.rawValue)(:\(parameter))"
        case .partner: "partner"
        case .demandInsights(let query): "provider(?\(query)), partner or admin"
        case .admin: "admin"
        case .kinds(let kinds): kinds.map(\.rawValue).sorted().joined(separator: " or ")
        }
    }
}

/// The kinds of resource whose owner `AuthorizationMiddleware` looks up from a path parameter before
/// applying `Access.employerResource`.
public enum OwnedResource: String, Sendable, Hashable, CaseIterable {
    /// A charter self-assessment, by its numeric id.
    case charterAssessment = "charter-assessment"
    /// An employer's workforce plan, by its numeric id.
    case plan
}

/// What an authorised request may act on. Handlers work only inside it: a provider route takes its
/// provider from here, never from the request.
public struct AccessScope: Sendable, Hashable {
    /// The authenticated caller, if any.
    public var caller: Caller?
    /// The catalogue provider a provider route acts on (the caller's own).
    public var provider: ProviderID?
    /// The employer an employer route acts on (the caller's own organisation).
    public var employer: OrganisationID?

    public init(caller: Caller? = nil, provider: ProviderID? = nil, employer: OrganisationID? = nil) {
        self.caller = caller
        self.provider = provider
        self.employer = employer
    }
}

/// The outcome of applying a route's rule to a caller.
public enum AccessDecision: Sendable, Hashable {
    case allow(AccessScope)
    /// A closed route and no token: 401.
    case unauthenticated
    /// Authenticated, but not theirs: answered exactly as if the resource did not exist.
    case deny
}

// MARK: - Policy

/// The one place that decides who may do what.
public enum AccessPolicy {
    /// Decides whether `caller` may use a route with rule `access`.
    /// - Parameters:
    ///   - access: the route's rule.
    ///   - caller: the authenticated caller, or nil for an anonymous request.
    ///   - owner: for `employerResource`, the organisation owning the named resource (nil when there is
    ///     no such resource).
    ///   - parameter: reads a path parameter of the request.
    ///   - query: reads a query parameter of the request (for `demandInsights`).
    public static func decide(
        _ access: Access, caller: Caller?, owner: OrganisationID? = nil, parameter: (String) -> String?, query: (String) -> String? = { _ in nil }
    ) -> AccessDecision {
        if case .open = access { return .allow(AccessScope(caller: caller)) }
        guard let caller else { return .unauthenticated }
        let organisation = caller.organisation
        switch access {
        case .open, .member:
            return .allow(AccessScope(caller: caller))
        case .provider(let name):
            guard organisation.kind == .provider, let owned = organisation.providerID, parameter(name) == owned.rawValue else { return .deny }
            return .allow(AccessScope(caller: caller, provider: owned))
        case .employer(let name):
            guard organisation.kind == .employer, parameter(name) == organisation.id.rawValue else { return .deny }
            return .allow(AccessScope(caller: caller, employer: organisation.id))
        case .anyEmployer:
            guard organisation.kind == .employer else { return .deny }
            return .allow(AccessScope(caller: caller, employer: organisation.id))
        case .employerResource:
            guard organisation.kind == .employer, let owner, owner == organisation.id else { return .deny }
            return .allow(AccessScope(caller: caller, employer: organisation.id))
        case .partner:
            return organisation.kind == .partner ? .allow(AccessScope(caller: caller)) : .deny
        case .demandInsights(let name):
            switch organisation.kind {
            case .partner, .admin:
                return .allow(AccessScope(caller: caller))
            case .provider:
                guard let owned = organisation.providerID else { return .deny }
                if let asked = query(name), asked != owned.rawValue { return .deny }
                return .allow(AccessScope(caller: caller, provider: owned))
            case .employer:
                return .deny
            }
        case .admin:
            return organisation.kind == .admin ? .allow(AccessScope(caller: caller)) : .deny
        case .kinds(let kinds):
            return kinds.contains(organisation.kind) ? .allow(AccessScope(caller: caller)) : .deny
        }
    }
}
