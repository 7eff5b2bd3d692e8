import GRDB

// MARK: - Catalogue search text (append-only migration)

extension AppDatabase {
    /// Registers `v8-catalogue-search`: the search index holds only what a course is about.
    ///
    /// `course_fts` is rebuilt from the stored course payloads with `CourseSearchText`, whose body
    /// no longer includes entry requirements, how you will learn, how it is assessed or where it
    /// leads. The contentless table cannot remove a course without the exact text it was indexed
    /// with, and that text changes here, so the table is dropped and created again (same columns and
    /// tokenizer) rather than updated course by course. Afterwards, removing a course supplies the
    /// new text, which `CourseSearchText(payload:)` derives from the same payload.
    static func registerCatalogueSearchMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8-catalogue-search") { db in
            try db.execute(sql: """
                DROP TABLE course_fts;
                CREATE VIRTUAL TABLE course_fts USING fts5(
                    title, keywords, body,
                    content = '',
                    tokenize = 'porter unicode61 remove_diacritics 2'
                );
                """)
            let rows = try Row.fetchCursor(db, sql: "SELECT id, payload FROM course ORDER BY id")
            while let row = try rows.next() {
                try CourseSearchText(payload: row["payload"]).insert(id: row["id"], in: db)
            }
        }
    }
}
