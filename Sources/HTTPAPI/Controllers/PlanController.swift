import Domain
import Foundation
import Hummingbird
import NIOCore
import WorkforcePlanning

// MARK: - Workforce plans and aggregated demand

/// An employer's workforce plans (create, list, read, save a new version, delete, versions, compare,
/// consent to share demand, projection, HTML report, CSV export, training for skill gaps) and the
/// aggregated, suppressed demand across consenting plans for partners, providers and admins.
///
/// Plan routes use `Access.employerResource(.plan, …)`: only the employer that owns the plan gets past
/// the middleware, and handlers then work through a store scoped to that employer, so another
/// organisation's plan answers exactly like a missing one.
struct PlanController {
    let plans: (any WorkforcePlanRepository)?
    let resolver: (any OccupationResolving)?
    let provision: (any SkillProvisionFinding)?
    /// Finds roles' IfATE routes for the route demand figures.
    let routes: (any OccupationRouting)?
    let jsonLimits: JSONLimits
    let bodyDeadline: Swift.Duration
    let now: @Sendable () -> Date

    /// The largest number of simulation runs a projection request may ask for.
    static let maxRuns = 5_000
    /// The largest plan body: room for a 249-person employer listing everyone with skills.
    static let maxPlanBytes = 512 * 1024

    func addRoutes(to routes: SecureRoutes) {
        routes.post("/plans", access: .anyEmployer, bodyLimit: Self.maxPlanBytes, use: create)
        routes.get("/plans", access: .anyEmployer, use: list)
        let owner = Access.employerResource(.plan, parameter: "id")
        routes.get("/plans/:id", access: owner, use: read)
        routes.put("/plans/:id", access: owner, bodyLimit: Self.maxPlanBytes, use: update)
        routes.delete("/plans/:id", access: owner, use: remove)
        routes.get("/plans/:id/versions", access: owner, use: versions)
        routes.get("/plans/:id/compare", access: owner, use: compare)
        routes.put("/plans/:id/consent", access: owner, use: consent)
        routes.post("/plans/:id/projection", access: owner, use: projection)
        routes.get("/plans/:id/report.html", access: owner, use: report)
        routes.get("/plans/:id/export.csv", access: owner, use: export)
        routes.get("/plans/:id/training", access: owner, use: training)
        let demandReaders = Access.kinds([.partner, .provider, .admin])
        routes.get("/demand/skills", access: demandReaders, audited: true, use: demandSkills)
        routes.get("/demand/gaps", access: demandReaders, audited: true, use: demandGaps)
    }

    // MARK: Plans

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<PlanWire.PlanBody> {
        let store = try scopedStore(request, context)
        let today = try today()
        let query = request.uri.queryParameters
        var plan: WorkforcePlan
        if let template = query["template"].map(String.init) {
            let asOf = try query["asOf"].map { text in
                guard let date = PlanDate(String(text)) else { throw APIError.invalidParameter("asOf", String(text.prefix(32)), expected: "a date yyyy-MM-dd") }
                return date
            } ?? today
            guard let made = PlanTemplates.make(template, asOf: asOf) else {
                throw APIError.invalidParameter("template", String(template.prefix(64)), expected: PlanTemplates.all.map(\.name).joined(separator: ", "))
            }
            plan = made
            if let name = context.scope.caller?.organisation.name { plan.organisation.name = name }
        } else {
            plan = try await planBody(request, context)
        }
        plan.version = PlanVersion(number: 1, savedOn: today, note: plan.version.note)
        let (resolved, unresolved) = try await resolveOccupations(plan)
        let stored = try await Self.storeCall { try await store.createPlan(try Self.input(resolved)) }
        context.auditNote.detail = "plan \(stored.id) created (version 1)"
        return JSONResponse(PlanWire.PlanBody(plan: .init(stored), version: 1, content: resolved, unresolvedRoles: unresolved), status: .created)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<PlanWire.PlanList> {
        let store = try scopedStore(request, context)
        return JSONResponse(PlanWire.PlanList(plans: try await store.plans().map(PlanWire.Summary.init)))
    }

    @Sendable func read(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<PlanWire.PlanBody> {
        let (store, id) = try await owned(request, context)
        let number = try Self.intParameter(request, "version", range: 1...1_000_000)
        let (summary, version, plan) = try await load(request, store, id, version: number)
        return JSONResponse(PlanWire.PlanBody(plan: .init(summary), version: version, content: plan))
    }

    /// Saves the body as the next version. The body's `version.number` names the version it was edited
    /// from; when that is no longer the latest, nothing is saved (409), so no one's change is lost.
    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<PlanWire.PlanBody> {
        let (store, id) = try await owned(request, context)
        guard let current = try await store.plan(id: id) else { throw APIError.resourceNotFound(request) }
        var plan = try await planBody(request, context)
        guard plan.version.number == current.latestVersion else {
            throw Self.conflict(PlanStoreError.versionConflict(planID: id, latest: current.latestVersion, attempted: plan.version.number + 1))
        }
        plan.version = PlanVersion(number: current.latestVersion + 1, parent: current.latestVersion, savedOn: try today(), note: plan.version.note)
        let (resolved, unresolved) = try await resolveOccupations(plan)
        let stored = try await Self.storeCall { try await store.saveVersion(planID: id, try Self.input(resolved)) }
        context.auditNote.detail = "plan \(id) saved as version \(stored.latestVersion)"
        return JSONResponse(PlanWire.PlanBody(plan: .init(stored), version: stored.latestVersion, content: resolved, unresolvedRoles: unresolved))
    }

    @Sendable func remove(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<PlanWire.Deleted> {
        let (store, id) = try await owned(request, context)
        guard try await store.deletePlan(id: id) else { throw APIError.resourceNotFound(request) }
        context.auditNote.detail = "plan \(id) deleted with all its versions"
        return JSONResponse(PlanWire.Deleted(deleted: true))
    }

    @Sendable func versions(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<PlanWire.VersionList> {
        let (store, id) = try await owned(request, context)
        let list = try await Self.storeCall { try await store.versions(planID: id) }
        return JSONResponse(PlanWire.VersionList(plan: id, versions: list.map(PlanWire.VersionInfo.init)))
    }

    /// Compares two versions (`from` and `to`, default the one before the latest and the latest).
    @Sendable func compare(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<PlanComparison> {
        let (store, id) = try await owned(request, context)
        guard let summary = try await store.plan(id: id) else { throw APIError.resourceNotFound(request) }
        let to = try Self.intParameter(request, "to", range: 1...summary.latestVersion) ?? summary.latestVersion
        let from = try Self.intParameter(request, "from", range: 1...summary.latestVersion) ?? max(1, to - 1)
        let (_, _, earlier) = try await load(request, store, id, version: from)
        let (_, _, later) = try await load(request, store, id, version: to)
        return JSONResponse(PlanComparison(from: earlier, to: later))
    }

    @Sendable func consent(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<PlanWire.Summary> {
        let (store, id) = try await owned(request, context)
        let input = try await request.decodeJSON(PlanWire.Consent.self, context: context, limits: jsonLimits, deadline: bodyDeadline)
        let stored = try await Self.storeCall { try await store.setShareDemand(planID: id, input.shareDemand) }
        context.auditNote.detail = input.shareDemand ? "plan \(id): consent to share aggregated demand given" : "plan \(id): consent withdrawn"
        return JSONResponse(PlanWire.Summary(stored))
    }

    // MARK: What the plan says

    @Sendable func projection(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<PlanWire.ProjectionBody> {
        let (store, id) = try await owned(request, context)
        let input = try await request.decodeJSON(PlanWire.ProjectionRequest.self, context: context, limits: jsonLimits, deadline: bodyDeadline)
        let runs = input.runs ?? 2000
        guard (1...Self.maxRuns).contains(runs) else {
            throw APIError(.badRequest, code: "invalid-body", message: "$.runs: must be from 1 to \(Self.maxRuns).", details: .object(["path": .string("$.runs")]))
        }
        var (_, version, plan) = try await load(request, store, id, version: nil)
        var scenarioName: String?
        switch input.scenario {
        case .named(let name): scenarioName = name
        case .custom(let scenario):
            plan.scenarios.removeAll { $0.name == scenario.name }
            plan.scenarios.append(scenario)
            scenarioName = scenario.name
            if let issue = try? Self.validationIssues(plan).first {
                throw APIError(.unprocessableContent, code: "invalid-scenario", message: "$.scenario: \(issue.description)")
            }
        case nil: break
        }
        let (projection, simulation) = try Self.engineCall { (try plan.project(scenario: scenarioName), try plan.simulate(scenario: scenarioName, runs: runs)) }
        return JSONResponse(PlanWire.ProjectionBody(plan: id, version: version, projection: projection, simulation: simulation))
    }

    @Sendable func report(_ request: Request, context: AppRequestContext) async throws -> Response {
        let report = try await planReport(request, context)
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: report.html())))
    }

    @Sendable func export(_ request: Request, context: AppRequestContext) async throws -> Response {
        let report = try await planReport(request, context)
        let id = context.parameters.get("id") ?? "plan"
        return Response(
            status: .ok,
            headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"plan-\(id)-v\(report.version).csv\""],
            body: .init(byteBuffer: ByteBuffer(string: report.csv())))
    }

    /// Courses from the catalogue for each skill gap at the horizon, honouring the plan's delivery preferences.
    @Sendable func training(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<PlanWire.TrainingBody> {
        let (store, id) = try await owned(request, context)
        let (_, version, plan) = try await load(request, store, id, version: nil)
        let preferences = plan.effectiveTrainingPreferences
        let finder = provision.map { PreferenceTrainingFinder(provision: $0) }
        let gaps = try await PlanAdvisor(resolver: nil, courses: finder).trainingForGaps(in: plan, preferences: preferences)
        return JSONResponse(PlanWire.TrainingBody(plan: id, version: version, preferences: preferences, gaps: gaps))
    }

    // MARK: Demand

    @Sendable func demandSkills(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<DemandTable> {
        let summary = try await demand()
        context.auditNote.detail = "aggregated demand read: \(summary.table.cells.count) figures, \(summary.table.suppressedGroups) suppressed"
        return JSONResponse(summary.table)
    }

    @Sendable func demandGaps(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<ProvisionGapTable> {
        let summary = try await demand()
        let table: ProvisionGapTable
        if let provision {
            table = try await summary.provisionGaps(using: provision)
        } else {
            table = ProvisionGapTable(skills: [], rules: summary.table.rules)
        }
        context.auditNote.detail = "provision gaps read: \(table.skills.count) skills"
        return JSONResponse(table)
    }

    /// Demand across consenting plans. Each organisation counts once, under an opaque key.
    private func demand() async throws -> DemandSummary {
        var contributions: [DemandSummary.Contribution] = []
        for (index, shared) in try await (plans?.sharedPlans() ?? []).enumerated() {
            guard let plan = try? PlanLoader.load(shared.content) else { continue }
            contributions.append(DemandSummary.Contribution(employer: "employer-\(index)", plan: plan))
        }
        return DemandSummary(contributions, routes: routes)
    }

    // MARK: Helpers

    private func scopedStore(_ request: Request, _ context: AppRequestContext) throws -> any WorkforcePlanStore {
        guard let employer = context.scope.employer, let plans else { throw APIError.resourceNotFound(request) }
        return plans.planStore(for: employer)
    }

    /// The scoped store and the plan id named in the path.
    private func owned(_ request: Request, _ context: AppRequestContext) async throws -> (any WorkforcePlanStore, Int64) {
        let store = try scopedStore(request, context)
        guard let id = context.parameters.get("id").flatMap(Int64.init) else { throw APIError.resourceNotFound(request) }
        return (store, id)
    }

    /// A stored version decoded as a plan.
    private func load(
        _ request: Request, _ store: any WorkforcePlanStore, _ id: Int64, version: Int?
    ) async throws -> (StoredPlan, Int, WorkforcePlan) {
        guard let summary = try await store.plan(id: id), let stored = try await store.version(planID: id, number: version),
            let content = stored.content
        else { throw APIError.resourceNotFound(request) }
        do {
            return (summary, stored.number, try JSONDecoder().decode(WorkforcePlan.self, from: content))
        } catch {
            throw APIError(.internalServerError, code: "internal", message: "The stored plan is damaged.")
        }
    }

    private func planReport(_ request: Request, _ context: AppRequestContext) async throws -> PlanReport {
        let (store, id) = try await owned(request, context)
        let (_, _, plan) = try await load(request, store, id, version: try Self.intParameter(request, "version", range: 1...1_000_000))
        let scenario = request.uri.queryParameters["scenario"].map(String.init)
        var report = try Self.engineCall { try PlanReport(plan: plan, scenario: scenario, runs: 1000) }
        if let provision {
            report.training = try await PlanAdvisor(resolver: nil, courses: PreferenceTrainingFinder(provision: provision))
                .trainingForGaps(in: plan, preferences: plan.effectiveTrainingPreferences)
        }
        return report
    }

    /// Reads and validates a plan body: personal data refused, every problem located by JSON path (422).
    private func planBody(_ request: Request, _ context: AppRequestContext) async throws -> WorkforcePlan {
        let buffer = try await request.collectBody(context: context, deadline: bodyDeadline)
        let bytes = Array(buffer.readableBytesView)
        guard !bytes.isEmpty else { throw APIError(.badRequest, code: "empty-body", message: "Send the plan as a JSON object (see docs/workforce-plan.md).") }
        do {
            try JSONShapeCheck.check(bytes, limits: jsonLimits)
        } catch {
            throw APIError(.badRequest, code: error.reason.rawValue, message: "\(error.path): \(error.message)", details: .object(["path": .string(error.path)]))
        }
        do {
            return try PlanLoader.load(Data(bytes))
        } catch let error as PlanValidationError {
            throw APIError(
                .unprocessableContent, code: "invalid-plan", message: "Nothing was saved: \(error.issues.count) problem(s). \(error.issues.first?.description ?? "")",
                details: .object(["issues": .value(error.issues)]))
        }
    }

    private func resolveOccupations(_ plan: WorkforcePlan) async throws -> (WorkforcePlan, [String]) {
        guard let resolver else { return (plan, plan.roles.filter { $0.occupation == nil }.map(\.id)) }
        let result = try await PlanAdvisor(resolver: resolver, courses: nil).resolveOccupations(in: plan)
        return (result.plan, result.unresolved)
    }

    private func today() throws -> PlanDate {
        let text = ISO8601DateFormatter.string(from: now(), timeZone: .gmt, formatOptions: [.withFullDate])
        guard let date = PlanDate(text) else { throw APIError(.internalServerError, code: "internal", message: "The server's date is unusable.") }
        return date
    }

    private static func input(_ plan: WorkforcePlan) throws -> PlanVersionInput {
        PlanVersionInput(
            number: plan.version.number, baselineDate: plan.baselineDate.description, name: plan.organisation.name, note: plan.version.note,
            content: try PlanLoader.encode(plan))
    }

    private static func validationIssues(_ plan: WorkforcePlan) throws -> [PlanIssue] {
        do {
            _ = try PlanLoader.load(try PlanLoader.encode(plan))
            return []
        } catch let error as PlanValidationError {
            return error.issues
        }
    }

    private static func intParameter(_ request: Request, _ name: String, range: ClosedRange<Int>) throws -> Int? {
        guard let text = request.uri.queryParameters[Substring(name)].map(String.init) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw APIError.invalidParameter(name, String(text.prefix(32)), expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// Runs engine work, answering 422 when the plan cannot be projected (e.g. an unknown scenario).
    private static func engineCall<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as ProjectionError {
            throw APIError(.unprocessableContent, code: "invalid-projection", message: error.description)
        }
    }

    /// Runs store work, answering 409 for a version conflict.
    private static func storeCall<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let error as PlanStoreError {
            switch error {
            case .notFound: throw APIError.notFound("The plan")
            case .versionConflict: throw conflict(error)
            }
        }
    }

    private static func conflict(_ error: PlanStoreError) -> APIError {
        guard case .versionConflict(_, let latest, _) = error else { return APIError(.conflict, code: "version-conflict", message: error.description) }
        return APIError(
            .conflict, code: "version-conflict", message: "\(error.description) Send the plan with version.number \(latest) to save on top of it.",
            details: .object(["latestVersion": .number(Double(latest))]))
    }
}
