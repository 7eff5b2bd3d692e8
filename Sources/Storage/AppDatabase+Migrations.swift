import GRDB

// MARK: - Migrations (append-only: never edit one that has shipped)

extension AppDatabase {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-catalogue") { db in
            try db.execute(sql: """
                CREATE TABLE provider (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    ukprn TEXT,
                    website TEXT,
                    address TEXT,
                    district TEXT,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    last_imported_at TEXT
                );
                CREATE INDEX provider_ukprn ON provider(ukprn);

                CREATE TABLE provider_venue (
                    provider_id TEXT NOT NULL REFERENCES provider(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    reference TEXT,
                    name TEXT,
                    payload TEXT NOT NULL,
                    PRIMARY KEY (provider_id, position)
                );

                CREATE TABLE course (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    provider_id TEXT NOT NULL REFERENCES provider(id) ON DELETE CASCADE,
                    source_id TEXT NOT NULL,
                    title TEXT NOT NULL,
                    summary TEXT,
                    qualification TEXT,
                    level INTEGER,
                    route TEXT,
                    payload TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    UNIQUE (provider_id, source_id)
                );
                CREATE INDEX course_title ON course(title COLLATE NOCASE);
                CREATE INDEX course_route_level ON course(route, level);
                CREATE INDEX course_level ON course(level);

                CREATE TABLE course_run (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    course_id INTEGER NOT NULL REFERENCES course(id) ON DELETE CASCADE,
                    source_id TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    start_date TEXT,
                    flexible_start INTEGER NOT NULL,
                    delivery_mode TEXT,
                    study_mode TEXT,
                    attendance_pattern TEXT,
                    district TEXT,
                    at_provider_address INTEGER NOT NULL,
                    cost_pence INTEGER,
                    funded INTEGER NOT NULL,
                    payload TEXT NOT NULL,
                    UNIQUE (course_id, source_id)
                );
                CREATE INDEX course_run_start ON course_run(start_date);
                CREATE INDEX course_run_district ON course_run(district, delivery_mode, start_date);
                CREATE INDEX course_run_delivery ON course_run(delivery_mode, start_date);

                CREATE VIRTUAL TABLE course_fts USING fts5(
                    title, keywords, body,
                    tokenize = 'porter unicode61 remove_diacritics 2'
                );
                """)
        }
        migrator.registerMigration("v2-search-indexes") { db in
            // Covering indexes for search: filtering, walking and summarising runs never reads the run
            // rows (which carry JSON payloads), and course filters are checked per keyword match
            // without reading course rows. The v1 run indexes are replaced by covering versions.
            try db.execute(sql: """
                DROP INDEX course_run_start;
                DROP INDEX course_run_district;
                DROP INDEX course_run_delivery;
                CREATE INDEX course_run_course ON course_run(
                    course_id, position, delivery_mode, study_mode, district, start_date, flexible_start, cost_pence, funded
                );
                CREATE INDEX course_run_by_start ON course_run(start_date, flexible_start, course_id);
                CREATE INDEX course_run_by_district ON course_run(district, delivery_mode, start_date, flexible_start, course_id);
                CREATE INDEX course_run_by_delivery ON course_run(delivery_mode, start_date, flexible_start, course_id);
                CREATE INDEX course_run_flexible ON course_run(course_id) WHERE flexible_start = 1;
                CREATE INDEX course_filters ON course(id, route, level, provider_id);
                """)
        }
        registerAccountsMigration(&migrator)
        registerCourseTagMigration(&migrator)
        registerChartersMigration(&migrator)
        registerWorkforcePlansMigration(&migrator)
        registerDiagnosticsMigration(&migrator)
        registerCatalogueStorageMigration(&migrator)
        registerCatalogueIndexesMigration(&migrator)
        registerCatalogueSearchMigration(&migrator)
        return migrator
    }
}
