import GRDB

// MARK: - Careers diagnostics schema (append-only migration)

extension AppDatabase {
    /// Registers the diagnostics migration: reports learners chose to save, and anonymous demand
    /// records from learners who consented.
    ///
    /// - `saved_diagnostic` is keyed by the SHA-256 of the public id (the id itself is never stored)
    ///   and holds the report JSON only — never the profile text. Rows expire 30 days after saving.
    /// - `learner_demand` holds taxonomy ids and labels as JSON arrays, the day, the district and the
    ///   provider view — never text. Neither table refers to organisations or accounts.
    static func registerDiagnosticsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5-diagnostics") { db in
            try db.execute(sql: """
                CREATE TABLE saved_diagnostic (
                    id_hash TEXT PRIMARY KEY NOT NULL CHECK (length(id_hash) = 64),
                    report BLOB NOT NULL,
                    saved_at INTEGER NOT NULL,
                    expires_at INTEGER NOT NULL,
                    CHECK (expires_at > saved_at)
                );
                CREATE INDEX saved_diagnostic_expiry ON saved_diagnostic(expires_at);

                CREATE TABLE learner_demand (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    recorded_on TEXT NOT NULL CHECK (length(recorded_on) = 10),
                    provider_id TEXT,
                    district TEXT,
                    routes TEXT NOT NULL,
                    occupations TEXT NOT NULL,
                    gap_skills TEXT NOT NULL,
                    uncovered_skills TEXT NOT NULL
                );
                CREATE INDEX learner_demand_by_day ON learner_demand(recorded_on);
                CREATE INDEX learner_demand_by_provider ON learner_demand(provider_id, recorded_on);
                """)
        }
    }
}
