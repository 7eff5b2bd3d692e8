import GRDB

// MARK: - Catalogue indexes built after a first load

/// The catalogue indexes whose keys arrive in no particular order (course titles, run start dates,
/// districts), dropped while a provision fills an empty catalogue and built again, from their own
/// stored SQL, before the same transaction commits.
///
/// Each stored course and run inserts into these indexes at scattered places, which costs more per
/// row the larger they grow: a 100,000-row CSV import spent about a sixth more storing time per row
/// than a 20,000-row one. Building such an index once over the finished table scans and sorts
/// instead. The other indexes begin with the row's own or its course's id, so their inserts land at
/// the end and stay cheap; rebuilding them would only cost another scan of the table. This pays only
/// while the tables hold nothing but the import's own rows, so it is done only when the catalogue has
/// no courses at all as the provision begins (a first load); any other import updates the indexes row
/// by row.
///
/// Atomicity is SQLite's: the drops and the rebuilds are statements of the provision's transaction,
/// so a provision that fails or is rolled back leaves the schema exactly as it was, and other
/// connections keep seeing the old snapshot, indexes included, until the commit.
struct DeferredCatalogueIndexes {
    /// The `CREATE INDEX` statements of the dropped indexes, in the order they were found.
    let statements: [String]

    /// The indexes deferred, by name (an index a later migration drops or renames is simply skipped).
    static let names = ["course_title", "course_run_by_start", "course_run_by_place"]

    /// No index was dropped.
    static let none = DeferredCatalogueIndexes(statements: [])

    /// Drops the deferred indexes if the catalogue has no courses; otherwise drops nothing.
    /// Call inside the provision's transaction.
    static func dropIfCatalogueEmpty(_ db: Database) throws -> DeferredCatalogueIndexes {
        guard try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM course)") ?? false else { return .none }
        let indexes = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_schema
            WHERE type = 'index' AND tbl_name IN ('course', 'course_run') AND sql IS NOT NULL
            AND name IN (\(names.map { _ in "?" }.joined(separator: ", ")))
            ORDER BY rowid
            """, arguments: StatementArguments(names))
        for index in indexes {
            let name: String = index["name"]
            try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
        }
        return DeferredCatalogueIndexes(statements: indexes.map { $0["sql"] })
    }

    /// Builds the dropped indexes again from the tables as they now are (before the commit).
    ///
    /// SQLite's sorter keeps up to the page cache's size of keys in memory before it spills to a
    /// temporary file, so the cache is set back to SQLite's default first: the provision's larger
    /// cache would otherwise let a large first load's sort add several megabytes to peak memory.
    func rebuild(_ db: Database) throws {
        guard !statements.isEmpty else { return }
        try db.execute(sql: "PRAGMA cache_size = \(AppDatabase.defaultCacheSize)")
        for statement in statements { try db.execute(sql: statement) }
    }
}
