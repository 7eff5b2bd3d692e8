@testable import CatalogueImport
import Domain
import Foundation
import Storage
import Testing

// MARK: - Storing courses while the file is still being read

@Suite("CSV courses streamed to the store")
struct CSVStreamTests {
    static let header = "LARS_QAN,WHO_THIS_COURSE_IS_FOR,ENTRY_REQUIREMENTS,WHAT_YOU_WILL_LEARN,HOW_YOU_WILL_LEARN,WHAT_YOU_WILL_NEED_TO_BRING,"
        + "HOW_YOU_WILL_BE_ASSESSED,WHERE_NEXT,COURSE_NAME,YOUR_REFERENCE,DELIVERY_MODE,START_DATE,FLEXIBLE_START_DATE,VENUE_NAME,"
        + "YOUR_VENUE_REFERENCE,NATIONAL_DELIVERY,SUB_REGION,COURSE_WEBPAGE,COST,COST_DESCRIPTION,DURATION,DURATION_UNIT,STUDY_MODE,ATTENDANCE_PATTERN"

    /// One clean online run of course `course` (no warnings), with `padding` extra characters of description.
    static func row(course: Int, run: Int, padding: Int = 0, date: String = "07/09/2027", cost: String = "120.00") -> String {
        let about = "Adults who want to work in digital support, course \(course)." + String(repeating: " More detail.", count: padding / 13)
        return "\(60_100_000 + course),\"\(about)\",None,\"Networks, \"\"cloud\"\" basics\",Online sessions,A laptop,Portfolio,Level 3,"
            + "Digital support \(course),C\(course)-R\(run),Online,\(date),No,,,,,https://example.ac.uk/c\(course),\(cost),,12,Weeks,,"
    }

    /// A course file from `(course, run)` pairs in the order given.
    static func file(_ rows: [(Int, Int)], padding: Int = 0) -> String {
        ([header] + rows.map { row(course: $0.0, run: $0.1, padding: padding) }).joined(separator: "\r\n") + "\r\n"
    }

    /// Every run of `courses` courses (`runs` each), each course's rows next to each other.
    static func adjacent(courses: Int, runs: Int) -> [(Int, Int)] {
        (0..<courses).flatMap { course in (0..<runs).map { (course, $0) } }
    }

    /// The same runs with the courses interleaved: run 0 of every course, then run 1 of every course, ...
    static func interleaved(courses: Int, runs: Int) -> [(Int, Int)] {
        (0..<runs).flatMap { run in (0..<courses).map { ($0, run) } }
    }

    /// The report without what legitimately differs between two imports (time taken, source name).
    static func comparable(_ report: ImportReport) -> ImportReport {
        var report = report
        report.durationMilliseconds = 0
        report.source = nil
        return report
    }

    /// Every course of the provider, with its runs, in id order (paging past the helper's 100).
    static func allCourses(_ catalogue: TestCatalogue) async throws -> [CatalogueCourse] {
        var result: [CatalogueCourse] = []
        while true {
            let page = try await catalogue.database.searchCourses(
                CourseSearchQuery(providers: [ProviderID(rawValue: "test-provider")!], limit: 100, offset: result.count))
            for summary in page.results {
                if let course = try await catalogue.database.course(id: summary.id) { result.append(course) }
            }
            if page.results.isEmpty || result.count >= page.total { break }
        }
        return result.sorted { $0.id < $1.id }
    }

    // MARK: Grouping as rows arrive

    /// Streams `text`'s course rows, collecting the courses handed on and the issues.
    static func stream(_ text: String) throws -> (courses: [Course], warnings: [ImportIssue], errors: [ImportIssue]) {
        let parser = DfECSVParser(today: "2026-11-21", knownVenues: [Venue(reference: "MS", name: "Main Site")])
        var issues = IssueCollector()
        var courses: [Course] = []
        try Array(text.utf8).withUnsafeBufferPointer { bytes in
            let (reader, header) = try parser.readHeader(bytes, issues: &issues)
            _ = try parser.streamCourses(after: reader, header: header, issues: &issues) { courses.append($0) }
        }
        let (warnings, errors) = issues.finished()
        return (courses, warnings, errors)
    }

    @Test("streamed grouping gives the same courses, runs, warnings and errors, in the same order, as grouping the whole file")
    func streamSameAsGrouped() throws {
        // Unknown venues in many rows, shared references, ragged and invalid rows, blank lines, quoted line breaks.
        let text = CSVTwoHalvesTests.feed(rows: 3_000)
        let grouped = try CSVTwoHalvesTests.parse(text, parallelFrom: .max)
        let streamed = try Self.stream(text)
        #expect(grouped.courses.count > 900)
        #expect(Set(grouped.warnings.map(\.code)).isSuperset(of: ["unknown-venue", "duplicate-run", "url-scheme"]))
        #expect(streamed.courses == grouped.courses)
        #expect(streamed.warnings == grouped.warnings)
        #expect(streamed.errors == grouped.errors)
    }

    @Test("a row that returns to a course already handed on stops the stream at that row")
    func scatteredRowsStop() throws {
        let text = Self.file([(0, 0), (0, 1), (1, 0), (2, 0), (1, 1), (3, 0)])
        var handedOn: [String] = []
        var issues = IssueCollector()
        let parser = DfECSVParser(today: nil, knownVenues: [])
        #expect {
            try Array(text.utf8).withUnsafeBufferPointer { bytes in
                let (reader, header) = try parser.readHeader(bytes, issues: &issues)
                _ = try parser.streamCourses(after: reader, header: header, issues: &issues) { handedOn.append($0.title) }
            }
        } throws: { error in
            (error as? ScatteredCourseRows)?.row == 6  // the header is row 1
        }
        // Courses 0 and 1 were complete as far as the stream could tell; course 2 was still open.
        #expect(handedOn == ["Digital support 0", "Digital support 1"])
    }

    @Test("the look-ahead scan finds the first row that comes back to an earlier course, and nothing in an adjacent file")
    func scatterWatch() throws {
        func scan(_ text: String) throws -> Int? {
            var issues = IssueCollector()
            return try Array(text.utf8).withUnsafeBufferPointer { bytes in
                var (reader, header) = try DfECSVParser(today: nil, knownVenues: []).readHeader(bytes, issues: &issues)
                return CSVScatterWatch.firstScatteredRow(&reader, header: header) { false }
            }
        }
        #expect(try scan(Self.file(Self.adjacent(courses: 50, runs: 3))) == nil)
        #expect(try scan(CSVTwoHalvesTests.feed(rows: 900)) == nil)  // ragged, invalid and blank rows between a course's rows
        #expect(try scan(Self.file([(0, 0), (0, 1), (1, 0), (2, 0), (1, 1), (3, 0)])) == 6)
        #expect(try scan(Self.file(Self.interleaved(courses: 10, runs: 2))) == 12)
        // The streamed import gives up at the scan's row, before reaching the scattered row itself.
        let text = Self.file(Self.adjacent(courses: 300, runs: 2))
        var handedOn = 0
        var issues = IssueCollector()
        let parser = DfECSVParser(today: nil, knownVenues: [])
        #expect {
            try Array(text.utf8).withUnsafeBufferPointer { bytes in
                let (reader, header) = try parser.readHeader(bytes, issues: &issues)
                _ = try parser.streamCourses(after: reader, header: header, issues: &issues, scattered: { handedOn >= 10 ? 590 : nil }) { _ in
                    handedOn += 1
                }
            }
        } throws: { error in
            (error as? ScatteredCourseRows)?.row == 590
        }
        #expect(handedOn < 300)
    }

    // MARK: Through the importer

    @Test("adjacent, interleaved and half-to-half scattered rows give the same report and the same stored catalogue")
    func sameCatalogueWhateverTheOrder() async throws {
        let (courses, runs) = (40, 3)
        var orders = [Self.file(Self.adjacent(courses: courses, runs: runs)), Self.file(Self.interleaved(courses: courses, runs: runs))]
        // Over 1 MB, so the grouped fallback reads it in two halves; course 0's last run is at the very end.
        var split = Self.adjacent(courses: 700, runs: 2)
        split.append(split.remove(at: 1))
        let large = [Self.file(Self.adjacent(courses: 700, runs: 2), padding: 1_200), Self.file(split, padding: 1_200)]
        #expect(large[1].utf8.count > 1 << 20)
        orders += large

        var outcomes: [(report: ImportReport, courses: [CatalogueCourse])] = []
        for text in orders {
            let catalogue = try TestCatalogue()
            let report = try await catalogue.importText(text, options: ImportOptions(today: "2026-11-21"))
            #expect(report.applied)
            #expect(report.warnings.isEmpty && report.errors.isEmpty, "\(report.warnings + report.errors)")
            let stored = try await Self.allCourses(catalogue)
            // Importing the same file again changes nothing.
            let again = try await catalogue.importText(text, options: ImportOptions(today: "2026-11-21"))
            #expect((again.created, again.updated, again.unchanged, again.removed) == (0, 0, report.courses, 0))
            #expect(again.runChanges == ChangeCounts(unchanged: report.runs))
            #expect(try await Self.allCourses(catalogue) == stored)
            outcomes.append((Self.comparable(report), stored))
        }
        #expect(outcomes[0].report.courses == courses)
        #expect(outcomes[0].report.runs == courses * runs)
        #expect(outcomes[0].courses.map { $0.course.runs.map(\.sourceID) }.first == ["C0-R0", "C0-R1", "C0-R2"])
        #expect(outcomes[1].report == outcomes[0].report)
        #expect(outcomes[1].courses.map(\.course) == outcomes[0].courses.map(\.course))
        #expect(outcomes[2].report.courses == 700)
        #expect(outcomes[3].report == outcomes[2].report)
        #expect(outcomes[3].courses.map(\.course) == outcomes[2].courses.map(\.course))
    }

    @Test("a scattered file replaces earlier provision exactly as an adjacent one does, counting each change once")
    func scatteredUpdateCounts() async throws {
        let catalogue = try TestCatalogue()
        let reference = try TestCatalogue()
        let before = Self.file(Self.adjacent(courses: 6, runs: 2))
        _ = try await catalogue.importText(before)
        _ = try await reference.importText(before)
        // Course 1 gains a run, course 4 loses one, course 5 goes, course 6 is new; courses interleave.
        let rows = [(0, 0), (1, 0), (0, 1), (1, 1), (2, 0), (2, 1), (3, 0), (1, 2), (3, 1), (4, 0), (6, 0)]
        let scattered = try await catalogue.importText(Self.file(rows))
        let adjacent = try await reference.importText(Self.file(rows.sorted { $0 < $1 }))
        #expect(Self.comparable(scattered) == Self.comparable(adjacent))
        #expect((scattered.created, scattered.updated, scattered.unchanged, scattered.removed) == (1, 2, 3, 1))
        #expect(scattered.runChanges == ChangeCounts(created: 2, unchanged: 9, removed: 3))
        #expect(try await catalogue.courses().map(\.course) == reference.courses().map(\.course))
    }

    @Test("strict mode rejects a file whose error comes after courses were stored, and the catalogue is left as it was")
    func strictMidStream() async throws {
        let catalogue = try TestCatalogue()
        _ = try await catalogue.importText(Self.file(Self.adjacent(courses: 30, runs: 2)))
        let before = try await Self.allCourses(catalogue)
        var lines = Self.file(Self.adjacent(courses: 60, runs: 2)).components(separatedBy: "\r\n")
        lines[101] = Self.row(course: 50, run: 0, date: "31/02/2027")  // row 102 of the file
        let report = try await catalogue.importText(lines.joined(separator: "\r\n"), options: ImportOptions(strict: true))
        #expect(!report.accepted)
        #expect(!report.applied)
        #expect(report.errors.map(\.code) == ["bad-date"])
        #expect(report.errors.first?.location.row == 102)
        #expect(report.errors.first?.field == "START_DATE")
        #expect(report.courses == 60)  // the report still says what the file holds
        #expect(try await Self.allCourses(catalogue) == before)
    }

    @Test("an unclosed quote near the end rejects the whole file, and the courses before it are not kept")
    func unterminatedAfterStoring() async throws {
        let catalogue = try TestCatalogue()
        _ = try await catalogue.importText(Self.file(Self.adjacent(courses: 5, runs: 1)))
        let before = try await Self.allCourses(catalogue)
        let text = Self.file(Self.adjacent(courses: 80, runs: 2)) + "60100999,\"never closed,\r\n"
        let report = try await catalogue.importText(text)
        #expect(!report.applied)
        #expect(report.errors.first?.code == "unterminated-quote")
        #expect(report.errors.first?.location.row == 162)
        #expect(try await Self.allCourses(catalogue) == before)
    }

    @Test("a dry run, adjacent or scattered, reports the changes and stores nothing")
    func dryRunStoresNothing() async throws {
        for rows in [Self.adjacent(courses: 30, runs: 2), Self.interleaved(courses: 30, runs: 2)] {
            let catalogue = try TestCatalogue()
            let report = try await catalogue.importText(Self.file(rows), options: ImportOptions(dryRun: true))
            #expect(report.accepted)
            #expect(!report.applied)
            #expect((report.courses, report.created, report.runs) == (30, 30, 60))
            #expect(try await Self.allCourses(catalogue).isEmpty)
            #expect(try await catalogue.database.providers().allSatisfy { $0.courseCount == 0 })
        }
    }
}
