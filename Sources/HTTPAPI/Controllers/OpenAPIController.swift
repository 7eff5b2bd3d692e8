import Foundation
import Hummingbird
import NIOCore
import SkillwayResources

// MARK: - OpenAPI document

/// `GET /openapi.json`: the API's OpenAPI 3.1 description, bundled from `Resources/openapi.json`.
struct OpenAPIController {
    func addRoutes(to routes: SecureRoutes) throws {
        guard let url = SkillwayResources.openAPIDocumentURL else {
            throw APIError(.internalServerError, code: "missing-resource", message: "The OpenAPI document is not bundled.")
        }
        let document = try Data(contentsOf: url)
        routes.get("/openapi.json", access: .open) { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: document)))
        }
    }
}
