import GRDB

// MARK: - Charter assessments schema (append-only migration)

extension AppDatabase {
    /// Registers the charter migration: employers' assessments (answers and result as the JSON the
    /// Charters module writes) and their opt-in to the public list of charter employers.
    ///
    /// Rows belong to an organisation by id only: the charter tables never join the accounts tables,
    /// and an organisation's rows are removed by `CharterDataHolder` when it is erased. Triggers keep
    /// the pinned framework version and the owner fixed, and a submitted assessment's answers locked.
    static func registerChartersMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-charter-assessments") { db in
            try db.execute(sql: """
                CREATE TABLE charter_assessment (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    organisation_id TEXT NOT NULL,
                    framework_id TEXT NOT NULL,
                    framework_version TEXT NOT NULL,
                    framework_digest TEXT,
                    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'in_review', 'queried', 'awarded', 'rejected', 'expired')),
                    as_of TEXT NOT NULL,
                    answers BLOB NOT NULL,
                    result BLOB,
                    tier_reached TEXT,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE INDEX charter_assessment_organisation ON charter_assessment(organisation_id, framework_id, as_of);

                CREATE TABLE charter_listing (
                    organisation_id TEXT PRIMARY KEY NOT NULL,
                    listed INTEGER NOT NULL,
                    updated_at TEXT NOT NULL
                );

                CREATE TRIGGER charter_assessment_pinned BEFORE UPDATE OF organisation_id, framework_id, framework_version ON charter_assessment
                WHEN NEW.organisation_id IS NOT OLD.organisation_id OR NEW.framework_id IS NOT OLD.framework_id
                    OR NEW.framework_version IS NOT OLD.framework_version
                BEGIN SELECT RAISE(ABORT, 'an assessment keeps its owner and pinned framework version'); END;

                CREATE TRIGGER charter_assessment_locked BEFORE UPDATE OF answers ON charter_assessment
                WHEN OLD.status <> 'draft'
                BEGIN SELECT RAISE(ABORT, 'a submitted assessment''s answers cannot change'); END;
                """)
        }
    }
}
