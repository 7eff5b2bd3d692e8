import GRDB

// MARK: - Catalogue indexes (append-only migration)

extension AppDatabase {
    /// Registers `v7-catalogue-indexes`: two fewer indexes to update for every stored course and run.
    ///
    /// `course_level` (level) and `course_route_level` (route, level) become one index on
    /// `(ifnull(route, ''), level)`; `course_run_by_delivery` (delivery mode, start, …) and
    /// `course_run_by_district` (district, delivery mode, start, …) become one on
    /// `(ifnull(district, ''), delivery_mode, start_date, flexible_start, course_id)`. A search that
    /// filters by level but not route, or by delivery mode but not district, lists every value the
    /// leading column can hold (`''` for none, then each `Route` or `District`), so SQLite seeks once
    /// per value instead of needing an index of its own (`SearchConditions`). The columns only ever
    /// hold those values: the provision writer stores `Route` and `District` raw values or NULL.
    static func registerCatalogueIndexesMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7-catalogue-indexes") { db in
            try db.execute(sql: """
                DROP INDEX course_level;
                DROP INDEX course_route_level;
                DROP INDEX course_run_by_delivery;
                DROP INDEX course_run_by_district;
                CREATE INDEX course_by_route ON course(ifnull(route, ''), level);
                CREATE INDEX course_run_by_place ON course_run(ifnull(district, ''), delivery_mode, start_date, flexible_start, course_id);
                """)
        }
    }
}
