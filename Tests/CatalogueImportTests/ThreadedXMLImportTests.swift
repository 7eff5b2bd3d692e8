@testable import CatalogueImport
import Domain
import Foundation
import Storage
import Testing

// MARK: - Parsing on its own thread changes nothing

@Suite("Threaded XCRI-CAP import")
struct ThreadedXMLImportTests {
    @Test("stores exactly the courses, and reports exactly the issues, of the parser run on its own", arguments: [
        "xcri12-variants.xml", "xcri11-basic.xml", "xcri12-bom-crlf.xml", "xcri12-default-namespaces.xml",
        "xcri12-one-line.xml", "xcri12-root-course.xml", "xcri12-root-provider.xml", "synthetic-poppleton-pg-generic-2015.xml",
        "synthetic-xcri4j-really-bad.xml",
    ])
    func agreesWithDirectParse(name: String) async throws {
        let bytes = try fixture(name)
        let recorder = CourseRecorder()
        let store = RecordingStore(inner: try AppDatabase.inMemory(), recorder: recorder)
        let report = try await CatalogueImporter(store: store).importFeed(
            bytes, provider: ProviderID(rawValue: "threaded")!, options: ImportOptions(sourceName: name, today: "2026-11-21"))
        try #require(report.applied, "\(report.errors)")
        try #require(!report.warningCodes.contains("repaired"), "repaired feeds are parsed twice; compare only single passes")

        // The same bytes through the parser alone, on this thread, as the importer used to run it.
        let parser = XCRIParser(source: .data(bytes), sourceName: name, today: "2026-11-21")
        var direct: [Course] = []
        var providers: [ProviderDetails] = []
        try parser.parse(onProvider: { providers.append($0) }, onCourse: { direct.append($0) })

        #expect(recorder.courses == direct)
        #expect(report.courses == direct.count)
        #expect(report.runs == direct.reduce(0) { $0 + $1.runs.count })
        #expect(report.format == parser.format)
        let issues = parser.resolvedIssues()
        #expect(report.warnings.map(\.code) == issues.filter { $0.severity == .warning }.map(\.code))
        #expect(report.warnings.map(\.location) == issues.filter { $0.severity == .warning }.map(\.location))
        #expect(report.errors.map(\.code) == issues.filter { $0.severity == .error }.map(\.code))
    }

    @Test("a provider UKPRN that belongs to another provider stops the parser thread and changes nothing")
    func mismatchStopsParser() async throws {
        let catalogue = try TestCatalogue()
        let first = try await catalogue.importFixture("xcri12-variants.xml", provider: "college")
        try #require(first.applied)
        let before = try await catalogue.courses(of: "college")
        var provider = try #require(try await catalogue.database.provider(id: ProviderID(rawValue: "college")!))
        #expect(provider.ukprn == "10012345")  // declared by the feed
        provider.ukprn = "10000001"
        try await catalogue.database.saveProvider(provider)
        let again = try await catalogue.importFixture("xcri12-variants.xml", provider: "college")
        #expect(!again.applied)
        #expect(again.errorCodes.contains("ukprn-mismatch"))
        #expect(try await catalogue.courses(of: "college").map(\.course) == before.map(\.course))
    }
}
