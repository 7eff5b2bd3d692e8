import CatalogueImport
import Domain
import Foundation
import GRDB
@testable import Storage
import Testing

// MARK: - Upgrading an existing database

@Suite("Migrations")
struct MigrationTests {
    @Test("a v1 catalogue database upgrades to the search indexes and keeps searching the same")
    func upgradeFromV1() async throws {
        // setup: a database at v1 holding an imported catalogue (payloads as the importer stores them:
        // v8 rebuilds the search index from them)
        let queue = try DatabaseQueue()
        try AppDatabase.migrator.migrate(queue, upTo: "v1-catalogue")
        try await queue.write { db in
            try db.execute(sql: """
                INSERT INTO provider (id, name, created_at, updated_at) VALUES ('alpha', 'Alpha College', '2026-01-01', '2026-01-01');
                INSERT INTO course (id, provider_id, source_id, title, summary, level, route, payload, updated_at)
                VALUES (1, 'alpha', 'W1', 'Welding for Beginners', 'Arc welding', 1, 'engineering-and-manufacturing',
                        '{"sourceID":"W1","title":"Welding for Beginners","summary":"Arc welding","subjects":[],"runs":[]}', '2026-01-01'),
                       (2, 'alpha', 'C1', 'Care Certificate', 'Care work', 2, 'care-services',
                        '{"sourceID":"C1","title":"Care Certificate","summary":"Care work","subjects":[],"runs":[]}', '2026-01-01');
                INSERT INTO course_run (course_id, source_id, position, start_date, flexible_start, delivery_mode, study_mode,
                    attendance_pattern, district, at_provider_address, cost_pence, funded, payload)
                VALUES (1, 'W1-a', 0, '2027-03-01', 0, 'classroom', 'part-time', 'evening', 'wyre-forest', 0, 30000, 0, '{}'),
                       (1, 'W1-b', 1, '2027-01-10', 0, 'online', 'part-time', 'evening', NULL, 0, 25000, 0, '{}'),
                       (2, 'C1-a', 0, NULL, 1, 'online', 'flexible', NULL, NULL, 0, 9500, 1, '{}');
                INSERT INTO course_fts (rowid, title, keywords, body) VALUES
                    (1, 'Welding for Beginners', 'Certificate', 'Arc welding'), (2, 'Care Certificate', 'Award', 'Care work');
                """)
        }
        #expect(try await queue.read { db in try db.indexes(on: "course_run").contains { $0.name == "course_run_course" } } == false)

        // MUT: opening the database applies the later migrations
        let database = try AppDatabase(queue)

        // validation
        let applied = try await queue.read { db in try AppDatabase.migrator.appliedMigrations(db) }
        #expect(applied.contains("v2-search-indexes"))
        #expect(try await queue.read { db in try db.indexes(on: "course_run").contains { $0.name == "course_run_course" } })
        var query = CourseSearchQuery(text: "welding", today: "2026-11-21")
        let page = try await database.searchCourses(query)
        #expect(page.total == 1)
        let welding = try #require(page.results.first)
        #expect(welding.nextStart == "2027-01-10")
        #expect(welding.minCostPence == 25_000)
        #expect(welding.deliveryModes == [.classroom, .online])
        #expect(welding.runCount == 2)
        query = CourseSearchQuery(sort: .startDate, today: "2026-11-21")
        #expect(try await database.searchCourses(query).results.map(\.title) == ["Care Certificate", "Welding for Beginners"])
        query = CourseSearchQuery(deliveryModes: [.online], maxCostPence: 26_000, today: "2026-11-21")
        #expect(try await database.searchCourses(query).total == 2)
    }
}
