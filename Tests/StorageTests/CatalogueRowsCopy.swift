import GRDB
@testable import Storage

// MARK: - Catalogue rows copied into an older schema

/// A database migrated up to `migration`, holding the same provider, venue, course and run rows as
/// `source` (its search index left for the caller to fill the way that version did).
func catalogueRows(of source: AppDatabase, atMigration migration: String) async throws -> DatabaseQueue {
    let queue = try DatabaseQueue(configuration: AppDatabase.makeConfiguration())
    try AppDatabase.migrator.migrate(queue, upTo: migration)
    for table in ["provider", "provider_venue", "course", "course_run"] {
        let (columns, rows) = try await source.reader.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table)")
            return (rows.first.map { Array($0.columnNames) } ?? [], rows.map { Array($0.databaseValues) })
        }
        try await queue.write { db in
            for values in rows {
                try db.execute(
                    sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))",
                    arguments: StatementArguments(values))
            }
        }
    }
    return queue
}
