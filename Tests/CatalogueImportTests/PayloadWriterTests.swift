import CatalogueImport
import DefaultCatalogue
import Domain
import Foundation
@testable import Storage
import Testing

// MARK: - Direct payload writer agrees with the Codable encoder

@Suite("Course payload writer")
struct PayloadWriterTests {
    @Test("writes the same bytes as the streaming Codable encoder for every course of the default catalogue and the fixtures")
    func agreesWithCodable() async throws {
        let recorder = CourseRecorder()
        let store = RecordingStore(inner: try AppDatabase.inMemory(), recorder: recorder)
        let directory = try #require(DefaultCatalogue.directoryURL)
        let reports = try await CatalogueLoader(store: store).load(from: directory, today: "2026-11-21")
        #expect(reports.allSatisfy { $0.applied })
        for name in ["xcri12-variants.xml", "xcri11-basic.xml", "xcri12-html-entities.xml", "dfe-current.csv",
                     "BulkUpload_ValidAllRegionsCommainCourseText.csv", "BulkUpload_SpecialChars2.csv", "synthetic-poppleton-pg-generic-2015.xml"] {
            _ = try await CatalogueImporter(store: store).importFeed(try fixture(name), provider: ProviderID(rawValue: "fixtures")!)
        }
        let courses = recorder.courses
        #expect(courses.count > 300)
        let writer = CoursePayloadWriter()
        var runs = 0
        for course in courses {
            #expect(writer.course(course) == (try StreamingJSONEncoder().encode(course)), "course \(course.sourceID)")
            var body = course
            body.runs = []
            #expect(writer.course(course, withRuns: false) == (try StreamingJSONEncoder().encode(body)))
            for run in course.runs {
                #expect(writer.run(run) == (try StreamingJSONEncoder().encode(run)), "run \(run.sourceID)")
                runs += 1
            }
        }
        #expect(runs > courses.count)
    }

    @Test("escapes quotes, backslashes and control characters, and writes negative and zero numbers, as the encoder does")
    func escapesLikeCodable() throws {
        var run = CourseRun(sourceID: "r\"1\\\u{01}", title: "Tab\there\r\nnew line — £5 ✓", flexibleStart: true,
                            duration: Duration(value: 0, unit: .weeks, iso: "P0W", text: "none"), places: -3, nationalDelivery: true,
                            subRegions: ["A \"quoted\" place", "B"])
        run.cost = Cost(amountPence: -12_345, text: nil)
        run.venue = Venue(reference: "V/1", name: "Hall", address: Address(lines: ["1 High St", "Line\u{1F}"], town: "Redditch", postcode: "B97 4DE"),
                          email: "a@b.c", phone: "01527", website: "https://x.example/a?b=c&d", isProviderAddress: true)
        run.studyMode = .defaulted(.fullTime)
        run.attendanceMode = Coded(raw: "CM", value: nil)
        let course = Course(
            sourceID: "c1", title: "Course", summary: "Sum", qualification: Qualification(title: "Q", reference: "60012345", type: nil),
            level: .entry, subjects: [Subject(label: "Maths", code: "G100", scheme: "JACS3"), Subject(label: "English")], route: .digital,
            courseType: "Short", url: "https://example.org", fundingNotes: "Free", runs: [run, CourseRun(sourceID: "")])
        let writer = CoursePayloadWriter()
        #expect(writer.course(course) == (try StreamingJSONEncoder().encode(course)))
        #expect(writer.run(run) == (try StreamingJSONEncoder().encode(run)))
        let decoded = try PayloadCoding.decode(Course.self, from: writer.course(course))
        #expect(decoded == course)
    }
}

// MARK: - A store that records what the importer puts

/// Collects every course the importer stores.
final class CourseRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Course] = []

    func append(_ course: Course) { lock.withLock { stored.append(course) } }
    var courses: [Course] { lock.withLock { stored } }
}

/// Forwards to a real store, recording the courses put through its provision writer.
struct RecordingStore: CatalogueStore {
    let inner: AppDatabase
    let recorder: CourseRecorder

    func providers() async throws -> [ProviderSummary] { try await inner.providers() }
    func provider(id: ProviderID) async throws -> Provider? { try await inner.provider(id: id) }
    func saveProvider(_ provider: Provider) async throws { try await inner.saveProvider(provider) }
    func course(id: Int64) async throws -> CatalogueCourse? { try await inner.course(id: id) }
    func searchCourses(_ query: CourseSearchQuery) async throws -> CourseSearchPage { try await inner.searchCourses(query) }
    func isCatalogueEmpty() async throws -> Bool { try await inner.isCatalogueEmpty() }

    func withProvision<T: Sendable>(
        of provider: ProviderID, _ body: @escaping @Sendable (any ProvisionWriter) throws -> (result: T, commit: Bool)
    ) async throws -> T {
        let recorder = recorder
        return try await inner.withProvision(of: provider) { writer in
            try body(RecordingWriter(inner: writer, recorder: recorder))
        }
    }
}

private struct RecordingWriter: ProvisionWriter {
    let inner: any ProvisionWriter
    let recorder: CourseRecorder

    var provider: Provider { inner.provider }
    func updateProvider(_ details: ProviderDetails) throws { try inner.updateProvider(details) }
    func venues() throws -> [Venue] { try inner.venues() }
    func replaceVenues(_ venues: [Venue]) throws -> ChangeCounts { try inner.replaceVenues(venues) }
    func put(_ course: Course) throws -> (course: ChangeKind, runs: ChangeCounts) {
        recorder.append(course)
        return try inner.put(course)
    }
    func removeCoursesNotPut() throws -> (courses: Int, runs: Int) { try inner.removeCoursesNotPut() }
}
