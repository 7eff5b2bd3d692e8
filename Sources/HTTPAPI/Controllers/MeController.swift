import Domain
import Hummingbird

// MARK: - The caller's own account

/// `GET /me` (who am I) and `GET /me/export` (all my organisation's data), for any organisation.
struct MeController {
    let services: AppServices

    struct Me: Encodable, Sendable {
        var organisation: Organisation
        var token: TokenRef
    }

    struct TokenRef: Encodable, Sendable {
        var id: String
        var name: String
    }

    func addRoutes(to routes: SecureRoutes) {
        routes.get("/me", access: .member) { request, context in
            guard let caller = context.scope.caller else { throw APIError.resourceNotFound(request) }
            return JSONResponse(Me(organisation: caller.organisation, token: TokenRef(id: caller.tokenID, name: caller.tokenName)))
        }
        routes.get("/me/export", access: .member, audited: true) { request, context in
            guard let caller = context.scope.caller, let export = try await services.organisationData.export(caller.organisation.id) else {
                throw APIError.resourceNotFound(request)
            }
            context.auditNote.subject = caller.organisation.id
            context.auditNote.detail = "data exported"
            return JSONResponse(export)
        }
    }
}
