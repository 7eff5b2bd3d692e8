import CatalogueImport
import Domain
import Foundation
import Storage
import Testing

// MARK: - Page order when the search walks indexes

/// Small pages over a catalogue where most courses match make search walk the title index or the
/// runs in start order and stop early; every page must still follow the documented order.
@Suite("Search order on index walks")
struct SearchOrderTests {
    static let today = "2026-11-21"

    /// One course of the generated feed, with what its order depends on.
    struct Entry {
        var title: String
        /// The next start from today on ("today" for flexible starts), or nil.
        var next: String?
    }

    /// 40 courses: every fifth starts flexibly, every seventh only in the past, the rest on one of
    /// four dates (so dates tie and titles decide); titles vary in case.
    static func makeCatalogue() async throws -> (AppDatabase, [Entry]) {
        var entries: [Entry] = []
        var courses = ""
        for index in 0..<40 {
            let title = (index % 3 == 0 ? "basic " : "Advanced ") + "Skill \(String(UnicodeScalar(UInt8(65 + (index * 7) % 26))))\(index)"
            let start: String
            let next: String?
            if index % 5 == 0 {
                start = "<mlo:start>Flexible start - enrol any time</mlo:start>"
                next = today
            } else if index % 7 == 0 {
                start = #"<mlo:start dtf="2025-01-0\#(index % 9 + 1)">past</mlo:start>"#
                next = nil
            } else {
                let date = "2027-01-0\(index % 4 + 1)"
                start = #"<mlo:start dtf="\#(date)">\#(date)</mlo:start>"#
                next = date
            }
            entries.append(Entry(title: title, next: next))
            courses += """
                <course><dc:identifier>C\(index)</dc:identifier><dc:title>\(title)</dc:title><dc:description>Practical skills.</dc:description>
                <presentation><dc:identifier>C\(index)-a</dc:identifier>\(start)<attendanceMode identifier="CM"/></presentation></course>
                """
        }
        let feed = """
            <catalog xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:mlo="http://purl.org/net/mlo">
            <provider><dc:title>Order College</dc:title>\(courses)</provider></catalog>
            """
        let database = try AppDatabase.inMemory()
        let report = try await CatalogueImporter(store: database).importFeed(Data(feed.utf8), provider: ProviderID(rawValue: "order")!)
        #expect(report.applied && report.courses == 40)
        return (database, entries)
    }

    func allPages(_ base: CourseSearchQuery, pageSize: Int, in database: AppDatabase) async throws -> [String] {
        var titles: [String] = []
        var offset = 0
        while true {
            var query = base
            query.limit = pageSize
            query.offset = offset
            query.today = Self.today
            let page = try await database.searchCourses(query)
            #expect(page.total == 40)
            if page.results.isEmpty { break }
            titles += page.results.map(\.title)
            offset += pageSize
        }
        return titles
    }

    @Test("pages by start date: flexible first, then soonest, ties by title ignoring case, no start last", arguments: [3, 7])
    func byStart(pageSize: Int) async throws {
        let (database, entries) = try await Self.makeCatalogue()
        let expected = entries.enumerated().sorted { a, b in
            switch (a.element.next, b.element.next) {
            case (nil, nil): break
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?) where x != y: return x < y
            default: break
            }
            let (p, q) = (a.element.title.lowercased(), b.element.title.lowercased())
            return p != q ? p < q : a.offset < b.offset
        }.map(\.element.title)
        #expect(try await allPages(CourseSearchQuery(sort: .startDate), pageSize: pageSize, in: database) == expected)
        // Keywords matching every course take the same path.
        #expect(try await allPages(CourseSearchQuery(text: "skill", sort: .startDate), pageSize: pageSize, in: database) == expected)
    }

    @Test("listing without keywords pages by title ignoring case")
    func byTitle() async throws {
        let (database, entries) = try await Self.makeCatalogue()
        let expected = entries.map(\.title).sorted { $0.lowercased() < $1.lowercased() }
        #expect(try await allPages(CourseSearchQuery(), pageSize: 6, in: database) == expected)
    }
}
