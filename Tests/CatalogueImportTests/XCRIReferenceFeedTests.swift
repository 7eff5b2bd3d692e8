import CatalogueImport
import Domain
import Foundation
import Storage
import Testing

// MARK: - The shared XCRI-CAP reference files

@Suite("XCRI-CAP reference feeds")
struct XCRIReferenceFeedTests {
    @Test("the Poppleton 1.2 example imports one course with its presentation, venue and qualification")
    func poppleton() async throws {
        let catalogue = try TestCatalogue()
        let report = try await catalogue.importFixture("synthetic-poppleton-pg-generic-2015.xml")
        #expect(report.applied)
        #expect(report.format == .xcriCap12)
        #expect(report.courses == 1)
        #expect(report.runs == 1)
        #expect(report.created == 1)
        #expect(report.errors.isEmpty)
        #expect(report.warnings.isEmpty)

        let stored = try #require(try await catalogue.courses().first)
        let course = stored.course
        #expect(course.sourceID == "PG064")
        #expect(course.title == "Business and Marketing")
        #expect(course.summary?.hasPrefix("This professional masters degree") == true)
        #expect(course.description?.contains("MBA in Business and Marketing\n\nThis professional masters degree") == true)
        #expect(course.description?.contains("* Business Studies") == true)
        #expect(course.qualification?.title == "MBA Business and Marketing")
        #expect(course.qualification?.awardingBody == "Poppleton University")
        #expect(course.level == Level(rank: 7))
        #expect(course.subjects.contains(Subject(label: "Marketing", code: "N500", scheme: "JACS3")))
        #expect(course.entryRequirements == "First degree in any subject.")
        let run = try #require(course.runs.first)
        #expect(run.start == PartialDate(iso: "2015-09-01", precision: .day, text: "September 2015"))
        #expect(run.end?.iso == "2017-07-01")
        #expect(run.duration == Duration(value: 2, unit: .years, iso: "P2Y", text: "2 years"))
        #expect(run.studyMode == Coded(raw: "PT", value: .partTime))
        #expect(run.attendanceMode.value == .campus)
        #expect(run.deliveryMode.value == .classroom)
        #expect(run.attendancePattern.value == .daytime)
        #expect(run.cost == Cost(amountPence: 600_000, text: "GBP6,000 per stage"))
        #expect(run.places == 50)
        #expect(run.venue?.name == "Main Campus")
        #expect(run.venue?.address.postcode == "PP99 1PP")
        #expect(run.venue?.address.lines == ["University Road", "Poppleton"])
        #expect(run.venue?.district == .outsideCounty)

        let provider = try #require(try await catalogue.database.provider(id: ProviderID(rawValue: "test-provider")!))
        #expect(provider.name == "Poppleton University")
        #expect(provider.ukprn == "10099999")
        #expect(provider.address?.town == "Poppleton")
    }

    @Test("a presentation that has already run is flagged when today's date is known")
    func pastStart() async throws {
        let report = try await TestCatalogue().importFixture("synthetic-poppleton-pg-generic-2015.xml", options: ImportOptions(today: "2026-11-21"))
        #expect(report.applied)
        let warning = try #require(report.warnings.first { $0.code == "past-start" })
        #expect(warning.location.line == 106)  // the <mlo:start> element in the file
        #expect(warning.message.contains("2015-09-01"))
    }

    @Test("the deliberately broken Xcri4j file is read by element names with warnings")
    func reallyBad() async throws {
        let catalogue = try TestCatalogue()
        let report = try await catalogue.importFixture("synthetic-xcri4j-really-bad.xml")
        #expect(report.format == .xcriUnknown)
        #expect(report.applied)
        #expect(report.courses == 1)
        #expect(report.warningCodes.contains("no-namespace"))
        #expect(report.warningCodes.contains("derived-id"))
        let course = try #require(try await catalogue.courses().first).course
        #expect(course.title == "A Course")
        #expect(course.description == "This is a course, its great!")
        #expect(course.subjects.map(\.label) == ["Computing"])
        // An empty presentation still gets the specification's defaults.
        let run = try #require(course.runs.first)
        #expect(run.studyMode == .defaulted(.fullTime))
        #expect(run.attendanceMode == .defaulted(.campus))
        let provider = try #require(try await catalogue.database.provider(id: ProviderID(rawValue: "test-provider")!))
        #expect(provider.name == "A provider")
    }
}
