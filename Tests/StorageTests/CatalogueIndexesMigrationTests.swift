import Domain
import Foundation
import GRDB
@testable import Storage
import Testing

// MARK: - v7: merged catalogue indexes

@Suite("Catalogue indexes migration")
struct CatalogueIndexesMigrationTests {
    /// Searches whose filters lean on the indexes v7 merges: level without route, route with level,
    /// delivery mode without district, district with delivery mode, district alone, each also with
    /// keywords, and by start date.
    static let searches: [(name: String, query: CourseSearchQuery)] = [
        ("levels 3-5", CourseSearchQuery(minLevel: Level(rank: 3), maxLevel: Level(rank: 5), limit: 100)),
        ("up to level 2", CourseSearchQuery(maxLevel: Level(rank: 2), limit: 100)),
        ("care route, level 2+", CourseSearchQuery(routes: [.careServices, .digital], minLevel: Level(rank: 2), limit: 100)),
        ("online", CourseSearchQuery(deliveryModes: [.online], limit: 100)),
        ("classroom or blended", CourseSearchQuery(deliveryModes: [.classroom, .blended], limit: 100)),
        ("classroom in Worcester", CourseSearchQuery(deliveryModes: [.classroom], districts: [.worcester], limit: 100)),
        ("Wyre Forest or Redditch", CourseSearchQuery(districts: [.wyreForest, .redditch], limit: 100)),
        ("care, level 1-3", CourseSearchQuery(text: "care", minLevel: Level(rank: 1), maxLevel: Level(rank: 3), limit: 100)),
        ("digital, online", CourseSearchQuery(text: "digital", deliveryModes: [.online], limit: 100)),
        ("online by start date", CourseSearchQuery(deliveryModes: [.online], sort: .startDate, limit: 100)),
        ("level 2 by start date", CourseSearchQuery(minLevel: Level(rank: 2), maxLevel: Level(rank: 2), sort: .startDate, limit: 100)),
    ]

    /// A database at `v6-catalogue-storage` holding the same rows and search index as `source`.
    static func version6(copying source: AppDatabase) async throws -> DatabaseQueue {
        let queue = try await catalogueRows(of: source, atMigration: "v6-catalogue-storage")
        try await queue.write { db in
            for row in try Row.fetchAll(db, sql: "SELECT id, payload FROM course") {
                try CourseSearchText(payload: row["payload"]).insert(id: row["id"], in: db)
            }
        }
        return queue
    }

    /// Every search's total and results (id, score, runs summary), one line per result.
    static func results(_ database: AppDatabase) async throws -> [String: [String]] {
        var pages: [String: [String]] = [:]
        for (name, query) in searches {
            var query = query
            query.today = "2026-11-21"
            let page = try await database.searchCourses(query)
            pages[name] = ["total \(page.total)"] + page.results.map { result in
                "\(result.id) \(result.score.map { "\($0)" } ?? "-") \(result.districts.map(\.rawValue)) \(result.deliveryModes.map(\.rawValue)) \(result.nextStart ?? "-")"
            }
        }
        return pages
    }

    @Test("a v6 database with the default catalogue upgrades to the merged indexes and searches exactly as before")
    func upgradeKeepsResults() async throws {
        // setup: the default catalogue in a v6 database, and what plain SQL says the filters match there
        let current = try await CatalogueStorageMigrationTests.current()
        // every default course names a route: a few stored without one, as a feed without a route subject gives
        try await current.dbWriter.write { db in
            try db.execute(sql: "UPDATE course SET route = NULL WHERE id IN (SELECT id FROM course WHERE level BETWEEN 3 AND 5 ORDER BY id LIMIT 5)")
        }
        let queue = try await Self.version6(copying: current)
        let expected = try await queue.read { db in
            (
                levels: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM course WHERE level BETWEEN 3 AND 5") ?? -1,
                online: try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT course_id) FROM course_run WHERE delivery_mode = 'online'") ?? -1,
                noRoute: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM course WHERE route IS NULL AND level IS NOT NULL") ?? -1,
                noDistrict: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM course_run WHERE district IS NULL AND delivery_mode IS NOT NULL") ?? -1
            )
        }
        // the catalogue exercises the NULL branch of both merged indexes
        #expect(expected.noRoute > 0)
        #expect(expected.noDistrict > 0)

        // MUT: opening the database applies v7
        let upgraded = try AppDatabase(queue)

        // validation: the same pages as a database built at v7, and the totals plain SQL gives
        let after = try await Self.results(upgraded)
        #expect(after == (try await Self.results(current)))
        #expect(after["levels 3-5"]?.first == "total \(expected.levels)")
        #expect(after["online"]?.first == "total \(expected.online)")
        #expect(after.values.filter { $0.count > 1 }.count >= 9)
        let indexes = try await queue.read { db in
            try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('course', 'course_run')")
        }
        #expect(indexes.isSuperset(of: ["course_by_route", "course_run_by_place"]))
        #expect(indexes.isDisjoint(with: ["course_level", "course_route_level", "course_run_by_delivery", "course_run_by_district"]))
        #expect(try await queue.read { db in try AppDatabase.migrator.appliedMigrations(db) }.contains("v7-catalogue-indexes"))
    }

    @Test("level-only and delivery-only filters seek the merged indexes")
    func filtersUseMergedIndexes() async throws {
        // setup: an empty current database
        let database = try AppDatabase.inMemory()

        // MUT: the query plans of a level-only and a delivery-only filter
        let plans = try await database.reader.read { db in
            try [
                CourseSearchQuery(minLevel: Level(rank: 3)),
                CourseSearchQuery(deliveryModes: [.online]),
            ].map { query in
                let conditions = SearchConditions(query, pattern: nil)
                let (table, filter) = conditions.courseFilter.map { ("course", $0) } ?? ("course_run r", conditions.runFilter!)
                return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT 1 FROM \(table) WHERE \(filter.sql)", arguments: filter.arguments)
                    .map { $0["detail"] as String }.joined(separator: "\n")
            }
        }

        // validation: each seeks its merged index rather than scanning
        #expect(plans[0].contains("SEARCH course USING INDEX course_by_route"))
        #expect(plans[1].contains("SEARCH r USING INDEX course_run_by_place"))
    }
}
