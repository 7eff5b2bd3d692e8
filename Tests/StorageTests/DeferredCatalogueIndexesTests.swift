import Domain
import Foundation
import GRDB
@testable import Storage
import Testing

// MARK: - Secondary indexes built after a first load

/// A first load into an empty catalogue drops the indexes of `course` and `course_run` whose keys
/// arrive in no particular order inside its transaction and builds them again before the commit; these check that the schema and
/// the data come out as an import with the indexes kept would leave them, and that a failed or
/// rolled-back first load changes nothing.
@Suite("Deferred catalogue indexes")
struct DeferredCatalogueIndexesTests {
    /// The catalogue tables' indexes that have SQL of their own, by name.
    static func indexes(_ database: AppDatabase) async throws -> [String: String] {
        try await database.dbWriter.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT name, sql FROM sqlite_schema
                WHERE type = 'index' AND tbl_name IN ('course', 'course_run') AND sql IS NOT NULL
                """)
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["name"], $0["sql"]) })
        }
    }

    static func course(_ index: Int) -> Course {
        Course(
            sourceID: "C\(index)", title: ["Welding", "Bookkeeping", "Plastering"][index % 3] + " \(index)",
            description: "A practical course, number \(index).", level: Level(rank: 1 + index % 3),
            runs: [CourseRun(sourceID: "R1", start: PartialDate(iso: "2027-0\(1 + index % 9)-01", precision: .day), flexibleStart: index % 4 == 0),
                   CourseRun(sourceID: "R2", flexibleStart: true)])
    }

    @Test("a first load leaves the same indexes, consistent with the tables, and searches that use them work")
    func firstLoadRebuildsIndexes() async throws {
        let database = try AppDatabase.inMemory()
        let before = try await Self.indexes(database)
        #expect(before.count >= 7)
        let provider = ProviderID(rawValue: "first-load")!
        _ = try await database.withProvision(of: provider) { writer in
            for index in 1...60 { _ = try writer.put(Self.course(index)) }
            return (result: 0, commit: true)
        }
        #expect(try await Self.indexes(database) == before)
        let check = try await database.dbWriter.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"])
        // The rebuild lowers the page cache for its sorts; the writer's connection ends with SQLite's default.
        let cacheSize = try await database.dbWriter.write { try Int.fetchOne($0, sql: "PRAGMA cache_size") }
        #expect(cacheSize == AppDatabase.defaultCacheSize)
        #expect(try await database.searchCourses(CourseSearchQuery(text: "welding", providers: [provider], limit: 100)).total == 20)
        let levelTwo = try await database.searchCourses(CourseSearchQuery(minLevel: Level(rank: 2), maxLevel: Level(rank: 2), limit: 100))
        #expect(levelTwo.total == 20)
        let early = try await database.searchCourses(CourseSearchQuery(startFrom: "2027-01-01", startTo: "2027-01-31", limit: 100))
        #expect(early.total > 0)
    }

    @Test("a first load that fails or is rolled back leaves the indexes as they were and stores nothing")
    func failedFirstLoadChangesNothing() async throws {
        let database = try AppDatabase.inMemory()
        let before = try await Self.indexes(database)
        let provider = ProviderID(rawValue: "fails")!
        struct Rejected: Error {}
        await #expect(throws: Rejected.self) {
            _ = try await database.withProvision(of: provider) { writer -> (result: Int, commit: Bool) in
                for index in 1...10 { _ = try writer.put(Self.course(index)) }
                throw Rejected()
            }
        }
        #expect(try await Self.indexes(database) == before)
        _ = try await database.withProvision(of: provider) { writer in
            for index in 1...10 { _ = try writer.put(Self.course(index)) }
            return (result: 0, commit: false)  // a dry run or a strict rejection
        }
        #expect(try await Self.indexes(database) == before)
        #expect(try await database.isCatalogueEmpty())
    }

    @Test("only the scattered-key indexes are dropped, only while the catalogue has no courses, and rebuilt from their own SQL")
    func droppedOnlyWhenEmpty() async throws {
        let database = try AppDatabase.inMemory()
        let before = try await Self.indexes(database)
        try await database.dbWriter.write { db in
            let deferred = try DeferredCatalogueIndexes.dropIfCatalogueEmpty(db)
            #expect(Set(deferred.statements) == Set(DeferredCatalogueIndexes.names.compactMap { before[$0] }))
            #expect(deferred.statements.count == 3)
            let left = try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('course', 'course_run') AND sql IS NOT NULL")
            #expect(Set(left) == Set(before.keys).subtracting(DeferredCatalogueIndexes.names))
            try deferred.rebuild(db)
        }
        #expect(try await Self.indexes(database) == before)
        _ = try await database.withProvision(of: ProviderID(rawValue: "first")!) { writer in
            _ = try writer.put(Self.course(1))
            return (result: 0, commit: true)
        }
        try await database.dbWriter.write { db in
            let deferred = try DeferredCatalogueIndexes.dropIfCatalogueEmpty(db)
            #expect(deferred.statements.isEmpty)
        }
        #expect(try await Self.indexes(database) == before)
    }

    @Test("a second provider's import keeps the first provider's courses findable through the indexes")
    func laterImportKeepsIndexes() async throws {
        let database = try AppDatabase.inMemory()
        _ = try await database.withProvision(of: ProviderID(rawValue: "first")!) { writer in
            for index in 1...30 { _ = try writer.put(Self.course(index)) }
            return (result: 0, commit: true)
        }
        _ = try await database.withProvision(of: ProviderID(rawValue: "second")!) { writer in
            for index in 31...45 { _ = try writer.put(Self.course(index)) }
            return (result: 0, commit: true)
        }
        let check = try await database.dbWriter.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"])
        #expect(try await database.searchCourses(CourseSearchQuery(text: "plastering", limit: 100)).total == 15)
    }

    /// A varied provision: shared title words (ties in relevance), levels, routes, start dates,
    /// flexible starts, delivery modes and costs, so the searches below use every deferred index.
    static func variedCourse(_ index: Int) -> Course {
        let subjects = ["Welding", "Bookkeeping", "Plastering", "Welding and fabrication", "Care", "Coding"]
        let modes: [DeliveryMode] = [.classroom, .online, .blended, .workBased]
        let routes: [Route?] = [.digital, .careServices, nil, .constructionAndTheBuiltEnvironment]
        let runs = (0..<(1 + index % 3)).map { run in
            CourseRun(
                sourceID: "R\(run)", start: PartialDate(iso: "2027-\(String(format: "%02d", 1 + (index + run) % 12))-\(String(format: "%02d", 1 + index % 28))", precision: .day),
                flexibleStart: (index + run) % 5 == 0,
                deliveryMode: Coded(raw: modes[(index + run) % 4].rawValue, value: modes[(index + run) % 4]),
                cost: Cost(amountPence: 5_000 * (index % 7), text: nil))
        }
        return Course(
            sourceID: "V\(index)", title: "\(subjects[index % subjects.count]) level \(1 + index % 4)",
            summary: "Practical \(subjects[(index / 2) % subjects.count].lowercased()) for adults.",
            level: Level(rank: 1 + index % 4), route: routes[index % 4], runs: runs)
    }

    @Test("a first load with deferred indexes answers every search exactly as the same courses loaded with the indexes kept")
    func sameSearchesEitherWay() async throws {
        let provider = ProviderID(rawValue: "varied")!
        let deferred = try AppDatabase.inMemory()
        _ = try await deferred.withProvision(of: provider) { writer in
            for index in 1...150 { _ = try writer.put(Self.variedCourse(index)) }
            return (result: 0, commit: true)
        }
        // The same provision into a catalogue that already has a course (so the indexes are kept),
        // whose provider then withdraws it.
        let kept = try AppDatabase.inMemory()
        let other = ProviderID(rawValue: "other")!
        _ = try await kept.withProvision(of: other) { writer in
            _ = try writer.put(Self.course(1))
            return (result: 0, commit: true)
        }
        _ = try await kept.withProvision(of: provider) { writer in
            for index in 1...150 { _ = try writer.put(Self.variedCourse(index)) }
            return (result: 0, commit: true)
        }
        _ = try await kept.withProvision(of: other) { writer in
            _ = try writer.removeCoursesNotPut()
            return (result: 0, commit: true)
        }
        var queries = [
            CourseSearchQuery(text: "welding", limit: 100),
            CourseSearchQuery(text: "level", limit: 100),
            CourseSearchQuery(text: "care", sort: .startDate, limit: 100),
            CourseSearchQuery(minLevel: Level(rank: 2), maxLevel: Level(rank: 3), limit: 100),
            CourseSearchQuery(routes: [.digital], limit: 100),
            CourseSearchQuery(deliveryModes: [.online, .blended], startFrom: "2027-03-01", startTo: "2027-06-30", limit: 100),
            CourseSearchQuery(maxCostPence: 10_000, sort: .startDate, limit: 100),
            CourseSearchQuery(sort: .startDate, limit: 100, offset: 20),
            CourseSearchQuery(limit: 100, offset: 40),
        ]
        for index in queries.indices { queries[index].today = "2027-01-15" }
        for query in queries {
            let expected = try await kept.searchCourses(query)
            let found = try await deferred.searchCourses(query)
            #expect(expected.total > 0)
            #expect(found.total == expected.total)
            // Ids differ by the withdrawn course; everything else, order included, is the same.
            #expect(found.results.map { [$0.title, $0.nextStart ?? "", "\($0.deliveryModes)", "\($0.level?.rank ?? 0)"] }
                == expected.results.map { [$0.title, $0.nextStart ?? "", "\($0.deliveryModes)", "\($0.level?.rank ?? 0)"] })
        }
    }
}
