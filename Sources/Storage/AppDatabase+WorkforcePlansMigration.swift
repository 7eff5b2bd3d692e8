import GRDB

// MARK: - Workforce plans schema (append-only migration)

extension AppDatabase {
    /// Registers the workforce plan migration: employers' plans, each with its immutable versions (the
    /// plan JSON the WorkforcePlanning module writes) and its consent to share aggregated demand.
    ///
    /// Plans belong to an organisation by id only: these tables never join the accounts tables, and an
    /// organisation's plans are removed by `WorkforcePlanDataHolder` when it is erased. Triggers keep a
    /// plan's owner fixed and a saved version unchanged.
    static func registerWorkforcePlansMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-workforce-plans") { db in
            try db.execute(sql: """
                CREATE TABLE workforce_plan (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    organisation_id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    latest_version INTEGER NOT NULL CHECK (latest_version >= 1),
                    share_demand INTEGER NOT NULL DEFAULT 0 CHECK (share_demand IN (0, 1)),
                    share_consent_at TEXT,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE INDEX workforce_plan_organisation ON workforce_plan(organisation_id, id);
                CREATE INDEX workforce_plan_shared ON workforce_plan(share_demand, organisation_id, updated_at);

                CREATE TABLE workforce_plan_version (
                    plan_id INTEGER NOT NULL REFERENCES workforce_plan(id) ON DELETE CASCADE,
                    version INTEGER NOT NULL CHECK (version >= 1),
                    parent_version INTEGER,
                    baseline_date TEXT NOT NULL,
                    note TEXT,
                    content BLOB NOT NULL,
                    saved_at TEXT NOT NULL,
                    PRIMARY KEY (plan_id, version)
                ) WITHOUT ROWID;

                CREATE TRIGGER workforce_plan_owner BEFORE UPDATE OF organisation_id ON workforce_plan
                WHEN NEW.organisation_id IS NOT OLD.organisation_id
                BEGIN SELECT RAISE(ABORT, 'a plan keeps its owner'); END;

                CREATE TRIGGER workforce_plan_version_frozen BEFORE UPDATE ON workforce_plan_version
                BEGIN SELECT RAISE(ABORT, 'a saved plan version cannot change; save a new version'); END;
                """)
        }
    }
}
