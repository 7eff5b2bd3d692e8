import CatalogueImport
import Domain
import Foundation
import GRDB
@testable import Storage
import Testing

// MARK: - v6: contentless search index

@Suite("Catalogue storage migration")
struct CatalogueStorageMigrationTests {
    static let catalogue = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Catalogue")
    static let queries = ["welding", "care", "digital marketing", "accounting", "english maths", "construction", "nursing", "level", "bootcamp", "health"]

    /// The default catalogue imported into a current database.
    static func current() async throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        let reports = try await CatalogueLoader(store: database).load(from: catalogue, today: "2026-11-21")
        #expect(reports.allSatisfy { $0.applied })
        return database
    }

    /// A database at `v5-diagnostics` holding the same rows as `source`, its search index filled the
    /// way v5 filled it (the text itself, kept in the FTS5 table).
    static func version5(copying source: AppDatabase) async throws -> DatabaseQueue {
        let queue = try await catalogueRows(of: source, atMigration: "v5-diagnostics")
        try await queue.write { db in try indexAsBeforeV8(db) }
        return queue
    }

    /// Fills `course_fts` from the stored payloads the way v1 to v7 did, spelled out: title;
    /// qualification, awarding body, course type, route, subjects; and a body that also held entry
    /// requirements, how you will learn, how assessed and where next.
    static func indexAsBeforeV8(_ db: Database) throws {
        for row in try Row.fetchAll(db, sql: "SELECT id, payload FROM course") {
            let course = try PayloadCoding.decode(Course.self, from: row["payload"])
            let keywords = ([course.qualification?.title, course.qualification?.awardingBody, course.courseType, course.route?.name]
                + course.subjects.map(\.label)).compactMap { $0 }.joined(separator: " ")
            let body = [course.summary, course.description, course.whatYouWillLearn, course.howYouWillLearn, course.entryRequirements,
                        course.howAssessed, course.whereNext, course.objective].compactMap { $0 }.joined(separator: "\n")
            try db.execute(sql: "INSERT INTO course_fts (rowid, title, keywords, body) VALUES (?, ?, ?, ?)",
                           arguments: [row["id"], course.title, keywords, body])
        }
    }

    /// Ranked FTS matches (rowid and the search's BM25 score) for each query.
    static func ranked(_ reader: any DatabaseReader) async throws -> [[String]] {
        try await reader.read { db in
            try queries.map { query in
                try Row.fetchAll(db, sql: """
                    SELECT rowid, -bm25(course_fts, 10.0, 3.0, 1.0) AS score FROM course_fts WHERE course_fts MATCH ?
                    ORDER BY score DESC, rowid
                    """, arguments: [query]).map { row in "\(row[0] as Int64):\(row[1] as Double)" }
            }
        }
    }

    /// Result ids of the application's own search for each query.
    static func searched(_ database: AppDatabase) async throws -> [[Int64]] {
        var pages: [[Int64]] = []
        for query in queries {
            pages.append(try await database.searchCourses(CourseSearchQuery(text: query, limit: 50, today: "2026-11-21")).results.map(\.id))
        }
        return pages
    }

    /// Every indexed term with its document and occurrence counts (independent of row ids).
    static func vocabulary(_ reader: any DatabaseWriter) async throws -> [String] {
        try await reader.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.course_terms USING fts5vocab(main, course_fts, row)")
            return try Row.fetchAll(db, sql: "SELECT term, doc, cnt FROM temp.course_terms ORDER BY term").map { "\($0[0] as String) \($0[1] as Int) \($0[2] as Int)" }
        }
    }

    @Test("a v5 database with the default catalogue upgrades to the contentless index and ranks exactly as before")
    func upgradeKeepsRanking() async throws {
        // setup: the default catalogue in a v5 database, and ranked results before upgrading
        let current = try await Self.current()
        let queue = try await Self.version5(copying: current)
        let before = try await Self.ranked(queue)
        #expect(before.filter { !$0.isEmpty }.count >= 8)
        #expect(try await queue.read { db in try db.tableExists("course_fts_content") })

        // MUT: applying v6 (v8 later re-indexes other text, see CatalogueSearchMigrationTests)
        try AppDatabase.migrator.migrate(queue, upTo: "v6-catalogue-storage")

        // validation: same matches, same scores, same order; the text copy is gone
        #expect(try await Self.ranked(queue) == before)
        #expect(try await queue.read { db in try db.tableExists("course_fts_content") } == false)
        #expect(try await queue.read { db in try AppDatabase.migrator.appliedMigrations(db) }.contains("v6-catalogue-storage"))
        // opening it applies the later migrations: it then searches and ranks like a current database
        let upgraded = try AppDatabase(queue)
        let searchedAfter = try await Self.searched(upgraded)
        #expect(try await Self.searched(current) == searchedAfter)
        #expect(try await Self.ranked(current.reader) == (try await Self.ranked(queue)))
    }

    @Test("after the upgrade, re-imports and erasure remove exactly the text each course was indexed with")
    func removalsStayConsistent() async throws {
        // setup: an upgraded v5 database with the default catalogue
        let queue = try await Self.version5(copying: try await Self.current())
        let database = try AppDatabase(queue)
        let provider = ProviderID(rawValue: "wcg")!
        let feed = try String(contentsOf: Self.catalogue.appendingPathComponent("feeds/wcg-courses.csv"), encoding: .utf8)
        // records end with CRLF; line breaks inside quoted descriptions are bare LFs
        let records = feed.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(records.count > 40)
        // a shorter feed in which one course has a new title: updated, unchanged and removed courses
        let shorter = records[0..<(records.count / 2)].joined(separator: "\r\n")
            .replacingOccurrences(of: ",Level 2 Diploma in Horticulture,", with: ",Level 2 Diploma in Garden Horticulture,")
        #expect(shorter.contains("Garden Horticulture"))

        // MUT: re-import the shorter feed, then erase two providers' data
        let report = try await CatalogueImporter(store: database).importFeed(Data(shorter.utf8), provider: provider)
        #expect(report.applied)
        #expect(report.removed > 0)
        #expect(report.updated > 0)
        #expect(report.unchanged > 0)
        let holder = CatalogueDataHolder(database: database)
        for id in ["kidderminster-college", "hw-chamber-training"] {
            let organisation = Organisation(id: OrganisationID(rawValue: "org-\(id)")!, name: id, kind: .provider, providerID: ProviderID(rawValue: id)!)
            #expect(try await holder.deleteData(of: organisation) > 0)
        }

        // validation: the index holds the same terms and counts as one built from scratch for what is left
        try await Self.expectIndexMatchesRebuild(queue)
    }

    /// Checks that `queue`'s search index holds the same terms and counts as one built from scratch
    /// from the courses stored in it (more than 100 of them).
    static func expectIndexMatchesRebuild(_ queue: DatabaseQueue) async throws {
        let fresh = try AppDatabase.inMemory()
        let remaining = try await queue.read { db in
            try Row.fetchAll(db, sql: "SELECT id, payload FROM course").map { (id: $0["id"] as Int64, payload: $0["payload"] as String) }
        }
        #expect(remaining.count > 100)
        try await fresh.dbWriter.write { db in
            for course in remaining { try CourseSearchText(payload: course.payload).insert(id: course.id, in: db) }
        }
        let rebuilt = try await vocabulary(fresh.dbWriter)
        #expect(!rebuilt.isEmpty)
        #expect(try await vocabulary(queue) == rebuilt)
    }
}
