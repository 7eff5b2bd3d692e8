import CatalogueImport
import Domain
import Foundation
import Hummingbird
import Logging
import NIOCore

// MARK: - Providers and feed uploads

/// `GET /providers`, `GET /providers/{id}`, `GET /providers/{id}/courses` and
/// `POST /providers/{id}/feeds`.
///
/// Reading provision is open; an upload is allowed only to the provider organisation that owns the
/// provider, and imports into the provider its access scope names.
struct ProviderController {
    let store: any CatalogueStore
    let importer: CatalogueImporter
    let maxFeedBytes: Int
    let bodyDeadline: Swift.Duration
    /// Runs after a feed was applied (re-tagging the changed courses with routes and skills).
    var afterImport: @Sendable () async throws -> Void = {}

    struct ProviderList: Encodable, Sendable {
        var providers: [ProviderSummary]
    }

    func addRoutes(to routes: SecureRoutes) {
        routes.get("/providers", access: .open, use: list)
        routes.get("/providers/:id", access: .open, use: show)
        routes.get("/providers/:id/courses", access: .open, use: courses)
        routes.post("/providers/:id/feeds", access: .provider(parameter: "id"), bodyLimit: maxFeedBytes, use: uploadFeed)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<ProviderList> {
        JSONResponse(ProviderList(providers: try await store.providers()))
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<ProviderSummary> {
        let id = try providerID(context)
        guard let summary = try await store.providers().first(where: { $0.provider.id == id }) else { throw APIError.notFound("Provider \(id)") }
        return JSONResponse(summary)
    }

    @Sendable func courses(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<CourseSearchPage> {
        let id = try providerID(context)
        guard try await store.provider(id: id) != nil else { throw APIError.notFound("Provider \(id)") }
        var query = try CourseSearchQuery.fromQuery(request.queryDictionary)
        query.providers = [id]
        query.today = CourseController.today()
        return JSONResponse(try await store.searchCourses(query))
    }

    @Sendable func uploadFeed(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<ImportReport> {
        guard let id = context.scope.provider else { throw APIError.resourceNotFound(request) }
        let parameters = request.queryDictionary
        let strict = try flag("strict", parameters)
        let dryRun = try flag("dryRun", parameters)
        let buffer = try await request.collectBody(context: context, deadline: bodyDeadline, tooLarge: tooLarge(nil))
        guard buffer.readableBytes > 0 else {
            throw APIError(.badRequest, code: "empty-body", message: "Send the feed file (XCRI-CAP XML or DfE CSV) as the request body.")
        }
        let hint = request.headers[.contentType].flatMap(FeedFormatHint.init(contentType:))
        let options = ImportOptions(
            strict: strict, dryRun: dryRun, maxBytes: maxFeedBytes, format: hint, sourceName: "upload", today: CourseController.today())
        let report = try await importer.importFeed(Data(buffer.readableBytesView), provider: id, options: options)
        if report.applied { try await afterImport() }
        context.logger.info(
            "Feed import", metadata: ["provider": "\(id)", "applied": "\(report.applied)", "courses": "\(report.courses)", "errors": "\(report.errors.count)"])
        context.auditNote.detail = "provider \(id): applied=\(report.applied) courses=\(report.courses) errors=\(report.errors.count)"
        guard report.accepted else {
            let first = report.errors.first?.message ?? "The feed was not accepted."
            throw APIError(.unprocessableContent, code: "feed-rejected", message: "Nothing was changed. \(first)", details: .value(report))
        }
        return JSONResponse(report)
    }

    private func tooLarge(_ length: Int?) -> APIError {
        let limit = String(format: "%.1f MB", Double(maxFeedBytes) / 1_048_576)
        return APIError(.contentTooLarge, code: "feed-too-large", message: "The feed is larger than the \(limit) upload limit; nothing was changed.")
    }

    private func providerID(_ context: AppRequestContext) throws -> ProviderID {
        let text = context.parameters.get("id") ?? ""
        guard let id = ProviderID(rawValue: text) else { throw APIError.invalidParameter("id", text, expected: ProviderID.rule) }
        return id
    }

    private func flag(_ name: String, _ parameters: [String: [String]]) throws -> Bool {
        guard let text = parameters[name]?.first else { return false }
        guard let value = Bool(text.lowercased()) else { throw APIError.invalidParameter(name, text, expected: "true or false") }
        return value
    }
}
