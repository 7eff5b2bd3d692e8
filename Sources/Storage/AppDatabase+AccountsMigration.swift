import GRDB

// MARK: - Accounts and audit schema (append-only migration)

extension AppDatabase {
    /// Registers the accounts migration: organisations, hashed API tokens and the append-only audit log.
    ///
    /// The audit log refuses UPDATE always and DELETE unless the row belongs to an organisation listed
    /// in `audit_erasure`, which only `eraseOrganisation` fills and empties within its own transaction.
    static func registerAccountsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-accounts") { db in
            try db.execute(sql: """
                CREATE TABLE organisation (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('provider', 'employer', 'partner', 'admin')),
                    ukprn TEXT,
                    provider_id TEXT UNIQUE,
                    created_at TEXT NOT NULL
                );

                CREATE TABLE api_token (
                    id TEXT PRIMARY KEY NOT NULL,
                    organisation_id TEXT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    secret_hash TEXT NOT NULL UNIQUE,
                    created_at TEXT NOT NULL,
                    expires_at TEXT NOT NULL,
                    revoked_at TEXT
                );
                CREATE INDEX api_token_organisation ON api_token(organisation_id);

                CREATE TABLE audit_event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    organisation_id TEXT,
                    token_name TEXT,
                    token_id TEXT,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    resource TEXT,
                    subject_organisation_id TEXT,
                    outcome TEXT NOT NULL,
                    status INTEGER,
                    address TEXT,
                    detail TEXT
                );
                CREATE INDEX audit_event_organisation ON audit_event(organisation_id);
                CREATE INDEX audit_event_subject ON audit_event(subject_organisation_id);

                CREATE TABLE audit_erasure (organisation_id TEXT PRIMARY KEY NOT NULL);

                CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

                CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
                WHEN NOT EXISTS (
                    SELECT 1 FROM audit_erasure
                    WHERE organisation_id = OLD.organisation_id OR organisation_id = OLD.subject_organisation_id)
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
        }
    }
}
