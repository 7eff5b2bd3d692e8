public import Domain
import Foundation
import GRDB

// MARK: - Workforce plans, scoped per organisation

extension AppDatabase: WorkforcePlanRepository {
    public func planStore(for organisation: OrganisationID) -> any WorkforcePlanStore {
        OrganisationPlanStore(database: self, organisation: organisation)
    }

    public func owner(ofPlan id: Int64) async throws -> OrganisationID? {
        try await dbWriter.read { db in
            try String.fetchOne(db, sql: "SELECT organisation_id FROM workforce_plan WHERE id = ?", arguments: [id])
        }.flatMap(OrganisationID.init(rawValue:))
    }

    public func sharedPlans() async throws -> [SharedPlanContent] {
        try await dbWriter.read { db in
            // Per organisation, the consenting plan changed most recently, with its newest version.
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT p.organisation_id, p.id, v.content
                    FROM workforce_plan p
                    JOIN workforce_plan_version v ON v.plan_id = p.id AND v.version = p.latest_version
                    WHERE p.share_demand = 1
                      AND p.id = (
                        SELECT q.id FROM workforce_plan q
                        WHERE q.organisation_id = p.organisation_id AND q.share_demand = 1
                        ORDER BY q.updated_at DESC, q.id DESC LIMIT 1)
                    ORDER BY p.organisation_id
                    """)
            return rows.compactMap { row in
                OrganisationID(rawValue: row["organisation_id"]).map { SharedPlanContent(organisationID: $0, planID: row["id"], content: row["content"]) }
            }
        }
    }
}

/// A `WorkforcePlanStore` that sees one organisation's plans: every statement filters on its id, so
/// another organisation's plan is indistinguishable from a missing one. Each call is one transaction.
struct OrganisationPlanStore: WorkforcePlanStore {
    let database: AppDatabase
    let organisation: OrganisationID

    private static let planColumns = "id, organisation_id, name, latest_version, share_demand, share_consent_at, created_at, updated_at"

    func createPlan(_ first: PlanVersionInput) async throws -> StoredPlan {
        guard first.number == 1 else { throw PlanStoreError.versionConflict(planID: 0, latest: 0, attempted: first.number) }
        let now = PayloadCoding.timestamp()
        return try await database.dbWriter.write { db in
            try db.execute(
                sql: """
                    INSERT INTO workforce_plan (organisation_id, name, latest_version, share_demand, created_at, updated_at)
                    VALUES (?, ?, 1, 0, ?, ?)
                    """,
                arguments: [organisation.rawValue, first.name, now, now])
            let id = db.lastInsertedRowID
            try Self.insertVersion(db, planID: id, first, parent: nil, savedAt: now)
            CrashTestHook.pauseBeforeCommitIfAsked()
            return try Self.requirePlan(db, id: id, organisation: organisation)
        }
    }

    func saveVersion(planID: Int64, _ version: PlanVersionInput) async throws -> StoredPlan {
        let now = PayloadCoding.timestamp()
        return try await database.dbWriter.write { db in
            let current = try Self.requirePlan(db, id: planID, organisation: organisation)
            guard version.number == current.latestVersion + 1 else {
                throw PlanStoreError.versionConflict(planID: planID, latest: current.latestVersion, attempted: version.number)
            }
            try Self.insertVersion(db, planID: planID, version, parent: current.latestVersion, savedAt: now)
            try db.execute(
                sql: "UPDATE workforce_plan SET latest_version = ?, name = ?, updated_at = ? WHERE id = ? AND organisation_id = ?",
                arguments: [version.number, version.name, now, planID, organisation.rawValue])
            CrashTestHook.pauseBeforeCommitIfAsked()
            return try Self.requirePlan(db, id: planID, organisation: organisation)
        }
    }

    func plan(id: Int64) async throws -> StoredPlan? {
        try await database.dbWriter.read { db in try Self.fetchPlan(db, id: id, organisation: organisation) }
    }

    func plans() async throws -> [StoredPlan] {
        try await database.dbWriter.read { db in
            try Row.fetchAll(
                db, sql: "SELECT \(Self.planColumns) FROM workforce_plan WHERE organisation_id = ? ORDER BY id", arguments: [organisation.rawValue]
            ).compactMap(Self.plan)
        }
    }

    func versions(planID: Int64) async throws -> [StoredPlanVersion] {
        try await database.dbWriter.read { db in
            _ = try Self.requirePlan(db, id: planID, organisation: organisation)
            return try Row.fetchAll(
                db,
                sql: "SELECT plan_id, version, parent_version, baseline_date, note, saved_at FROM workforce_plan_version WHERE plan_id = ? ORDER BY version",
                arguments: [planID]
            ).map { Self.version($0, content: nil) }
        }
    }

    func version(planID: Int64, number: Int?) async throws -> StoredPlanVersion? {
        try await database.dbWriter.read { db in
            guard let plan = try Self.fetchPlan(db, id: planID, organisation: organisation) else { return nil }
            return try Row.fetchOne(
                db,
                sql: """
                    SELECT plan_id, version, parent_version, baseline_date, note, saved_at, content
                    FROM workforce_plan_version WHERE plan_id = ? AND version = ?
                    """,
                arguments: [planID, number ?? plan.latestVersion]
            ).map { Self.version($0, content: $0["content"]) }
        }
    }

    func setShareDemand(planID: Int64, _ share: Bool) async throws -> StoredPlan {
        let now = PayloadCoding.timestamp()
        return try await database.dbWriter.write { db in
            _ = try Self.requirePlan(db, id: planID, organisation: organisation)
            try db.execute(
                sql: "UPDATE workforce_plan SET share_demand = ?, share_consent_at = ?, updated_at = ? WHERE id = ? AND organisation_id = ?",
                arguments: [share, share ? now : nil, now, planID, organisation.rawValue])
            return try Self.requirePlan(db, id: planID, organisation: organisation)
        }
    }

    func deletePlan(id: Int64) async throws -> Bool {
        try await database.dbWriter.write { db in
            try db.execute(sql: "DELETE FROM workforce_plan WHERE id = ? AND organisation_id = ?", arguments: [id, organisation.rawValue])
            return db.changesCount > 0
        }
    }

    // MARK: Rows

    private static func insertVersion(_ db: Database, planID: Int64, _ version: PlanVersionInput, parent: Int?, savedAt: String) throws {
        try db.execute(
            sql: """
                INSERT INTO workforce_plan_version (plan_id, version, parent_version, baseline_date, note, content, saved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [planID, version.number, parent, version.baselineDate, version.note, version.content, savedAt])
    }

    private static func fetchPlan(_ db: Database, id: Int64, organisation: OrganisationID) throws -> StoredPlan? {
        try Row.fetchOne(
            db, sql: "SELECT \(planColumns) FROM workforce_plan WHERE id = ? AND organisation_id = ?", arguments: [id, organisation.rawValue]
        ).flatMap(plan)
    }

    private static func requirePlan(_ db: Database, id: Int64, organisation: OrganisationID) throws -> StoredPlan {
        guard let plan = try fetchPlan(db, id: id, organisation: organisation) else { throw PlanStoreError.notFound(id) }
        return plan
    }

    private static func plan(_ row: Row) -> StoredPlan? {
        OrganisationID(rawValue: row["organisation_id"]).map {
            StoredPlan(
                id: row["id"], organisationID: $0, name: row["name"], latestVersion: row["latest_version"], shareDemand: row["share_demand"],
                shareConsentAt: row["share_consent_at"], createdAt: row["created_at"], updatedAt: row["updated_at"])
        }
    }

    private static func version(_ row: Row, content: Data?) -> StoredPlanVersion {
        StoredPlanVersion(
            planID: row["plan_id"], number: row["version"], parent: row["parent_version"], baselineDate: row["baseline_date"], note: row["note"],
            savedAt: row["saved_at"], content: content)
    }
}
