import CatalogueImport
import Domain
import Foundation
import Storage
import Testing

// MARK: - Atomic, idempotent imports

@Suite("Import transactions")
struct ImportTransactionTests {
    /// A small 1.2 feed with the given courses, each `(id, title, start)`.
    static func feed(_ courses: [(String, String, String)], ukprn: String = "10011111") -> String {
        let body = courses.map { id, title, start in
            """
            <course><dc:identifier>\(id)</dc:identifier><dc:title>\(title)</dc:title>
            <presentation><dc:identifier>\(id)-R1</dc:identifier><mlo:start dtf="\(start)">\(start)</mlo:start></presentation></course>
            """
        }.joined()
        return """
            <catalog xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:mlo="http://purl.org/net/mlo" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:cdp="http://xcri.co.uk">
            <provider><dc:identifier xsi:type="cdp:ukprn">\(ukprn)</dc:identifier><dc:title>Test College</dc:title>\(body)</provider></catalog>
            """
    }

    @Test("importing the same feed twice reports everything unchanged and keeps course ids")
    func idempotent() async throws {
        let catalogue = try TestCatalogue()
        let first = try await catalogue.importFixture("xcri12-variants.xml")
        let idsBefore = try await catalogue.courses().map(\.id)
        let second = try await catalogue.importFixture("xcri12-variants.xml")
        #expect(first.created == 2)
        #expect(second.applied)
        #expect((second.created, second.updated, second.unchanged, second.removed) == (0, 0, 2, 0))
        #expect(second.runChanges == ChangeCounts(unchanged: 3))
        #expect(try await catalogue.courses().map(\.id) == idsBefore)
    }

    @Test("a changed feed reports created, updated, unchanged and removed courses and runs")
    func changes() async throws {
        let catalogue = try TestCatalogue()
        _ = try await catalogue.importText(Self.feed([("A", "Alpha", "2027-01-10"), ("B", "Beta", "2027-02-10"), ("C", "Gamma", "2027-03-10")]))
        let report = try await catalogue.importText(Self.feed([("A", "Alpha", "2027-01-10"), ("B", "Beta Revised", "2027-02-10"), ("D", "Delta", "2027-04-10")]))
        #expect((report.created, report.updated, report.unchanged, report.removed) == (1, 1, 1, 1))
        #expect(report.runChanges == ChangeCounts(created: 1, updated: 0, unchanged: 2, removed: 1))
        #expect(try await catalogue.courses().map(\.course.title).sorted() == ["Alpha", "Beta Revised", "Delta"])
        // Keyword search follows the change.
        #expect(try await catalogue.database.searchCourses(CourseSearchQuery(text: "gamma")).total == 0)
        #expect(try await catalogue.database.searchCourses(CourseSearchQuery(text: "revised")).total == 1)
    }

    @Test("a run that changes makes its course updated")
    func runChange() async throws {
        let catalogue = try TestCatalogue()
        _ = try await catalogue.importText(Self.feed([("A", "Alpha", "2027-01-10")]))
        let report = try await catalogue.importText(Self.feed([("A", "Alpha", "2027-01-17")]))
        #expect(report.updated == 1)
        #expect(report.runChanges == ChangeCounts(updated: 1))
    }

    @Test("a dry run reports the changes and keeps the catalogue exactly as it was")
    func dryRun() async throws {
        let catalogue = try TestCatalogue()
        _ = try await catalogue.importText(Self.feed([("A", "Alpha", "2027-01-10")]))
        let before = try await catalogue.courses()
        let report = try await catalogue.importText(Self.feed([("B", "Beta", "2027-01-10")]), options: ImportOptions(dryRun: true))
        #expect(report.accepted)
        #expect(!report.applied)
        #expect((report.created, report.removed) == (1, 1))
        #expect(try await catalogue.courses() == before)
    }

    @Test("a failed import leaves the previous catalogue exactly as it was, and never touches other providers")
    func atomicAndScoped() async throws {
        let catalogue = try TestCatalogue()
        _ = try await catalogue.importText(Self.feed([("A", "Alpha", "2027-01-10"), ("B", "Beta", "2027-02-10")]), provider: "college-a")
        _ = try await catalogue.importText(Self.feed([("A", "Other Alpha", "2027-01-10")], ukprn: "10022222"), provider: "college-b")
        let before = try await catalogue.courses(of: "college-a")
        let other = try await catalogue.courses(of: "college-b")

        // Well-formed up to the last course, then broken: the courses read before the fault are rolled back.
        var broken = Self.feed([("A", "Alpha Changed", "2027-01-10"), ("Z", "Zeta", "2027-05-10")])
        broken = String(broken.dropLast("</provider></catalog>".count)) + "<course>"
        let failed = try await catalogue.importText(broken, provider: "college-a")
        #expect(!failed.applied)
        #expect(failed.errorCodes == ["not-well-formed"])
        #expect(try await catalogue.courses(of: "college-a") == before)

        // A different provider's courses survive college-a's replacement.
        let replaced = try await catalogue.importText(Self.feed([("C", "Gamma", "2027-03-10")]), provider: "college-a")
        #expect(replaced.removed == 2)
        #expect(try await catalogue.courses(of: "college-b") == other)
    }

    @Test("a feed whose UKPRN belongs to another provider is refused")
    func ukprnMismatch() async throws {
        let catalogue = try TestCatalogue()
        _ = try await catalogue.importText(Self.feed([("A", "Alpha", "2027-01-10")], ukprn: "10011111"))
        let report = try await catalogue.importText(Self.feed([("B", "Beta", "2027-01-10")], ukprn: "10099999"))
        #expect(report.errorCodes == ["ukprn-mismatch"])
        #expect(try await catalogue.courses().map(\.course.title) == ["Alpha"])
    }
}
