import GRDB

// MARK: - Catalogue storage schema (append-only migration)

extension AppDatabase {
    /// Registers `v6-catalogue-storage`: the search index stops keeping its own copy of the course
    /// text.
    ///
    /// `course_fts` becomes a contentless FTS5 table (`content=''`) with the same columns and
    /// tokenizer, so ranking is unchanged; the text is already stored in the course payloads (the old
    /// table's copy was about a fifth of the database). Existing rows are re-indexed from the old
    /// table's text, so search results are the same before and after. Removing a course from the
    /// index now supplies the text it was indexed with (`CourseSearchText`).
    ///
    /// SQLite 3.40 (the system library) has no `contentless_delete`, and an external-content table
    /// over `course` would need keyword and body columns on `course`, the duplicate this removes.
    static func registerCatalogueStorageMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6-catalogue-storage") { db in
            try db.execute(sql: """
                ALTER TABLE course_fts RENAME TO course_fts_v5;
                CREATE VIRTUAL TABLE course_fts USING fts5(
                    title, keywords, body,
                    content = '',
                    tokenize = 'porter unicode61 remove_diacritics 2'
                );
                INSERT INTO course_fts (rowid, title, keywords, body) SELECT rowid, title, keywords, body FROM course_fts_v5;
                DROP TABLE course_fts_v5;
                """)
        }
    }
}
