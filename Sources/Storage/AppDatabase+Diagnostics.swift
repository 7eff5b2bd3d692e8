import Crypto
public import Domain
public import Foundation
import GRDB

// MARK: - Saved diagnostics

extension AppDatabase: DiagnosticStore {
    public func saveDiagnostic(report: Data, at now: Date) async throws -> SavedDiagnostic {
        let savedAt = Self.seconds(now)
        let expiresAt = Self.seconds(now.addingTimeInterval(SavedDiagnostic.lifetime))
        let saved = SavedDiagnostic(
            id: SavedDiagnosticID.make(), report: report, savedAt: Date(timeIntervalSince1970: TimeInterval(savedAt)),
            expiresAt: Date(timeIntervalSince1970: TimeInterval(expiresAt)))
        try await dbWriter.write { db in
            try Self.purgeExpired(db, at: now)
            try db.execute(
                sql: "INSERT INTO saved_diagnostic (id_hash, report, saved_at, expires_at) VALUES (?, ?, ?, ?)",
                arguments: [Self.idHash(saved.id), report, savedAt, expiresAt])
        }
        return saved
    }

    public func savedDiagnostic(id: String, at now: Date) async throws -> SavedDiagnostic? {
        guard SavedDiagnosticID.isWellFormed(id) else { return nil }
        let hash = Self.idHash(id)
        let stored = try await dbWriter.read { db -> (report: Data, savedAt: Int64, expiresAt: Int64)? in
            guard let row = try Row.fetchOne(db, sql: "SELECT report, saved_at, expires_at FROM saved_diagnostic WHERE id_hash = ?", arguments: [hash])
            else { return nil }
            return (row["report"], row["saved_at"], row["expires_at"])
        }
        guard let stored else { return nil }
        guard stored.expiresAt > Self.seconds(now) else {
            // Expired: gone for good, whether or not a sweep has run yet.
            try await dbWriter.write { db in try db.execute(sql: "DELETE FROM saved_diagnostic WHERE id_hash = ?", arguments: [hash]) }
            return nil
        }
        return SavedDiagnostic(
            id: id, report: stored.report, savedAt: Date(timeIntervalSince1970: TimeInterval(stored.savedAt)),
            expiresAt: Date(timeIntervalSince1970: TimeInterval(stored.expiresAt)))
    }

    @discardableResult
    public func purgeExpiredDiagnostics(at now: Date) async throws -> Int {
        try await dbWriter.write { db in try Self.purgeExpired(db, at: now) }
    }

    @discardableResult
    private static func purgeExpired(_ db: Database, at now: Date) throws -> Int {
        try db.execute(sql: "DELETE FROM saved_diagnostic WHERE expires_at <= ?", arguments: [seconds(now)])
        return db.changesCount
    }

    /// The stored key of an id: its SHA-256, in hex.
    static func idHash(_ id: String) -> String {
        SHA256.hash(data: Data(id.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Whole seconds since 1970, rounded up so that a report never outlives its stated expiry.
    private static func seconds(_ date: Date) -> Int64 {
        Int64(date.timeIntervalSince1970.rounded(.up))
    }
}

// MARK: - Anonymous demand

extension AppDatabase: LearnerDemandStore {
    public func recordDemand(_ record: LearnerDemandRecord) async throws {
        let encoder = PayloadCoding.makeEncoder()
        let routes = try PayloadCoding.encode(record.routes, with: encoder)
        let occupations = try PayloadCoding.encode(record.occupations, with: encoder)
        let skills = try PayloadCoding.encode(record.gapSkills, with: encoder)
        let uncovered = try PayloadCoding.encode(record.uncoveredSkills, with: encoder)
        try await dbWriter.write { db in
            try db.execute(
                sql: """
                    INSERT INTO learner_demand (recorded_on, provider_id, district, routes, occupations, gap_skills, uncovered_skills)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [record.day, record.provider?.rawValue, record.district, routes, occupations, skills, uncovered])
        }
    }

    public func demandRecords(_ filter: LearnerDemandFilter) async throws -> [LearnerDemandRecord] {
        var sql = """
            SELECT recorded_on, provider_id, district, routes, occupations, gap_skills, uncovered_skills FROM learner_demand
            WHERE recorded_on BETWEEN ? AND ?
            """
        var arguments: StatementArguments = [filter.from, filter.to]
        if let provider = filter.provider {
            sql += " AND provider_id = ?"
            _ = arguments.append(contentsOf: [provider.rawValue])
        }
        if let district = filter.district {
            sql += " AND district = ?"
            _ = arguments.append(contentsOf: [district])
        }
        sql += " ORDER BY recorded_on, id"
        let query = sql
        let bound = arguments
        return try await dbWriter.read { db in
            try Row.fetchAll(db, sql: query, arguments: bound).map { row in
                LearnerDemandRecord(
                    day: row["recorded_on"], provider: (row["provider_id"] as String?).flatMap(ProviderID.init(rawValue:)), district: row["district"],
                    routes: try PayloadCoding.decode([DemandItem].self, from: row["routes"]),
                    occupations: try PayloadCoding.decode([DemandItem].self, from: row["occupations"]),
                    gapSkills: try PayloadCoding.decode([DemandItem].self, from: row["gap_skills"]),
                    uncoveredSkills: try PayloadCoding.decode([DemandItem].self, from: row["uncovered_skills"]))
            }
        }
    }
}
