import CatalogueImport
import Domain
import Foundation
import Storage
import Testing

// MARK: - XCRI-CAP format variants (team fixtures)

@Suite("XCRI-CAP variants")
struct XCRIVariantTests {
    @Test("namespaces resolve by URI: CDP extension under any prefix, empty prefix, 1.2 terms, per-element declarations")
    func namespacesAndCodes() async throws {
        let catalogue = try TestCatalogue()
        let report = try await catalogue.importFixture("xcri12-variants.xml")
        #expect(report.applied)
        #expect(report.courses == 2)
        #expect(report.runs == 3)
        let courses = try await catalogue.courses()
        let cnc = try #require(courses.first { $0.course.sourceID == "REA-CNC-2" }).course
        // HTML in CDATA: tags removed, script dropped, list items kept, links kept with their address.
        #expect(cnc.description == "Learn to set and operate CNC lathes & mills.\n\n* G-code\n* Tooling\n\nDetails on our site (https://example.ac.uk/cnc).")
        // xsi:type=":teachingStrategy" (empty prefix) resolves to the terms vocabulary by local name.
        #expect(cnc.howYouWillLearn == "Workshop practice two evenings a week.")
        #expect(cnc.fundingNotes == "Free if you are unemployed.")
        #expect(cnc.route == .engineeringAndManufacturing)
        #expect(cnc.subjects == [Subject(label: "Machining", code: "XA.1", scheme: "LDCS3")])
        #expect(cnc.qualification?.reference == "60312345")
        #expect(cnc.level == Level(rank: 2))
        // Codes as text with legacy words; @dtf preferred over disagreeing text, with a warning.
        let first = cnc.runs[0]
        #expect(first.start?.iso == "2027-04-13")
        #expect(first.start?.text == "12 April 2027")
        #expect(first.studyMode == Coded(raw: "Part-Time Day", value: .partTime))
        #expect(first.attendanceMode == Coded(raw: "Campus", value: .campus))
        #expect(first.attendancePattern == Coded(raw: "EV", value: .evening))
        #expect(first.cost == Cost(amountPence: 35_000, text: "£350 (free if you are unemployed)"))
        let disagreement = try #require(report.warnings.first { $0.code == "date-disagrees" })
        #expect(disagreement.location.line == 18)
        #expect(disagreement.location.element == "course[1]/presentation[1]/mlo:start")
        // Free-text start, unknown code and a study mode misplaced in attendanceMode are kept raw with warnings.
        let second = cnc.runs[1]
        #expect(second.start == PartialDate(iso: nil, precision: nil, text: "As soon as enough students have enrolled"))
        #expect(second.studyMode == Coded(raw: "XX", value: nil))
        #expect(second.attendanceMode == Coded(raw: "Part time", value: nil))
        #expect(second.cost == Cost(amountPence: nil, text: "TBC"))
        #expect(second.venue?.district == .wyreForest)
        #expect(report.warnings.contains { $0.code == "unknown-code" && $0.message.contains("is a study mode, not an attendance mode") })

        // Un-typed URL identifier; route from a plain subject naming a route; XHTML in the default namespace.
        let welding = try #require(courses.first { $0.course.sourceID == "https://example.ac.uk/courses/welding" }).course
        #expect(welding.route == .engineeringAndManufacturing)
        #expect(welding.description == "Weld steel and aluminium.\n\nSee the page (https://example.ac.uk/weld)")
        let online = welding.runs[0]
        #expect(online.start == PartialDate(iso: "2027-09", precision: .month, text: "September 2027"))
        #expect(online.duration == Duration(value: 12, unit: .weeks, iso: "P12W", text: "12 weeks"))
        #expect(online.deliveryMode.value == .online)
        // Spec defaults when absent, flagged as defaults.
        #expect(online.studyMode == .defaulted(.fullTime))
        #expect(online.attendancePattern == .defaulted(.daytime))
        // Presentations without identifiers get stable derived keys.
        #expect(online.sourceID.hasPrefix("run-"))

        // Record-level errors are located and the records skipped.
        #expect(report.errors.map(\.code) == ["missing-title", "duplicate-course"])
        #expect(report.errors[0].location.line == 44)
        #expect(report.errors[1].location.element == "course[4]")
    }

    @Test("a run with no venue takes place at the provider's address, and its district follows it")
    func providerAddressWhenNoVenue() async throws {
        let catalogue = try TestCatalogue()
        _ = try await catalogue.importFixture("xcri12-variants.xml")
        let cnc = try #require(try await catalogue.courses().first { $0.course.sourceID == "REA-CNC-2" })
        let run = cnc.course.runs[0]
        #expect(run.venue?.isProviderAddress == true)
        #expect(run.venue?.address.postcode == "B97 4AB")
        let redditch = try await catalogue.database.searchCourses(CourseSearchQuery(districts: [.redditch]))
        #expect(redditch.results.map(\.title) == ["CNC Milling and Turning"])
    }

    @Test("default-namespace forms, and the same feed with a BOM and CRLF line ends, read identically")
    func defaultNamespacesBOMAndCRLF() async throws {
        var imported: [Course] = []
        for name in ["xcri12-default-namespaces.xml", "xcri12-bom-crlf.xml"] {
            let catalogue = try TestCatalogue()
            let report = try await catalogue.importFixture(name)
            #expect(report.applied, "\(name)")
            #expect(report.format == .xcriCap12)
            #expect(report.warnings.isEmpty, "\(name): \(report.warnings)")
            imported.append(try #require(try await catalogue.courses().first).course)
        }
        #expect(imported[0] == imported[1])
        let course = imported[0]
        #expect(course.title == "ESOL Entry Level 2")
        #expect(course.level == .entry)
        #expect(course.runs[0].start?.iso == "2027-01-11")
        #expect(course.runs[0].cost?.amountPence == 0)
        #expect(course.runs[0].venue?.district == .wyreForest)
    }

    @Test("issues in a one-line file carry the column of the element")
    func oneLineColumns() async throws {
        let catalogue = try TestCatalogue()
        let report = try await catalogue.importFixture("xcri12-one-line.xml")
        #expect(report.applied)
        let text = String(decoding: try fixture("xcri12-one-line.xml"), as: UTF8.self)
        let firstStart = try #require(text.range(of: "<mlo:start dtf=\"2027-02-30\""))
        let secondStart = try #require(text.range(of: "<mlo:start dtf=\"2027-13-01\""))
        let expected = [firstStart, secondStart].map { text.distance(from: text.startIndex, to: $0.lowerBound) + 1 }
        let badDates = report.warnings.filter { $0.code == "bad-dtf" }
        #expect(badDates.map(\.location.column) == expected)
        #expect(badDates.allSatisfy { $0.location.line == 1 })
        // An invalid @dtf falls back to the text; text that is no date keeps only the words.
        let runs = try #require(try await catalogue.courses().first).course.runs
        #expect(runs[0].start?.iso == nil)
        #expect(runs[0].start?.text == "30 February 2027")
        #expect(runs[1].start?.text == "sometime")
    }

    @Test("XCRI-CAP 1.1: typed descriptions, labels for codes, flat venues")
    func xcri11() async throws {
        let catalogue = try TestCatalogue()
        let report = try await catalogue.importFixture("xcri11-basic.xml")
        #expect(report.format == .xcriCap11)
        #expect(report.applied)
        let course = try #require(try await catalogue.courses().first).course
        #expect(course.objective == "Prepare learners for work as accounts assistants.")
        #expect(course.whatYouWillLearn == "Advanced bookkeeping, final accounts, management accounting.")
        #expect(course.entryRequirements == "AAT Level 2 or equivalent experience.")
        #expect(course.whereNext == "AAT Level 4 Diploma in Professional Accounting.")
        #expect(course.url == "https://www.malvernskills.example/aat3")
        #expect(course.route == .legalFinanceAndAccounting)
        #expect(course.level == Level(rank: 3))
        let run = try #require(course.runs.first)
        #expect(run.studyMode == Coded(raw: "Sandwich", value: .fullTime))
        #expect(run.attendanceMode.value == .campus)
        #expect(run.attendancePattern.value == .customised)
        #expect(run.cost?.amountPence == 115_000)
        #expect(run.venue?.address.lines == ["Unit 4", "Spring Lane"])
        #expect(run.venue?.district == .malvernHills)
        let provider = try #require(try await catalogue.database.provider(id: ProviderID(rawValue: "test-provider")!))
        #expect(provider.name == "Malvern Skills Centre")
    }

    @Test("a provider or a course may be the document root", arguments: [("xcri12-root-provider.xml", "First Aid at Work"), ("xcri12-root-course.xml", "Food Hygiene Level 2")])
    func otherRoots(name: String, title: String) async throws {
        let catalogue = try TestCatalogue()
        let report = try await catalogue.importFixture(name)
        #expect(report.applied)
        #expect(try await catalogue.courses().map(\.course.title) == [title])
    }
}
