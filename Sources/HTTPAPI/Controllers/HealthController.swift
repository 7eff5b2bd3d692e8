import Domain
import Hummingbird

// MARK: - Health

/// `GET /health`: the server is up and its database answers.
struct HealthController {
    let store: any CatalogueStore
    let serverName: String

    struct Health: Encodable, Sendable {
        var status: String
        var server: String
        var courses: Int
        var providers: Int
    }

    func addRoutes(to routes: SecureRoutes) {
        routes.get("/health", access: .open) { _, _ in
            let providers = try await store.providers()
            return JSONResponse(Health(status: "ok", server: serverName, courses: providers.reduce(0) { $0 + $1.courseCount }, providers: providers.count))
        }
    }
}
