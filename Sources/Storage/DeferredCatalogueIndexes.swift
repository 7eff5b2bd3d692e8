import GRDB

// MARK: - Catalogue indexes built after a first load

/// The secondary indexes of `course` and `course_run`, dropped while a provision fills an empty
/// catalogue and built again, from their own stored SQL, before the same transaction commits.
///
/// Inserting a course and its runs updates seven secondary indexes at scattered places (titles,
/// start dates, districts), and that costs more per row the larger the indexes grow: a
/// 100,000-row CSV import spent about a sixth more storing time per row than a 20,000-row one.
/// Building an index once over the finished table sorts instead. This only pays while the tables
/// hold nothing but the import's own rows, so it is done only when the catalogue has no courses at
/// all as the provision begins (a first load); any other import updates the indexes row by row.
///
/// Atomicity is SQLite's: the drops and the rebuilds are statements of the provision's transaction,
/// so a provision that fails or is rolled back leaves the schema exactly as it was, and other
/// connections keep seeing the old snapshot, indexes included, until the commit. The implicit
/// indexes of `UNIQUE` constraints (which have no SQL) are never dropped: the writer's look-ups and
/// `ON CONFLICT` need them.
struct DeferredCatalogueIndexes {
    /// The `CREATE INDEX` statements of the dropped indexes, in the order they were found.
    let statements: [String]

    /// No index was dropped.
    static let none = DeferredCatalogueIndexes(statements: [])

    /// Drops the catalogue's secondary indexes if the catalogue has no courses; otherwise drops nothing.
    /// Call inside the provision's transaction.
    static func dropIfCatalogueEmpty(_ db: Database) throws -> DeferredCatalogueIndexes {
        guard try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM course)") ?? false else { return .none }
        let indexes = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_schema
            WHERE type = 'index' AND tbl_name IN ('course', 'course_run') AND sql IS NOT NULL
            ORDER BY rowid
            """)
        for index in indexes {
            let name: String = index["name"]
            try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
        }
        return DeferredCatalogueIndexes(statements: indexes.map { $0["sql"] })
    }

    /// Builds the dropped indexes again from the tables as they now are (before the commit).
    func rebuild(_ db: Database) throws {
        for statement in statements { try db.execute(sql: statement) }
    }
}
