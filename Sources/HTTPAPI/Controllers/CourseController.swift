import Domain
import Foundation
import Hummingbird

// MARK: - Courses

/// `GET /courses` (search) and `GET /courses/{id}`.
struct CourseController {
    let store: any CatalogueStore

    func addRoutes(to routes: SecureRoutes) {
        routes.get("/courses", access: .open, use: search)
        routes.get("/courses/:id", access: .open, use: show)
    }

    @Sendable func search(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<CourseSearchPage> {
        var query = try CourseSearchQuery.fromQuery(request.queryDictionary)
        query.today = Self.today()
        return JSONResponse(try await store.searchCourses(query))
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<CatalogueCourse> {
        let text = context.parameters.get("id") ?? ""
        guard let id = Int64(text), id > 0 else { throw APIError.invalidParameter("id", text, expected: "a course id (a positive whole number)") }
        guard let course = try await store.course(id: id) else { throw APIError.notFound("Course \(id)") }
        return JSONResponse(course)
    }

    /// Today in UTC as `yyyy-MM-dd`.
    static func today() -> String {
        ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withFullDate])
    }
}

extension Request {
    /// Query parameters with every value of repeated keys.
    var queryDictionary: [String: [String]] {
        var result: [String: [String]] = [:]
        for (key, value) in uri.queryParameters {
            result[String(key), default: []].append(String(value))
        }
        return result
    }
}
