import Domain
import Foundation
import Hummingbird
import Taxonomy

// MARK: - Routes, skills and occupations

/// `GET /routes`, `GET /routes/{id}`, `GET /skills`, `GET /skills/{id}`, `POST /skills/extract`,
/// `GET /occupations`, `GET /occupations/{id}`.
struct TaxonomyController {
    let taxonomy: SkillsTaxonomy
    /// Course tags, when the store keeps them.
    let tags: (any CourseTagStore)?
    /// How long a request body may take to arrive.
    let bodyDeadline: Swift.Duration

    /// The largest body `POST /skills/extract` accepts, in bytes.
    static let maxExtractBytes = 256 * 1024
    /// JSON limits for extraction: the usual shape limits, but a pasted CV may be a long string
    /// (the extractor itself cuts text over 20k characters and says so).
    static let extractLimits = JSONLimits(maxStringLength: 100_000)

    /// All taxonomy routes are open: anonymous users may read the taxonomy and extract skills.
    func addRoutes(to routes: SecureRoutes) {
        routes.get("/routes", access: .open, use: self.routes)
        routes.get("/routes/:id", access: .open, use: route)
        routes.get("/skills", access: .open, use: searchSkills)
        routes.get("/skills/:id", access: .open, use: skill)
        routes.post("/skills/extract", access: .open, bodyLimit: Self.maxExtractBytes, use: extract)
        routes.get("/occupations", access: .open, use: occupations)
        routes.get("/occupations/:id", access: .open, use: occupation)
    }

    @Sendable func routes(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<[RouteSummaryView]> {
        JSONResponse(taxonomy.routeSummaries(courseCounts: try await tags?.courseCountsByRoute() ?? [:]))
    }

    @Sendable func route(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<RouteDetailView> {
        let id = context.parameters.get("id") ?? ""
        guard let detail = taxonomy.routeDetail(id, courseCounts: try await tags?.courseCountsByRoute() ?? [:]) else {
            throw APIError.notFound("Route \(id)")
        }
        return JSONResponse(detail)
    }

    @Sendable func searchSkills(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<SkillSearchView> {
        let query = request.uri.queryParameters["q"].map(String.init) ?? ""
        let limit = try Self.integer(request, "limit", default: 20, in: 1...100)
        return JSONResponse(taxonomy.skillSearch(query, limit: limit))
    }

    @Sendable func skill(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<SkillDetailView> {
        let id = context.parameters.get("id") ?? ""
        guard taxonomy.skill(id: id) != nil else { throw APIError.notFound("Skill \(id)") }
        let courses = try await tags?.courses(taggedWith: .skill, value: id, limit: 50) ?? []
        return JSONResponse(taxonomy.skillDetail(id, courses: courses)!)
    }

    struct ExtractRequest: Decodable {
        var text: String
    }

    @Sendable func extract(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<ExtractionResult> {
        let decoded = try await request.decodeJSON(ExtractRequest.self, context: context, limits: Self.extractLimits, deadline: bodyDeadline)
        return JSONResponse(taxonomy.extract(decoded.text))
    }

    @Sendable func occupations(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<OccupationMatches> {
        let query = (request.uri.queryParameters["q"].map(String.init) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty else { throw APIError.invalidParameter("q", "", expected: "a job title or a paragraph of career history") }
        let schemeText = request.uri.queryParameters["scheme"].map(String.init) ?? "ifate"
        guard let scheme = OccupationScheme(rawValue: schemeText) else {
            throw APIError.invalidParameter("scheme", schemeText, expected: "ifate or soc2020")
        }
        let top = try Self.integer(request, "top", default: 10, in: 1...100)
        return JSONResponse(taxonomy.matchOccupations(query, scheme: scheme, top: top))
    }

    @Sendable func occupation(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<OccupationDetailView> {
        let id = context.parameters.get("id") ?? ""
        guard let detail = taxonomy.occupationDetail(id) else { throw APIError.notFound("Occupation \(id)") }
        return JSONResponse(detail)
    }

    private static func integer(_ request: Request, _ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = request.uri.queryParameters[Substring(name)].map(String.init) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw APIError.invalidParameter(name, text, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }
}
