public import Domain
import Foundation
import GRDB
import GRDBSQLite

// MARK: - Catalogue store

extension AppDatabase: CatalogueStore {
    // MARK: Database access: writes

    public func saveProvider(_ provider: Provider) async throws {
        try await dbWriter.write { db in
            var merged = provider
            if let existing = try ProviderRecord.fetch(provider.id, in: db) {
                merged.ukprn = provider.ukprn ?? existing.ukprn
                merged.website = provider.website ?? existing.website
                merged.address = provider.address ?? existing.address
            }
            try ProviderRecord.save(merged, in: db, now: PayloadCoding.timestamp())
        }
    }

    public func withProvision<T: Sendable>(
        of providerID: ProviderID,
        _ body: @escaping @Sendable (any ProvisionWriter) throws -> (result: T, commit: Bool)
    ) async throws -> T {
        let output = try await dbWriter.writeWithoutTransaction { db in
            var output: T?
            // Set back on every way out, straight through SQLite: GRDB refuses statements once the
            // task is cancelled, and later writes must checkpoint again whatever happened here.
            defer {
                sqlite3_exec(db.sqliteConnection, "PRAGMA cache_size = \(Self.defaultCacheSize)", nil, nil, nil)
                sqlite3_exec(db.sqliteConnection, "PRAGMA wal_autocheckpoint = \(Self.defaultAutocheckpoint)", nil, nil, nil)
            }
            try db.execute(sql: "PRAGMA cache_size = \(Self.provisionCacheSize)")
            // The commit does not copy the WAL into the database file (see `checkpointAfterProvision`).
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
            try db.inTransaction(.immediate) {
                let now = PayloadCoding.timestamp()
                let provider: Provider
                if let existing = try ProviderRecord.fetch(providerID, in: db) {
                    provider = existing
                } else {
                    provider = Provider(id: providerID, name: providerID.rawValue)
                    try ProviderRecord.save(provider, in: db, now: now)
                }
                let writer = GRDBProvisionWriter(db: db, provider: provider)
                let (result, commit) = try body(writer)
                output = result
                if commit {
                    try db.execute(sql: "UPDATE provider SET last_imported_at = ? WHERE id = ?", arguments: [now, providerID.rawValue])
                    CrashTestHook.pauseBeforeCommitIfAsked()
                }
                return commit ? .commit : .rollback
            }
            return output!
        }
        checkpointAfterProvision()
        return output
    }

    /// Copies the WAL written by a provision into the database file on the writer's queue, after
    /// the import has returned: the commit already made the provision atomic, visible and safe
    /// from a crash of the process (SQLite replays a WAL on open), and the copy with its two
    /// `fdatasync`s took about 0.11 s of a 10,000-course import's 0.9 s. SQLite's documentation
    /// describes running checkpoints apart from the committing call; the next write on the queue
    /// waits for it, and `waitForPendingWrites()` lets a caller (the benchmark) wait as well.
    private func checkpointAfterProvision() {
        dbWriter.asyncWriteWithoutTransaction { db in
            _ = try? db.checkpoint(.passive)
        }
    }

    /// Returns once every write queued so far (including a provision's checkpoint) has finished.
    public func waitForPendingWrites() async throws {
        try await dbWriter.writeWithoutTransaction { _ in }
    }

    /// The page cache while a provision is written (`PRAGMA cache_size`, negative: KiB): 8 MiB
    /// instead of SQLite's 2 MB, so the pages every course revisits (index B-trees, the search
    /// index's structure) stay cached instead of being spilled to the WAL and read back. A fixed
    /// cap, so memory stays flat however large the feed; restored when the transaction ends.
    static let provisionCacheSize = -8192
    /// SQLite's default page cache (`PRAGMA cache_size`), set back after a provision is written.
    static let defaultCacheSize = -2000
    /// SQLite's default WAL auto-checkpoint threshold in pages, set back after a provision.
    static let defaultAutocheckpoint = 1000

    // MARK: Database access: reads

    public func providers() async throws -> [ProviderSummary] {
        try await dbWriter.read { db in
            try Row.fetchAll(db, sql: """
                SELECT provider.*,
                    (SELECT COUNT(*) FROM course WHERE course.provider_id = provider.id) AS course_count,
                    (SELECT COUNT(*) FROM course_run JOIN course ON course.id = course_run.course_id
                        WHERE course.provider_id = provider.id) AS run_count
                FROM provider ORDER BY name COLLATE NOCASE
                """).map { row in
                ProviderSummary(
                    provider: try ProviderRecord.provider(from: row), courseCount: row["course_count"], runCount: row["run_count"],
                    lastImportedAt: row["last_imported_at"])
            }
        }
    }

    public func provider(id: ProviderID) async throws -> Provider? {
        try await dbWriter.read { db in try ProviderRecord.fetch(id, in: db) }
    }

    public func isCatalogueEmpty() async throws -> Bool {
        try await dbWriter.read { db in try Int.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM course)") == 0 }
    }

    public func course(id: Int64) async throws -> CatalogueCourse? {
        try await dbWriter.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM course WHERE id = ?", arguments: [id]) else { return nil }
            let providerID = ProviderID(rawValue: row["provider_id"])!
            guard let provider = try ProviderRecord.fetch(providerID, in: db) else { return nil }
            var course = try PayloadCoding.decode(Course.self, from: row["payload"])
            course.runs = try String.fetchAll(db, sql: "SELECT payload FROM course_run WHERE course_id = ? ORDER BY position", arguments: [id])
                .map { try PayloadCoding.decode(CourseRun.self, from: $0) }
            for index in course.runs.indices where course.runs[index].isAtProviderAddress {
                course.runs[index].venue = Venue(name: provider.name, address: provider.address ?? Address(), isProviderAddress: true)
            }
            return CatalogueCourse(id: id, provider: ProviderRef(id: provider.id, name: provider.name), course: course, updatedAt: row["updated_at"])
        }
    }
}
