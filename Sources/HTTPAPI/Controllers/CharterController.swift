import Charters
import Domain
import Foundation
import Hummingbird
import NIOCore
import Storage

// MARK: - Good Employment Charter

/// Charter frameworks (open), the public list of charter employers (open), an employer's opt-in to
/// that list, and an employer's self-assessments: start, answer in any order, submit, read the result
/// and the HTML report.
///
/// Assessment routes use `Access.employerResource`: only the employer that owns the assessment gets
/// past the middleware, and handlers then work through a store scoped to that employer.
struct CharterController {
    let library: CharterLibrary
    let charters: (any CharterAssessmentRepository)?
    let accounts: any AccountStore
    /// The catalogue, for course suggestions in action plans (computed when a result is read, so they
    /// follow the current provision).
    let courses: (any CatalogueStore)?
    let jsonLimits: JSONLimits
    let bodyDeadline: Swift.Duration
    let now: @Sendable () -> Date
    let report: HTMLReport

    init(
        library: CharterLibrary, charters: (any CharterAssessmentRepository)?, accounts: any AccountStore,
        courses: (any CatalogueStore)? = nil, jsonLimits: JSONLimits,
        bodyDeadline: Swift.Duration, now: @escaping @Sendable () -> Date
    ) throws {
        self.library = library
        self.charters = charters
        self.accounts = accounts
        self.courses = courses
        self.jsonLimits = jsonLimits
        self.bodyDeadline = bodyDeadline
        self.now = now
        self.report = try HTMLReport()
    }

    var engine: CharterEngine { CharterEngine(library: library) }

    func addRoutes(to routes: SecureRoutes) {
        routes.get("/charters", access: .open, use: list)
        routes.get("/charters/:id/versions/:v", access: .open, use: version)
        routes.get("/charter-employers", access: .open, use: publicList)
        routes.put("/charter-employers/:org", access: .employer(parameter: "org"), use: publish)
        routes.post("/assessments", access: .anyEmployer, use: start)
        let owner = Access.employerResource(.charterAssessment, parameter: "id")
        routes.put("/assessments/:id/answers/:criterionId", access: owner, use: answer)
        routes.post("/assessments/:id/submit", access: owner, use: submit)
        routes.get("/assessments/:id/result", access: owner, use: result)
        routes.get("/assessments/:id/report.html", access: owner, use: reportPage)
    }

    // MARK: Frameworks

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<CharterWire.FrameworkList> {
        JSONResponse(
            CharterWire.FrameworkList(
                charters: library.frameworkIDs.compactMap { id in
                    let versions = library.versions(of: id)
                    guard let newest = versions.last else { return nil }
                    return CharterWire.FrameworkSummary(
                        id: id, name: newest.name, owner: newest.owner, summary: newest.summary,
                        latest: versions.last { $0.status == .published }?.version,
                        versions: versions.map {
                            CharterWire.Version(
                                version: $0.version, status: $0.status.rawValue, effectiveFrom: $0.effectiveFrom.description,
                                effectiveTo: $0.effectiveTo?.description, criteria: $0.criteria.count, tiers: $0.tiers.map(\.code))
                        })
                }))
    }

    @Sendable func version(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<CharterFramework> {
        let id = context.parameters.get("id") ?? ""
        let version = context.parameters.get("v") ?? ""
        guard let framework = library.framework(id, version: version) else { throw APIError.notFound("Charter \(id.prefix(64)) version \(version.prefix(32))") }
        return JSONResponse(framework)
    }

    // MARK: Public list

    @Sendable func publicList(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<CharterWire.EmployerList> {
        var employers: [CharterWire.ListedEmployer] = []
        let today = CharterDate(ISO8601DateFormatter.string(from: now(), timeZone: .gmt, formatOptions: [.withFullDate]))
        for listing in try await charters?.listedEmployers() ?? [] {
            guard let tier = listing.tierReached, let organisation = try await accounts.organisation(id: listing.organisationID),
                organisation.kind == .employer
            else { continue }
            let framework = library.framework(listing.frameworkID, version: listing.frameworkVersion)
            // A tier whose validity has run out since the assessment is no longer shown.
            if let months = framework?.tier(tier)?.validityMonths, let asOf = CharterDate(listing.asOf), let today,
                asOf.adding(months: months) < today
            { continue }
            employers.append(
                CharterWire.ListedEmployer(
                    name: organisation.name, framework: listing.frameworkID, frameworkName: framework?.name ?? listing.frameworkID, tier: tier,
                    tierLabel: framework?.tier(tier)?.label ?? tier, asOf: listing.asOf))
        }
        return JSONResponse(CharterWire.EmployerList(employers: employers.sorted { ($0.name, $0.framework) < ($1.name, $1.framework) }))
    }

    @Sendable func publish(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<CharterWire.Publication> {
        guard let employer = context.scope.employer, let charters else { throw APIError.resourceNotFound(request) }
        let input = try await request.decodeJSON(CharterWire.Publication.self, context: context, limits: jsonLimits, deadline: bodyDeadline)
        try await charters.setListed(input.listed, organisation: employer)
        context.auditNote.detail = input.listed ? "opted in to the public list" : "opted out of the public list"
        return JSONResponse(input)
    }

    // MARK: Assessments

    @Sendable func start(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<CharterWire.ResultBody> {
        let service = try assessments(request, context)
        let input = try await request.decodeJSON(CharterWire.NewAssessment.self, context: context, limits: jsonLimits, deadline: bodyDeadline)
        let asOfText = input.asOf ?? ISO8601DateFormatter.string(from: now(), timeZone: .gmt, formatOptions: [.withFullDate])
        guard let asOf = CharterDate(asOfText) else { throw Self.invalid("$.asOf", "\"\(asOfText.prefix(32))\" is not a date (yyyy-MM-dd).") }
        let name = (input.employer.name ?? context.scope.caller?.organisation.name ?? "").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 200 else { throw Self.invalid("$.employer.name", "The employer needs a name of at most 200 characters.") }
        guard (1...10_000_000).contains(input.employer.headcount) else {
            throw Self.invalid("$.employer.headcount", "\(input.employer.headcount) is not a headcount (1 to 10,000,000).")
        }
        var answers = AssessmentAnswers(
            framework: input.framework, version: input.version, status: .draft, asOf: asOf,
            employer: Employer(name: name, headcount: input.employer.headcount, london: input.employer.london ?? false, sector: input.employer.sector),
            declarations: input.declarations ?? [:], accreditations: input.accreditations ?? [])
        let (framework, result) = try Self.engineCall {
            let framework = try engine.pin(answers, asOf: asOf)
            answers.version = framework.version
            return (framework, try engine.assess(answers, asOf: asOf))
        }
        let record = try await service.store.createAssessment(
            CharterAssessmentRecord(
                employerID: service.employer.rawValue, frameworkID: framework.id, frameworkVersion: framework.version,
                frameworkDigest: library.digests[framework.key], asOf: asOf.description, answersJSON: try Self.encoder.encode(answers),
                resultJSON: try Self.encoder.encode(result)))
        context.auditNote.detail = "assessment \(record.id ?? 0) started on \(framework.key)"
        return JSONResponse(CharterWire.ResultBody(assessment: .init(record), result: result), status: .created)
    }

    @Sendable func answer(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<CharterWire.SavedAnswer> {
        let service = try assessments(request, context)
        let (id, row) = try await assessment(request, context, service)
        let criterionID = context.parameters.get("criterionId") ?? ""
        let answer = try await request.decodeJSON(Answer.self, context: context, limits: jsonLimits, deadline: bodyDeadline)
        guard row.status == .draft else { throw Self.notDraft(id, row.status) }
        guard let framework = library.framework(row.frameworkID, version: row.frameworkVersion), framework.criterion(criterionID) != nil else {
            throw APIError(
                .unprocessableContent, code: "unknown-criterion",
                message: "\(row.frameworkID)@\(row.frameworkVersion) has no criterion \"\(criterionID.prefix(64))\"; nothing was saved.",
                details: .object(["criterion": .string(String(criterionID.prefix(64)))]))
        }
        var answers = try Self.answers(row)
        answers.set(criterionID, answer)
        let asOf = try Self.asOf(row)
        let trial = try Self.engineCall { try engine.assess(answers, asOf: asOf) }
        let rejected = trial.issues.filter { $0.criterion == criterionID && $0.severity == .error }
        guard rejected.isEmpty else {
            context.auditNote.detail = "assessment \(id): answer to \(criterionID) rejected"
            throw APIError(
                .unprocessableContent, code: "answer-rejected",
                message: "Nothing was saved. " + rejected.map(\.description).joined(separator: " "),
                details: .object(["criterion": .string(criterionID), "issues": .value(rejected)]))
        }
        let result = try await Self.storeCall { try await service.saveDraft(id: id, answers: answers, asOf: asOf) }
        guard let criterion = result.criterion(criterionID), let saved = try await service.store.assessment(id: id) else {
            throw APIError.resourceNotFound(request)
        }
        context.auditNote.detail = "assessment \(id): answered \(criterionID)"
        return JSONResponse(
            CharterWire.SavedAnswer(
                assessment: .init(saved), criterion: criterion, warnings: result.issues.filter { $0.criterion == criterionID },
                answered: result.answers.answers.count, criteria: result.criteria.count))
    }

    @Sendable func submit(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<CharterWire.ResultBody> {
        let service = try assessments(request, context)
        let (id, row) = try await assessment(request, context, service)
        guard row.status == .draft else { throw Self.notDraft(id, row.status) }
        let answers = try Self.answers(row)
        let result: AssessmentResult
        do {
            result = try await Self.storeCall { try await service.submit(id: id, answers: answers, asOf: try Self.asOf(row)) }
        } catch let rejected as CharterAssessments.Rejected {
            context.auditNote.detail = "assessment \(id): submission rejected (\(rejected.issues.count) issues)"
            let first = rejected.issues.first.map { " First: \($0.description)" } ?? ""
            throw APIError(
                .unprocessableContent, code: "assessment-rejected",
                message: "Nothing was submitted: \(rejected.issues.count) answer problem(s) must be fixed.\(first)",
                details: .object(["issues": .value(rejected.issues)]))
        }
        guard let saved = try await service.store.assessment(id: id) else { throw APIError.resourceNotFound(request) }
        context.auditNote.detail = "assessment \(id) submitted: tier \(result.tierReached ?? "none")"
        return JSONResponse(
            CharterWire.ResultBody(assessment: .init(saved), result: try await withCourses(result), comparison: try await service.compareWithPrevious(id: id)))
    }

    @Sendable func result(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<CharterWire.ResultBody> {
        let service = try assessments(request, context)
        let (id, row) = try await assessment(request, context, service)
        let comparison = row.status == .draft ? nil : try await service.compareWithPrevious(id: id)
        return JSONResponse(CharterWire.ResultBody(assessment: .init(row), result: try await withCourses(try storedResult(row)), comparison: comparison))
    }

    @Sendable func reportPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let service = try assessments(request, context)
        let (_, row) = try await assessment(request, context, service)
        let page = report.render(try await withCourses(try storedResult(row)))
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    // MARK: Helpers

    /// The use cases over the store scoped to the caller's organisation.
    private func assessments(_ request: Request, _ context: AppRequestContext) throws -> ScopedAssessments {
        guard let employer = context.scope.employer, let charters else { throw APIError.resourceNotFound(request) }
        return ScopedAssessments(employer: employer, service: CharterAssessments(engine: engine, store: charters.store(for: employer)))
    }

    /// The assessment named in the path, from the scoped store (another employer's reads as missing).
    private func assessment(_ request: Request, _ context: AppRequestContext, _ service: ScopedAssessments) async throws -> (Int64, CharterAssessmentRecord) {
        guard let id = context.parameters.get("id").flatMap(Int64.init), let row = try await service.store.assessment(id: id) else {
            throw APIError.resourceNotFound(request)
        }
        return (id, row)
    }

    /// The result with catalogue courses added to the action items that are about skills.
    private func withCourses(_ result: AssessmentResult) async throws -> AssessmentResult {
        guard let courses else { return result }
        var result = result
        try await ActionPlanner.addCourses(to: &result.actionPlan, using: CatalogueCourseSuggester(store: courses, today: result.asOf.description))
        return result
    }

    private func storedResult(_ row: CharterAssessmentRecord) throws -> AssessmentResult {
        if let data = row.resultJSON { return try JSONDecoder().decode(AssessmentResult.self, from: data) }
        let answers = try Self.answers(row)
        return try Self.engineCall { try engine.assess(answers, asOf: try Self.asOf(row)) }
    }

    private static func answers(_ row: CharterAssessmentRecord) throws -> AssessmentAnswers {
        try JSONDecoder().decode(AssessmentAnswers.self, from: row.answersJSON)
    }

    private static func asOf(_ row: CharterAssessmentRecord) throws -> CharterDate {
        guard let date = CharterDate(row.asOf) else { throw APIError(.internalServerError, code: "internal", message: "The stored assessment is damaged.") }
        return date
    }

    /// Runs engine work, answering 422 with the engine's explanation when the assessment cannot be taken.
    private static func engineCall<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let failure as CharterEngine.Failure {
            throw APIError(.unprocessableContent, code: "invalid-assessment", message: failure.description)
        }
    }

    /// Runs store work, answering 409 for an assessment that is no longer a draft.
    private static func storeCall<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let failure as CharterEngine.Failure {
            throw APIError(.unprocessableContent, code: "invalid-assessment", message: failure.description)
        } catch CharterStoreError.notDraft(let id, let status) {
            throw notDraft(id, status)
        } catch CharterAssessmentStorageError.notDraft(let id, let status) {
            throw notDraft(id, CharterAssessmentRecord.Status(rawValue: status) ?? .submitted)
        }
    }

    private static func notDraft(_ id: Int64, _ status: CharterAssessmentRecord.Status) -> APIError {
        APIError(.conflict, code: "not-draft", message: "Assessment \(id) is \(status.rawValue); only drafts can change. Start a new assessment to re-assess.")
    }

    private static func invalid(_ path: String, _ message: String) -> APIError {
        APIError(.badRequest, code: "invalid-body", message: "\(path): \(message)", details: .object(["path": .string(path)]))
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
}

/// `CharterAssessments` over one employer's scoped store.
struct ScopedAssessments {
    let employer: OrganisationID
    let service: CharterAssessments

    var store: any CharterAssessmentStore { service.store }

    func saveDraft(id: Int64, answers: AssessmentAnswers, asOf: CharterDate) async throws -> AssessmentResult {
        try await service.saveDraft(id: id, answers: answers, asOf: asOf)
    }

    func submit(id: Int64, answers: AssessmentAnswers, asOf: CharterDate) async throws -> AssessmentResult {
        try await service.submit(id: id, answers: answers, asOf: asOf)
    }

    func compareWithPrevious(id: Int64) async throws -> AssessmentComparison? {
        try await service.compareWithPrevious(id: id)
    }
}
