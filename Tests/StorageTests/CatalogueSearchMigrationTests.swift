import CatalogueImport
import Domain
import Foundation
import GRDB
@testable import Storage
import Testing

// MARK: - v8: search text is what a course is about

@Suite("Catalogue search migration")
struct CatalogueSearchMigrationTests {
    /// Course ids whose stored payload matches the FTS5 `query` in the text the search now indexes
    /// (title, keywords, summary, description, what you will learn, objective), and those that
    /// match it only in the text it no longer indexes (entry requirements, how you will learn, how
    /// assessed, where next). Worked out in a separate FTS5 table with the same tokenizer, so words
    /// match as the search matches them ("universities", "universal" and "university" alike).
    static func mentions(of query: String, in writer: any DatabaseWriter) async throws -> (taught: Set<Int64>, elsewhereOnly: Set<Int64>) {
        try await writer.write { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE temp.course_parts USING fts5(indexed, other, tokenize = 'porter unicode61 remove_diacritics 2')
                """)
            defer { try? db.execute(sql: "DROP TABLE temp.course_parts") }
            for row in try Row.fetchAll(db, sql: "SELECT id, payload FROM course") {
                let course = try PayloadCoding.decode(Course.self, from: row["payload"])
                let indexed = ([course.title, course.summary, course.description, course.whatYouWillLearn, course.objective,
                                course.qualification?.title, course.qualification?.awardingBody, course.courseType, course.route?.name]
                    + course.subjects.map(\.label)).compactMap { $0 }.joined(separator: "\n")
                let other = [course.entryRequirements, course.howYouWillLearn, course.howAssessed, course.whereNext].compactMap { $0 }
                    .joined(separator: "\n")
                try db.execute(sql: "INSERT INTO temp.course_parts (rowid, indexed, other) VALUES (?, ?, ?)", arguments: [row["id"], indexed, other])
            }
            let taught = try Int64.fetchSet(db, sql: "SELECT rowid FROM temp.course_parts WHERE course_parts MATCH ?", arguments: ["indexed : \(query)"])
            let other = try Int64.fetchSet(db, sql: "SELECT rowid FROM temp.course_parts WHERE course_parts MATCH ?", arguments: ["other : \(query)"])
            return (taught, other.subtracting(taught))
        }
    }

    /// Ids the search index matches for an FTS5 query.
    static func matches(_ query: String, in reader: any DatabaseReader) async throws -> Set<Int64> {
        try await reader.read { db in try Int64.fetchSet(db, sql: "SELECT rowid FROM course_fts WHERE course_fts MATCH ?", arguments: [query]) }
    }

    /// A database at `v7-catalogue-indexes` holding the same rows as `source`, its search index filled
    /// the way v7 filled it (the body including entry requirements, how you will learn, how assessed
    /// and where next).
    static func version7(copying source: AppDatabase) async throws -> DatabaseQueue {
        let queue = try await catalogueRows(of: source, atMigration: "v7-catalogue-indexes")
        try await queue.write { db in try CatalogueStorageMigrationTests.indexAsBeforeV8(db) }
        return queue
    }

    @Test("a subject named only in entry requirements or where next no longer finds the course; courses teaching it still match")
    func searchMatchesWhatCoursesTeach() async throws {
        // setup: the default catalogue, imported into a current database
        let database = try await CatalogueStorageMigrationTests.current()

        for query in ["maths", "university", "english"] {
            let mentions = try await Self.mentions(of: query, in: database.dbWriter)
            // the catalogue has both kinds of course for each subject
            #expect(!mentions.taught.isEmpty, "\(query)")
            #expect(!mentions.elsewhereOnly.isEmpty, "\(query)")

            // MUT: the index, and the application's search
            let matched = try await Self.matches(query, in: database.reader)
            let page = try await database.searchCourses(CourseSearchQuery(text: query, limit: CourseSearchQuery.maxLimit, today: "2026-11-21"))

            // validation: exactly the courses that teach it
            #expect(matched == mentions.taught, "\(query)")
            #expect(page.total == mentions.taught.count, "\(query)")
            #expect(Set(page.results.map(\.id)).isSubset(of: mentions.taught), "\(query)")
        }
    }

    @Test("a v7 database upgrades to the new search text: same matches and ranking as a current database")
    func upgradeReindexes() async throws {
        // setup: the default catalogue in a v7 database, whose index still matches entry requirements
        let current = try await CatalogueStorageMigrationTests.current()
        let queue = try await Self.version7(copying: current)
        let maths = try await Self.mentions(of: "maths", in: queue)
        #expect(try await Self.matches("maths", in: queue) == maths.taught.union(maths.elsewhereOnly))

        // MUT: opening the database applies v8
        let upgraded = try AppDatabase(queue)

        // validation: the index matches what a database built now matches, ranked the same
        #expect(try await Self.matches("maths", in: queue) == maths.taught)
        #expect(try await CatalogueStorageMigrationTests.ranked(queue) == (try await CatalogueStorageMigrationTests.ranked(current.reader)))
        #expect(try await CatalogueStorageMigrationTests.searched(upgraded) == (try await CatalogueStorageMigrationTests.searched(current)))
        #expect(try await CatalogueStorageMigrationTests.vocabulary(queue) == (try await CatalogueStorageMigrationTests.vocabulary(current.dbWriter)))
        #expect(try await queue.read { db in try AppDatabase.migrator.appliedMigrations(db) }.contains("v8-catalogue-search"))
    }

    @Test("after the upgrade, re-imports and erasure remove exactly the text each course was indexed with")
    func removalsAfterUpgrade() async throws {
        // setup: an upgraded v7 database with the default catalogue, and a shorter WCG feed with one
        // course retitled (updated, unchanged and removed courses)
        let queue = try await Self.version7(copying: try await CatalogueStorageMigrationTests.current())
        let database = try AppDatabase(queue)
        let feed = try String(contentsOf: CatalogueStorageMigrationTests.catalogue.appendingPathComponent("feeds/wcg-courses.csv"), encoding: .utf8)
        let records = feed.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let shorter = records[0..<(records.count / 2)].joined(separator: "\r\n")
            .replacingOccurrences(of: ",Level 2 Diploma in Horticulture,", with: ",Level 2 Diploma in Garden Horticulture,")
        #expect(shorter.contains("Garden Horticulture"))

        // MUT: re-import the shorter feed, then erase a provider's data
        let report = try await CatalogueImporter(store: database).importFeed(Data(shorter.utf8), provider: ProviderID(rawValue: "wcg")!)
        #expect(report.applied)
        #expect(report.removed > 0)
        #expect(report.updated > 0)
        let organisation = Organisation(id: OrganisationID(rawValue: "org-kc")!, name: "Kidderminster College", kind: .provider,
                                        providerID: ProviderID(rawValue: "kidderminster-college")!)
        #expect(try await CatalogueDataHolder(database: database).deleteData(of: organisation) > 0)

        // validation: the index holds the same terms and counts as one built from scratch for what is left
        try await CatalogueStorageMigrationTests.expectIndexMatchesRebuild(queue)
        #expect(try await Self.matches("\"garden horticulture\"", in: queue).count == 1)
    }
}
