public import Domain
import Foundation
import GRDB

// MARK: - Charter assessments, scoped per organisation

/// Why the database refused a charter assessment change. Nothing was written.
public enum CharterAssessmentStorageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No assessment with this id belongs to the organisation the store is scoped to.
    case notFound(Int64)
    /// The assessment is no longer a draft.
    case notDraft(id: Int64, status: String)
    /// The record names another organisation than the store's.
    case wrongOrganisation(String)

    public var description: String {
        switch self {
        case .notFound(let id): "There is no assessment \(id)."
        case .notDraft(let id, let status): "Assessment \(id) is \(status); only drafts can change."
        case .wrongOrganisation(let id): "The assessment names organisation \(id), not the store's."
        }
    }
}

extension AppDatabase: CharterAssessmentRepository {
    public func store(for organisation: OrganisationID) -> any CharterAssessmentStore {
        OrganisationCharterStore(database: self, organisation: organisation)
    }

    public func owner(ofAssessment id: Int64) async throws -> OrganisationID? {
        try await dbWriter.read { db in
            try String.fetchOne(db, sql: "SELECT organisation_id FROM charter_assessment WHERE id = ?", arguments: [id])
        }.flatMap(OrganisationID.init(rawValue:))
    }

    public func setListed(_ listed: Bool, organisation: OrganisationID) async throws {
        try await dbWriter.write { db in
            try db.execute(
                sql: """
                    INSERT INTO charter_listing (organisation_id, listed, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT(organisation_id) DO UPDATE SET listed = excluded.listed, updated_at = excluded.updated_at
                    """,
                arguments: [organisation.rawValue, listed, PayloadCoding.timestamp()])
        }
    }

    public func isListed(organisation: OrganisationID) async throws -> Bool {
        try await dbWriter.read { db in
            try Bool.fetchOne(db, sql: "SELECT listed FROM charter_listing WHERE organisation_id = ?", arguments: [organisation.rawValue]) ?? false
        }
    }

    public func listedEmployers() async throws -> [CharterListing] {
        try await dbWriter.read { db in
            // The newest submitted (not rejected or expired) assessment of each opted-in organisation.
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.organisation_id, a.framework_id, a.framework_version, a.tier_reached, a.as_of
                    FROM charter_listing l
                    JOIN charter_assessment a ON a.organisation_id = l.organisation_id
                    WHERE l.listed = 1 AND a.status IN ('submitted', 'in_review', 'queried', 'awarded')
                      AND a.id = (
                        SELECT b.id FROM charter_assessment b
                        WHERE b.organisation_id = l.organisation_id AND b.status IN ('submitted', 'in_review', 'queried', 'awarded')
                        ORDER BY b.as_of DESC, b.id DESC LIMIT 1)
                    ORDER BY a.organisation_id
                    """)
            return rows.compactMap { row in
                OrganisationID(rawValue: row["organisation_id"]).map {
                    CharterListing(
                        organisationID: $0, frameworkID: row["framework_id"], frameworkVersion: row["framework_version"],
                        tierReached: row["tier_reached"], asOf: row["as_of"])
                }
            }
        }
    }
}

/// A `CharterAssessmentStore` that sees one organisation's rows: every statement filters on its id, so
/// another organisation's assessment is indistinguishable from a missing one. Each call is one
/// transaction.
struct OrganisationCharterStore: CharterAssessmentStore {
    let database: AppDatabase
    let organisation: OrganisationID

    private static let columns =
        "id, organisation_id, framework_id, framework_version, framework_digest, status, as_of, answers, result, tier_reached, updated_at"

    func createAssessment(_ record: CharterAssessmentRecord) async throws -> CharterAssessmentRecord {
        guard record.employerID == organisation.rawValue else { throw CharterAssessmentStorageError.wrongOrganisation(record.employerID) }
        let now = PayloadCoding.timestamp()
        return try await database.dbWriter.write { db in
            try db.execute(
                sql: """
                    INSERT INTO charter_assessment
                        (organisation_id, framework_id, framework_version, framework_digest, status, as_of, answers, result, tier_reached, created_at, updated_at)
                    VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    organisation.rawValue, record.frameworkID, record.frameworkVersion, record.frameworkDigest, record.asOf, record.answersJSON,
                    record.resultJSON, record.tierReached, now, now,
                ])
            var stored = record
            stored.id = db.lastInsertedRowID
            stored.status = .draft
            stored.updatedAt = now
            return stored
        }
    }

    func saveDraft(id: Int64, answersJSON: Data, resultJSON: Data?) async throws {
        try await database.dbWriter.write { db in
            try Self.requireDraft(db, id: id, organisation: organisation)
            try db.execute(
                sql: "UPDATE charter_assessment SET answers = ?, result = ?, updated_at = ? WHERE id = ? AND organisation_id = ?",
                arguments: [answersJSON, resultJSON, PayloadCoding.timestamp(), id, organisation.rawValue])
        }
    }

    func submit(id: Int64, answersJSON: Data, resultJSON: Data, tierReached: String?) async throws {
        try await database.dbWriter.write { db in
            try Self.requireDraft(db, id: id, organisation: organisation)
            try db.execute(
                sql: """
                    UPDATE charter_assessment SET answers = ?, result = ?, tier_reached = ?, status = 'submitted', updated_at = ?
                    WHERE id = ? AND organisation_id = ?
                    """,
                arguments: [answersJSON, resultJSON, tierReached, PayloadCoding.timestamp(), id, organisation.rawValue])
        }
    }

    func setStatus(id: Int64, _ status: CharterAssessmentRecord.Status) async throws {
        try await database.dbWriter.write { db in
            guard let current = try String.fetchOne(
                db, sql: "SELECT status FROM charter_assessment WHERE id = ? AND organisation_id = ?", arguments: [id, organisation.rawValue])
            else { throw CharterAssessmentStorageError.notFound(id) }
            guard current != CharterAssessmentRecord.Status.draft.rawValue || status == .draft else {
                throw CharterAssessmentStorageError.notDraft(id: id, status: current)
            }
            try db.execute(
                sql: "UPDATE charter_assessment SET status = ?, updated_at = ? WHERE id = ? AND organisation_id = ?",
                arguments: [status.rawValue, PayloadCoding.timestamp(), id, organisation.rawValue])
        }
    }

    func assessment(id: Int64) async throws -> CharterAssessmentRecord? {
        try await database.dbWriter.read { db in
            try Row.fetchOne(
                db, sql: "SELECT \(Self.columns) FROM charter_assessment WHERE id = ? AND organisation_id = ?", arguments: [id, organisation.rawValue]
            ).map(Self.record)
        }
    }

    func assessments(employerID: String, frameworkID: String?) async throws -> [CharterAssessmentRecord] {
        guard employerID == organisation.rawValue else { return [] }
        return try await database.dbWriter.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.columns) FROM charter_assessment
                    WHERE organisation_id = ? AND (? IS NULL OR framework_id = ?)
                    ORDER BY as_of DESC, id DESC
                    """,
                arguments: [organisation.rawValue, frameworkID, frameworkID]
            ).map(Self.record)
        }
    }

    // MARK: Rows

    private static func requireDraft(_ db: Database, id: Int64, organisation: OrganisationID) throws {
        guard let status = try String.fetchOne(
            db, sql: "SELECT status FROM charter_assessment WHERE id = ? AND organisation_id = ?", arguments: [id, organisation.rawValue])
        else { throw CharterAssessmentStorageError.notFound(id) }
        guard status == CharterAssessmentRecord.Status.draft.rawValue else { throw CharterAssessmentStorageError.notDraft(id: id, status: status) }
    }

    static func record(_ row: Row) -> CharterAssessmentRecord {
        CharterAssessmentRecord(
            id: row["id"], employerID: row["organisation_id"], frameworkID: row["framework_id"], frameworkVersion: row["framework_version"],
            frameworkDigest: row["framework_digest"], status: CharterAssessmentRecord.Status(rawValue: row["status"]) ?? .draft, asOf: row["as_of"],
            answersJSON: row["answers"], resultJSON: row["result"], tierReached: row["tier_reached"], updatedAt: row["updated_at"])
    }
}
