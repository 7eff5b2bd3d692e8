import Careers
import Domain
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

// MARK: - Careers diagnostic

/// `POST /diagnostics`, `GET /diagnostics/{id}` and `GET /diagnostics/{id}.html`.
///
/// All open: learners are anonymous, and the per-address rate limit applies as everywhere. A saved
/// report is reachable only through its unguessable id (there is no listing), which is kept out of the
/// audit log. Successful diagnoses are not audited (that would keep learners' addresses and times);
/// refusals are. The learner's text is never logged, stored or echoed beyond the evidence words of the
/// report itself.
struct DiagnosticController {
    let engine: CareerEngine?
    /// Where a provider-scoped view's provider is looked up: the catalogue's providers, and providers
    /// with an account whose first feed has not arrived yet.
    let catalogue: any CatalogueStore
    let accounts: any AccountStore
    let saved: (any DiagnosticStore)?
    let demand: (any LearnerDemandStore)?
    let jsonBodyLimit: Int
    let jsonLimits: JSONLimits
    let bodyDeadline: Swift.Duration
    let now: @Sendable () -> Date

    func addRoutes(to routes: SecureRoutes) {
        routes.post("/diagnostics", access: .open, audited: false, use: diagnose)
        routes.get("/diagnostics/:id", access: .open, secretPath: true, use: report)
        routes.get("/diagnostics/{id}.html", access: .open, secretPath: true, use: reportPage)
    }

    /// Shape limits for a profile: a pasted CV may be one long string, up to the whole body limit (the
    /// engine reads the first `CareerDiagnostician.maxTextCharacters` and says so).
    var profileLimits: JSONLimits {
        var limits = jsonLimits
        limits.maxStringLength = max(limits.maxStringLength, jsonBodyLimit)
        return limits
    }

    // MARK: Diagnosing

    /// The query parameters `POST /diagnostics` takes.
    static let diagnoseParameters = ["save", "provider"]

    @Sendable func diagnose(_ request: Request, context: AppRequestContext) async throws -> DiagnosticJSONResponse {
        try request.requireKnownQueryParameters(Self.diagnoseParameters)
        let save = try Self.flag(request, "save")
        let scope = try Self.provider(request)
        let input: DiagnosticWire.Request
        do {
            input = try await request.decodeJSON(DiagnosticWire.Request.self, context: context, limits: profileLimits, deadline: bodyDeadline)
        } catch let error as ProfileFieldError {
            throw Self.apiError(error)
        }
        var profile = input.profile
        if let scope, let named = profile.constraints.provider, named != scope {
            throw APIError(
                .badRequest, code: "conflicting-provider",
                message: "provider=\(scope.rawValue) and $.constraints.provider \"\(named.rawValue)\" name different providers; give one, or the same in both.",
                details: .object(["parameter": .string("provider"), "path": .string("$.constraints.provider"), "values": .array([.string(scope.rawValue), .string(named.rawValue)])]))
        }
        if let scope {
            try await checkProvider(scope, parameter: "provider")
            profile.constraints.provider = scope
        } else if let named = profile.constraints.provider {
            try await checkProvider(named, path: "$.constraints.provider")
        }
        guard let engine else { throw Self.unavailable("Career diagnostics are not available on this server.") }
        if save, saved == nil { throw Self.unavailable("Saving diagnostics is not available on this server.") }
        let moment = now()
        let diagnostician = try await engine.diagnostician()
        let diagnostic: Diagnostic
        do {
            diagnostic = try diagnostician.diagnoseForLearner(profile, today: Self.utcDay(moment))
        } catch let error as DiagnosticInputError {
            throw APIError(
                .badRequest, code: "invalid-profile", message: "$.\(error.field): \(error.reason).", details: .object(["path": .string("$.\(error.field)")]))
        }
        // Save first: if that fails, the request fails as a whole and no demand is recorded for it. (A
        // failure recording demand after a save leaves a report nobody has the id of; it expires.)
        var savedReport: DiagnosticWire.Saved?
        if save, let saved {
            let report = Data(try JSONCoding.fastEncode(diagnostic).readableBytesView)
            savedReport = DiagnosticWire.Saved(try await saved.saveDiagnostic(report: report, at: moment))
        }
        var recorded = false
        if input.consent, let demand {
            try await demand.recordDemand(LearnerDemandRecord(diagnostic, provider: profile.constraints.provider))
            recorded = true
        }
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if let savedReport {
            // The new report's address; like the report itself, never kept by a cache.
            headers[.location] = savedReport.json
            headers[.cacheControl] = "no-store"
        }
        return DiagnosticJSONResponse(
            value: DiagnosticWire.Response(diagnostic: diagnostic, saved: savedReport, demandRecorded: recorded), status: save ? .created : .ok,
            headers: headers)
    }

    /// A located 400 for a profile field: `{"path": "$.constraints.maxCost", "didYouMean": "maxCostPence", "allowed": [...]}`.
    static func apiError(_ error: ProfileFieldError) -> APIError {
        var details: [String: JSONValue] = ["path": .string(error.path)]
        if let suggestion = error.didYouMean { details["didYouMean"] = .string(suggestion) }
        if let allowed = error.allowed { details["allowed"] = .array(allowed.map(JSONValue.string)) }
        let code = error.code == "invalid-value" ? "invalid-body" : error.code
        return APIError(.badRequest, code: code, message: error.description, details: .object(details))
    }

    /// Refuses a provider-scoped view of a provider the catalogue does not hold (nothing is diagnosed
    /// or recorded under it).
    private func checkProvider(_ id: ProviderID, parameter: String? = nil, path: String? = nil) async throws {
        try await ProviderCheck(catalogue: catalogue, accounts: accounts).require(id, parameter: parameter, path: path)
    }

    // MARK: Saved reports

    @Sendable func report(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (stored, diagnostic) = try await savedReport(request, context: context, id: context.parameters.get("id") ?? "")
        let body = DiagnosticWire.Response(diagnostic: diagnostic, saved: DiagnosticWire.Saved(stored))
        return Response(
            status: .ok, headers: Self.privateHeaders(contentType: "application/json; charset=utf-8"), body: .init(byteBuffer: try JSONCoding.fastEncode(body)))
    }

    @Sendable func reportPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let diagnostic: Diagnostic
        do {
            (_, diagnostic) = try await savedReport(request, context: context, id: context.parameters.get("id") ?? "")
        } catch let error as APIError where error.status == .notFound {
            // A learner following an old link in a browser gets a page, not JSON.
            return Response(
                status: .notFound, headers: Self.privateHeaders(contentType: "text/html; charset=utf-8"),
                body: .init(byteBuffer: ByteBuffer(string: DiagnosticReport.notFoundPage)))
        }
        let page = try DiagnosticReport.html(diagnostic)
        return Response(
            status: .ok, headers: Self.privateHeaders(contentType: "text/html; charset=utf-8"), body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    /// The saved, unexpired report; anything else (malformed, unknown, expired) is one and the same 404.
    private func savedReport(_ request: Request, context: AppRequestContext, id: String) async throws -> (SavedDiagnostic, Diagnostic) {
        guard let saved, let stored = try await saved.savedDiagnostic(id: id, at: now()) else { throw APIError.resourceNotFound(request) }
        do {
            return (stored, try JSONDecoder().decode(Diagnostic.self, from: stored.report))
        } catch {
            context.logger.error("A saved diagnostic could not be read back", metadata: ["error": "\(type(of: error))"])
            throw APIError(.internalServerError, code: "internal", message: "This saved report can no longer be read.")
        }
    }

    /// Reports are personal: never cached by shared caches, indexed, or sent on as a referrer.
    static func privateHeaders(contentType: String) -> HTTPFields {
        var fields: HTTPFields = [.contentType: contentType, .cacheControl: "no-store"]
        if let robots = HTTPField.Name("X-Robots-Tag"), let referrer = HTTPField.Name("Referrer-Policy") {
            fields[robots] = "noindex"
            fields[referrer] = "no-referrer"
        }
        return fields
    }

    // MARK: The day

    /// The UTC calendar day of `date` (the day `InsightsController.day` writes), worked out from the
    /// days since 1970 rather than with a date formatter, which cost more than a millisecond of
    /// every diagnosis. Civil-from-days after H. Hinnant's proleptic Gregorian algorithm.
    static func utcDay(_ date: Date) -> CalendarDate? {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        let shifted = days + 719_468  // days since 0000-03-01
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153  // March is 0
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return CalendarDate(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    // MARK: Parameters

    /// A true/false query parameter (absent is false).
    static func flag(_ request: Request, _ name: String) throws -> Bool {
        guard let text = request.uri.queryParameters[Substring(name)].map(String.init) else { return false }
        switch text.lowercased() {
        case "true", "1", "yes", "": return true
        case "false", "0", "no": return false
        default: throw APIError.invalidParameter(name, String(text.prefix(32)), expected: "true or false")
        }
    }

    /// The `provider` query parameter: the provider-scoped view (courses from that provider only).
    static func provider(_ request: Request) throws -> ProviderID? {
        guard let text = request.uri.queryParameters["provider"].map(String.init), !text.isEmpty else { return nil }
        guard let id = ProviderID(rawValue: text) else { throw APIError.invalidParameter("provider", String(text.prefix(64)), expected: ProviderID.rule) }
        return id
    }

    static func unavailable(_ message: String) -> APIError {
        APIError(.serviceUnavailable, code: "unavailable", message: message)
    }
}
