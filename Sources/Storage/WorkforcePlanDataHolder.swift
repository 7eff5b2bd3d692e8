public import Domain
import Foundation
import GRDB

// MARK: - An employer's workforce plans

/// Exports and erases an employer organisation's workforce plans with every version.
public struct WorkforcePlanDataHolder: OrganisationDataHolder {
    let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    public var module: String { "workforce-plans" }

    /// One exported plan: its consent and every version, each with the plan JSON as it was saved.
    public struct Plan: Encodable, Sendable {
        public var id: Int64
        public var name: String
        public var shareDemand: Bool
        public var shareConsentAt: String?
        public var createdAt: String
        public var updatedAt: String
        public var versions: [Version]
    }

    /// One exported version.
    public struct Version: Encodable, Sendable {
        public var number: Int
        public var parent: Int?
        public var baselineDate: String
        public var note: String?
        public var savedAt: String
        public var plan: RawJSON
    }

    public func exportData(of organisation: Organisation) async throws -> (any Encodable & Sendable)? {
        // One read transaction, so the export is a consistent snapshot even while the employer edits.
        let plans: [Plan] = try await database.dbWriter.read { db in
            let planRows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, name, share_demand, share_consent_at, created_at, updated_at
                    FROM workforce_plan WHERE organisation_id = ? ORDER BY id
                    """,
                arguments: [organisation.id.rawValue])
            return try planRows.map { row in
                let versions = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT version, parent_version, baseline_date, note, saved_at, content
                        FROM workforce_plan_version WHERE plan_id = ? ORDER BY version
                        """,
                    arguments: [row["id"] as Int64]
                ).map { version in
                    Version(
                        number: version["version"], parent: version["parent_version"], baselineDate: version["baseline_date"], note: version["note"],
                        savedAt: version["saved_at"], plan: RawJSON(version["content"]))
                }
                return Plan(
                    id: row["id"], name: row["name"], shareDemand: row["share_demand"], shareConsentAt: row["share_consent_at"],
                    createdAt: row["created_at"], updatedAt: row["updated_at"], versions: versions)
            }
        }
        return plans.isEmpty ? nil : plans
    }

    public func deleteData(of organisation: Organisation) async throws -> Int {
        try await database.dbWriter.write { db in
            try db.execute(sql: "DELETE FROM workforce_plan WHERE organisation_id = ?", arguments: [organisation.id.rawValue])
            return db.changesCount
        }
    }
}
