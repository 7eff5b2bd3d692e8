import Domain
import Foundation
import Hummingbird
import Logging

// MARK: - Authentication, authorization and auditing

/// Authenticates the bearer token, applies the matched route's `Access` rule through
/// `AccessPolicy.decide`, limits each token's request rate, and records every write and every refusal
/// in the audit log.
///
/// - A bad, expired or revoked token answers 401 on every route, with its own error code.
/// - A closed route without a token answers 401 with `WWW-Authenticate: Bearer`.
/// - Another organisation's resource answers 404 with exactly the body a missing one gets.
/// - A route registered without a rule is admin-only.
struct AuthorizationMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let accounts: any AccountStore
    let audit: any AuditLog
    let registry: RouteRegistry
    let owners: ResourceOwners
    let tokenLimiter: RateLimiter
    let now: @Sendable () -> Date

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let caller = try await authenticate(request, context: context)
        if let caller, let wait = tokenLimiter.acquire("token:" + caller.tokenID) {
            throw APIError.rateLimited(retryAfter: wait)
        }
        guard let endpoint = context.endpointPath else {
            // No route matched: the not-found responder answers.
            return try await next(request, context)
        }
        let rule = registry.rule(method: request.method, path: endpoint) ?? RouteRegistry.fallback
        let resourceOwner = try await resolveOwner(rule.access, caller: caller, context: context)
        let decision = AccessPolicy.decide(
            rule.access, caller: caller, owner: resourceOwner, parameter: { context.parameters.get($0) },
            query: { request.uri.queryParameters[Substring($0)].map(String.init) })
        switch decision {
        case .unauthenticated:
            context.auditNote.subject = await owner(of: rule, context: context)
            await record(request, context: context, endpoint: endpoint, caller: nil, outcome: .unauthenticated, status: 401, detail: "no token")
            throw APIError(
                .unauthorized, code: "authentication-required", message: "This endpoint needs an API token: send Authorization: Bearer <token>.",
                details: .object(["header": .string("Authorization"), "scheme": .string("Bearer")]), headers: [.wwwAuthenticate: #"Bearer realm="skillway""#])
        case .deny:
            context.auditNote.subject = await owner(of: rule, context: context)
            await record(request, context: context, endpoint: endpoint, caller: caller, outcome: .denied, status: 404, detail: "access \(rule.access)")
            throw APIError.resourceNotFound(request)
        case .allow(let scope):
            context.scope = scope
            context.bodyLimit = rule.bodyLimit
            context.auditNote.subject = scope.caller.flatMap { caller in
                scope.provider != nil || scope.employer != nil ? caller.organisation.id : nil
            }
            let isRead = request.method == .get || request.method == .head
            guard isRead ? rule.auditsReads : rule.auditsWrites else { return try await next(request, context) }
            do {
                let response = try await next(request, context)
                let status = response.status.code
                await record(
                    request, context: context, endpoint: endpoint, caller: caller, outcome: status < 400 ? .success : .failure, status: status,
                    detail: context.auditNote.detail)
                return response
            } catch {
                let status = (error as? any HTTPResponseError)?.status.code ?? 500
                await record(
                    request, context: context, endpoint: endpoint, caller: caller, outcome: .failure, status: status,
                    detail: context.auditNote.detail ?? (error as? APIError)?.code)
                throw error
            }
        }
    }

    /// For `employerResource` routes called with a token, the organisation owning the named resource.
    private func resolveOwner(_ access: Access, caller: Caller?, context: Context) async throws -> OrganisationID? {
        guard caller != nil, case .employerResource(let resource, let name) = access, let value = context.parameters.get(name) else { return nil }
        return try await owners.owner(of: resource, id: value)
    }

    /// The organisation whose resource a refused request aimed at, so that the refusal is part of that
    /// organisation's audit trail (and goes with it when it is deleted). Never shown to the caller.
    private func owner(of rule: RouteRule, context: Context) async -> OrganisationID? {
        do {
            switch rule.access {
            case .provider(let name):
                guard let provider = context.parameters.get(name).flatMap(ProviderID.init(rawValue:)) else { return nil }
                return try await accounts.organisation(owningProvider: provider)?.id
            case .employer(let name):
                guard let id = context.parameters.get(name).flatMap(OrganisationID.init(rawValue:)) else { return nil }
                return try await accounts.organisation(id: id)?.id
            case .employerResource(let resource, let name):
                guard let value = context.parameters.get(name) else { return nil }
                return try await owners.owner(of: resource, id: value)
            default:
                guard let id = context.parameters.get("org").flatMap(OrganisationID.init(rawValue:)) else { return nil }
                return try await accounts.organisation(id: id)?.id
            }
        } catch {
            return nil
        }
    }

    // MARK: Authentication

    /// The caller named by the `Authorization` header, nil when there is none; throws 401 for a
    /// token that is malformed, unknown, expired or revoked.
    private func authenticate(_ request: Request, context: Context) async throws -> Caller? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            await unauthenticated(request, context: context, caller: nil, detail: "malformed authorization")
            throw Self.refusal(code: "invalid-token", "The Authorization header must be: Bearer <token>.")
        }
        switch try await accounts.checkToken(String(parts[1]).trimmingCharacters(in: .whitespaces), at: now()) {
        case .valid(let caller):
            return caller
        case .expired(let caller):
            await unauthenticated(request, context: context, caller: caller, detail: "token expired")
            throw Self.refusal(code: "token-expired", "This API token has expired; ask for a new one.")
        case .revoked(let caller):
            await unauthenticated(request, context: context, caller: caller, detail: "token revoked")
            throw Self.refusal(code: "token-revoked", "This API token has been revoked.")
        case .unknown:
            await unauthenticated(request, context: context, caller: nil, detail: "unknown token")
            throw Self.refusal(code: "invalid-token", "This API token is not valid.")
        }
    }

    private static func refusal(code: String, _ message: String) -> APIError {
        APIError(
            .unauthorized, code: code, message: message, details: .object(["header": .string("Authorization"), "scheme": .string("Bearer")]),
            headers: [.wwwAuthenticate: #"Bearer realm="skillway", error="invalid_token""#])
    }

    // MARK: Auditing

    private func unauthenticated(_ request: Request, context: Context, caller: Caller?, detail: String) async {
        await record(request, context: context, endpoint: context.endpointPath, caller: caller, outcome: .unauthenticated, status: 401, detail: detail)
    }

    private func record(
        _ request: Request, context: Context, endpoint: String?, caller: Caller?, outcome: AuditOutcome, status: Int, detail: String?
    ) async {
        let event = AuditEvent(
            organisationID: caller?.organisation.id, tokenName: caller?.tokenName, tokenID: caller?.tokenID,
            actor: caller == nil ? "anonymous" : "token", action: "\(request.method) \(endpoint ?? "(no route)")",
            resource: context.auditNote.resource ?? auditedPath(request, endpoint: endpoint), subjectOrganisationID: context.auditNote.subject, outcome: outcome, status: status,
            address: context.remoteAddress, detail: detail)
        do {
            try await audit.record(event)
        } catch {
            context.logger.error("Could not write an audit event", metadata: ["action": "\(event.action)", "outcome": "\(outcome.rawValue)"])
        }
    }
}

extension AuthorizationMiddleware {
    /// The path as the audit log keeps it: the route template for routes whose path holds a secret.
    private func auditedPath(_ request: Request, endpoint: String?) -> String {
        if let endpoint, let rule = registry.rule(method: request.method, path: endpoint), !rule.auditsPath { return endpoint }
        return String(request.uri.path.prefix(512))
    }
}

extension APIError {
    static func rateLimited(retryAfter seconds: Int) -> APIError {
        APIError(
            .tooManyRequests, code: "rate-limited", message: "Too many requests; try again in \(seconds) s.",
            headers: [.retryAfter: String(seconds)])
    }
}

// MARK: - Per-address rate limit

/// Limits requests per client address before any other work is done.
struct AddressRateLimitMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let limiter: RateLimiter

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let wait = limiter.acquire("address:" + context.remoteAddress) { throw APIError.rateLimited(retryAfter: wait) }
        return try await next(request, context)
    }
}
