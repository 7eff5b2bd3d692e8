import CatalogueImport
import Domain
import Foundation
import Storage
import Testing

// MARK: - Courses prepared off the storing thread are stored as plain puts

@Suite("Courses prepared on the producing thread")
struct PreparedCourseTests {
    static let feeds = [
        "xcri12-variants.xml", "xcri11-basic.xml", "xcri12-html-entities.xml", "synthetic-poppleton-pg-generic-2015.xml",
        "dfe-current.csv", "BulkUpload_ValidAllRegionsCommainCourseText.csv", "BulkUpload_SpecialChars2.csv",
    ]

    @Test("store the same courses, runs and search index as plain puts; re-importing either way finds everything unchanged", arguments: feeds)
    func sameAsPlainPut(name: String) async throws {
        let provider = ProviderID(rawValue: "prepared")!
        let options = ImportOptions(sourceName: name, today: "2026-11-21")
        // Plain: the recording writer offers no preparation, so every course goes through `put(_:)`.
        let plain = try TestCatalogue()
        let plainStore = RecordingStore(inner: plain.database, recorder: CourseRecorder())
        let plainReport = try await CatalogueImporter(store: plainStore).importFeed(try fixture(name), provider: provider, options: options)
        // Prepared: the SQLite store's own writer, courses prepared on the parser or preparing thread.
        let prepared = try TestCatalogue()
        let preparedReport = try await prepared.importer.importFeed(try fixture(name), provider: provider, options: options)

        try #require(plainReport.applied && preparedReport.applied, "\(plainReport.errors) \(preparedReport.errors)")
        #expect(preparedReport.courses > 0)
        #expect(preparedReport.created == plainReport.created)
        #expect(preparedReport.runChanges == plainReport.runChanges)
        #expect(preparedReport.warnings == plainReport.warnings)
        #expect(preparedReport.errors == plainReport.errors)
        #expect(try await prepared.courses(of: "prepared").map(\.course) == (try await plain.courses(of: "prepared").map(\.course)))
        // Whole summaries: ids, ranking, and the run columns bound from prepared rows (districts, modes, costs).
        for text in [nil, "course", "level", "business", "introduction", "maths"] {
            let query = CourseSearchQuery(text: text, providers: [provider], limit: 100)
            let expected = try await plain.database.searchCourses(query)
            let found = try await prepared.database.searchCourses(query)
            #expect(found == expected, "search \(text ?? "(all)")")
        }

        // "Unchanged" compares stored payload bytes: each path must find the other's rows identical.
        let again = try await prepared.importer.importFeed(try fixture(name), provider: provider, options: options)
        #expect(again.unchanged == preparedReport.courses && again.updated == 0 && again.created == 0)
        let crossed = try await plain.importer.importFeed(try fixture(name), provider: provider, options: options)
        #expect(crossed.unchanged == plainReport.courses && crossed.updated == 0 && crossed.created == 0)
        #expect(crossed.runChanges == ChangeCounts(unchanged: plainReport.runs))
        let back = try await CatalogueImporter(store: RecordingStore(inner: prepared.database, recorder: CourseRecorder()))
            .importFeed(try fixture(name), provider: provider, options: options)
        #expect(back.unchanged == preparedReport.courses && back.runChanges == ChangeCounts(unchanged: preparedReport.runs))
    }

    @Test("a storing failure part-way stops the preparing thread, surfaces the error and keeps nothing", arguments: ["dfe-current.csv", "xcri12-variants.xml"])
    func failureStopsPreparing(name: String) async throws {
        let catalogue = try TestCatalogue()
        let failing = FailingStore(inner: catalogue.database, failAt: 2)
        await #expect(throws: StoreBroke.self) {
            _ = try await CatalogueImporter(store: failing).importFeed(try fixture(name), provider: ProviderID(rawValue: "broken")!)
        }
        #expect(failing.counter.value == 2)
        #expect(try await catalogue.courses(of: "broken").isEmpty)
        // The store is still usable: the same feed then imports in full.
        let report = try await catalogue.importFixture(name, provider: "broken")
        #expect(report.applied && report.created == report.courses)
    }
}

// MARK: - A store whose writer fails on a given course

struct StoreBroke: Error {}

final class PutCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func next() -> Int { lock.withLock { count += 1; return count } }
    var value: Int { lock.withLock { count } }
}

/// Forwards to a real store, preparation included, but throws on the `failAt`-th course put.
struct FailingStore: CatalogueStore {
    let inner: AppDatabase
    let failAt: Int
    let counter = PutCounter()

    func providers() async throws -> [ProviderSummary] { try await inner.providers() }
    func provider(id: ProviderID) async throws -> Provider? { try await inner.provider(id: id) }
    func saveProvider(_ provider: Provider) async throws { try await inner.saveProvider(provider) }
    func course(id: Int64) async throws -> CatalogueCourse? { try await inner.course(id: id) }
    func searchCourses(_ query: CourseSearchQuery) async throws -> CourseSearchPage { try await inner.searchCourses(query) }
    func isCatalogueEmpty() async throws -> Bool { try await inner.isCatalogueEmpty() }

    func withProvision<T: Sendable>(
        of provider: ProviderID, _ body: @escaping @Sendable (any ProvisionWriter) throws -> (result: T, commit: Bool)
    ) async throws -> T {
        let (counter, failAt) = (counter, failAt)
        return try await inner.withProvision(of: provider) { writer in
            try body(FailingWriter(inner: writer, counter: counter, failAt: failAt))
        }
    }
}

private struct FailingWriter: ProvisionWriter {
    let inner: any ProvisionWriter
    let counter: PutCounter
    let failAt: Int

    var provider: Provider { inner.provider }
    var preparation: CoursePreparation { inner.preparation }
    func updateProvider(_ details: ProviderDetails) throws { try inner.updateProvider(details) }
    func venues() throws -> [Venue] { try inner.venues() }
    func replaceVenues(_ venues: [Venue]) throws -> ChangeCounts { try inner.replaceVenues(venues) }
    func put(_ course: Course) throws -> (course: ChangeKind, runs: ChangeCounts) {
        if counter.next() == failAt { throw StoreBroke() }
        return try inner.put(course)
    }
    func put(prepared: any PreparedCourse) throws -> (course: ChangeKind, runs: ChangeCounts) {
        if counter.next() == failAt { throw StoreBroke() }
        return try inner.put(prepared: prepared)
    }
    func removeCoursesNotPut() throws -> (courses: Int, runs: Int) { try inner.removeCoursesNotPut() }
}
