import Domain
import Foundation
import Hummingbird

// MARK: - Administration

/// Organisations, tokens and the audit log, for admin organisations only:
/// `GET|POST /admin/organisations`, `GET|DELETE /admin/organisations/{org}`,
/// `GET /admin/organisations/{org}/export`, `GET|POST /admin/organisations/{org}/tokens`,
/// `DELETE /admin/tokens/{token}` and `GET /admin/audit`.
struct AdminController {
    let services: AppServices
    let jsonLimits: JSONLimits
    let bodyDeadline: Swift.Duration

    // MARK: Wire types

    struct NewOrganisation: Decodable {
        var id: String
        var name: String
        var kind: OrganisationKind
        var ukprn: String?
        /// For providers: the catalogue provider id owned (default: the organisation id).
        var providerId: String?
    }

    struct NewToken: Decodable {
        var name: String
        var expiresInDays: Int?
    }

    struct OrganisationList: Encodable, Sendable { var organisations: [Organisation] }
    struct TokenList: Encodable, Sendable { var tokens: [APITokenInfo] }
    struct Deleted: Encodable, Sendable { var deleted: Bool }

    func addRoutes(to routes: SecureRoutes) {
        routes.get("/admin/organisations", access: .admin) { _, _ in
            JSONResponse(OrganisationList(organisations: try await services.accounts.organisations()))
        }
        routes.post("/admin/organisations", access: .admin, use: create)
        routes.get("/admin/organisations/:org", access: .admin) { request, context in
            JSONResponse(try await organisation(request, context))
        }
        routes.delete("/admin/organisations/:org", access: .admin) { request, context in
            let organisation = try await organisation(request, context)
            guard try await services.organisationData.erase(organisation.id) else { throw APIError.resourceNotFound(request) }
            context.auditNote.subject = nil
            context.auditNote.resource = "/admin/organisations/{org}"
            context.auditNote.detail = "an organisation of kind \(organisation.kind.rawValue) was deleted"
            return JSONResponse(Deleted(deleted: true))
        }
        routes.get("/admin/organisations/:org/export", access: .admin, audited: true) { request, context in
            let organisation = try await organisation(request, context)
            context.auditNote.detail = "data exported"
            guard let export = try await services.organisationData.export(organisation.id) else { throw APIError.resourceNotFound(request) }
            return JSONResponse(export)
        }
        routes.get("/admin/organisations/:org/tokens", access: .admin) { request, context in
            let organisation = try await organisation(request, context)
            return JSONResponse(TokenList(tokens: try await services.accounts.tokens(of: organisation.id)))
        }
        routes.post("/admin/organisations/:org/tokens", access: .admin, use: issue)
        routes.delete("/admin/tokens/:token", access: .admin) { request, context in
            let id = context.parameters.get("token") ?? ""
            guard let token = try await services.accounts.token(id: id), try await services.accounts.revokeToken(id: id),
                let revoked = try await services.accounts.token(id: id)
            else { throw APIError.resourceNotFound(request) }
            context.auditNote.subject = token.organisationID
            context.auditNote.detail = "token \(token.id) revoked"
            return JSONResponse(revoked)
        }
        routes.get("/admin/audit", access: .admin, use: audit)
    }

    // MARK: Handlers

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<Organisation> {
        let input = try await request.decodeJSON(NewOrganisation.self, context: context, limits: jsonLimits, deadline: bodyDeadline)
        guard let id = OrganisationID(rawValue: input.id) else {
            throw APIError(.badRequest, code: "invalid-body", message: "$.id: \(OrganisationID.rule).", details: .object(["path": .string("$.id")]))
        }
        var providerID: ProviderID?
        if input.kind == .provider {
            guard let provider = ProviderID(rawValue: input.providerId ?? input.id) else {
                throw APIError(.badRequest, code: "invalid-body", message: "$.providerId: \(ProviderID.rule).", details: .object(["path": .string("$.providerId")]))
            }
            providerID = provider
        } else if input.providerId != nil {
            throw APIError(.badRequest, code: "invalid-body", message: "$.providerId: only providers own catalogue provision.")
        }
        let organisation = Organisation(id: id, name: input.name, kind: input.kind, ukprn: input.ukprn, providerID: providerID)
        do {
            let created = try await services.accounts.createOrganisation(organisation)
            context.auditNote.subject = created.id
            context.auditNote.detail = "organisation created (\(created.kind.rawValue))"
            return JSONResponse(created, status: .created)
        } catch let error as AccountError {
            throw Self.apiError(error)
        }
    }

    @Sendable func issue(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<IssuedToken> {
        let organisation = try await organisation(request, context)
        let input = try await request.decodeJSON(NewToken.self, context: context, limits: jsonLimits, deadline: bodyDeadline)
        do {
            let issued = try await services.accounts.issueToken(
                for: organisation.id, name: input.name, lifetimeDays: input.expiresInDays ?? APITokenInfo.defaultLifetimeDays)
            context.auditNote.detail = "token \(issued.token.id) issued"
            return JSONResponse(issued, status: .created)
        } catch let error as AccountError {
            throw Self.apiError(error)
        }
    }

    @Sendable func audit(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<AuditPage> {
        let parameters = request.queryDictionary
        var query = AuditQuery()
        if let text = parameters["organisation"]?.first {
            guard let id = OrganisationID(rawValue: text) else { throw APIError.invalidParameter("organisation", String(text.prefix(80)), expected: OrganisationID.rule) }
            query.organisationID = id
        }
        if let text = parameters["outcome"]?.first {
            guard let outcome = AuditOutcome(rawValue: text) else {
                throw APIError.invalidParameter("outcome", String(text.prefix(80)), expected: AuditOutcome.allCases.map(\.rawValue).joined(separator: ", "))
            }
            query.outcome = outcome
        }
        if let text = parameters["action"]?.first {
            guard text.count <= 200 else { throw APIError.invalidParameter("action", String(text.prefix(80)), expected: "at most 200 characters") }
            query.actionPrefix = text
        }
        for name in ["since", "until"] {
            guard let text = parameters[name]?.first else { continue }
            guard text.count <= 40, ISO8601DateFormatter().date(from: text) != nil || CourseSearchQuery.isISODate(text) else {
                throw APIError.invalidParameter(name, String(text.prefix(80)), expected: "an ISO 8601 date or time")
            }
            if name == "since" { query.since = text } else { query.until = text }
        }
        if let text = parameters["before"]?.first {
            guard let before = Int64(text), before > 0 else { throw APIError.invalidParameter("before", String(text.prefix(80)), expected: "an event id") }
            query.before = before
        }
        if let text = parameters["limit"]?.first {
            guard let limit = Int(text), (1...AuditQuery.maxLimit).contains(limit) else {
                throw APIError.invalidParameter("limit", String(text.prefix(80)), expected: "a whole number from 1 to \(AuditQuery.maxLimit)")
            }
            query.limit = limit
        }
        return JSONResponse(try await services.audit.auditEvents(query))
    }

    // MARK: Helpers

    /// The organisation named by `:org`; a missing one answers like any other missing resource.
    private func organisation(_ request: Request, _ context: AppRequestContext) async throws -> Organisation {
        guard let id = context.parameters.get("org").flatMap(OrganisationID.init(rawValue:)),
            let organisation = try await services.accounts.organisation(id: id)
        else { throw APIError.resourceNotFound(request) }
        context.auditNote.subject = organisation.id
        return organisation
    }

    static func apiError(_ error: AccountError) -> APIError {
        switch error {
        case .invalid(let text): APIError(.badRequest, code: "invalid-body", message: text)
        case .conflict(let text): APIError(.conflict, code: "conflict", message: text)
        case .notFound: APIError(.notFound, code: "not-found", message: "Not found.")
        }
    }
}
