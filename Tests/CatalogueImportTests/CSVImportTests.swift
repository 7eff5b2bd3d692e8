import CatalogueImport
import Domain
import Foundation
import Storage
import Testing

// MARK: - DfE course-directory CSV

@Suite("DfE CSV feeds")
struct CSVImportTests {
    @Test("the DfE valid file (older 26-column template) imports one course with its run")
    func validLegacy() async throws {
        let catalogue = try TestCatalogue()
        let report = try await catalogue.importFixture("BulkUpload_Valid.csv")
        #expect(report.applied)
        #expect(report.format == .dfeLegacyCourseCSV)
        #expect((report.courses, report.runs, report.created) == (1, 1, 1))
        #expect(report.errors.isEmpty)
        #expect(report.warningCodes.contains("start-with-flexible"))
        #expect(report.warningCodes.contains("url-scheme"))
        let course = try #require(try await catalogue.courses().first).course
        #expect(course.title == "VALID COURSE")
        #expect(course.qualification?.reference == "60333078")
        #expect(course.summary == "aaaaa")
        #expect(course.entryRequirements == "bbbb")
        #expect(course.url == "https://www.bbc.co.uk")
        let run = try #require(course.runs.first)
        #expect(run.sourceID == "test001")
        #expect(run.flexibleStart)
        #expect(run.start?.iso == "2020-04-27")
        #expect(run.cost?.amountPence == 9_999_900)
        #expect(run.duration == Duration(value: 6, unit: .months, iso: "P6M", text: "6 Months"))
        #expect(run.studyMode == Coded(raw: "full-time", value: .fullTime))
        #expect(run.attendancePattern == Coded(raw: "DAYTIME", value: .daytime))
        #expect(run.deliveryMode.value == .classroom)
    }

    @Test("rows with the same LARS code and descriptions group into one course; others stay apart")
    func grouping() async throws {
        let catalogue = try TestCatalogue()
        let report = try await catalogue.importFixture("BulkUpload_ValidClassroomOnlineWorkbasedMixture.csv")
        #expect(report.applied)
        let courses = try await catalogue.courses()
        #expect(report.courses == courses.count)
        #expect(report.runs == courses.reduce(0) { $0 + $1.course.runs.count })
        #expect(report.runs > report.courses)
        // Rows 2–5 of the file share LARS and descriptions: one course, four runs named B–E.
        let grouped = try #require(courses.first { $0.course.title == "B COURSE" })
        #expect(grouped.course.runs.map(\.sourceID) == ["test002", "test003", "test004", "test005"])
        #expect(grouped.course.runs.compactMap(\.title) == ["C COURSE", "D COURSE", "E COURSE"])
    }

    @Test("columns in another order read the same", arguments: ["BulkUpload_WrongOrder.csv", "BulkUpload_SpecialChars2.csv", "BulkUpload_ValidAllRegionsCommainCourseText.csv"])
    func otherReferenceFiles(name: String) async throws {
        let catalogue = try TestCatalogue()
        let report = try await catalogue.importFixture(name)
        #expect(report.applied, "\(report.errors)")
        #expect(report.errors.isEmpty)
        let courses = try await catalogue.courses()
        #expect(!courses.isEmpty)
        switch name {
        case "BulkUpload_WrongOrder.csv":
            #expect(courses.map(\.course.qualification?.reference) == ["60333078", "Z0002105"])
            #expect(courses[1].course.runs[0].attendancePattern.value == .dayBlockRelease)
        case "BulkUpload_SpecialChars2.csv":
            // Non-Latin text survives intact in titles and descriptions.
            #expect(courses[0].course.title == "到底是怎么回事")
            #expect(courses[0].course.whatYouWillLearn == "到底是怎么回事")
        default:
            let run = courses[0].course.runs[0]
            #expect(run.deliveryMode.value == .workBased)
            #expect(run.subRegions.count == 9)
            #expect(run.subRegions.first == "East Midlands")
        }
    }

    @Test("a misspelt required header is named, with the near match suggested; nothing changes")
    func misspeltHeader() async throws {
        let catalogue = try TestCatalogue()
        let report = try await catalogue.importFixture("BulkUpload_ColumnNameMisplet.csv")
        #expect(!report.applied)
        let error = try #require(report.errors.first)
        #expect(error.code == "misspelt-header")
        #expect(error.field == "COURSE_NAME")
        #expect(error.location.element == "COURSE_NAM")
        #expect(error.location.column == 11)
        #expect(error.message.contains("did you mean COURSE_NAME?"))
    }

    @Test("empty, header-only, BOM-only, binary and unterminated files are refused with a clear reason",
          arguments: [("Blank_csv.csv", "not-csv"), ("BulkUpload_Empty.csv", "no-rows"), ("spreadsheet.xlsx.csv", "not-text"),
                      ("dfe-unterminated.csv", "unterminated-quote")])
    func refusedFiles(name: String, code: String) async throws {
        let catalogue = try TestCatalogue()
        let report = try await catalogue.importFixture(name, options: ImportOptions(format: .csv))
        #expect(!report.applied)
        #expect(report.errorCodes.first == code)
        #expect(try await catalogue.courses().isEmpty)
    }

    @Test("a BOM-only file is empty")
    func bomOnly() async throws {
        let report = try await TestCatalogue().importer.importFeed(Data([0xEF, 0xBB, 0xBF]), provider: ProviderID(rawValue: "p")!, options: ImportOptions(format: .csv))
        #expect(report.errorCodes == ["empty-file"])
    }

    @Test("current template: venues resolve, LARS codes pad to 8, aliases, quoting; bad rows are located and skipped")
    func currentTemplate() async throws {
        let catalogue = try TestCatalogue()
        let venues = try await catalogue.importFixture("dfe-venues.csv")
        #expect(venues.format == .dfeVenueCSV)
        #expect(venues.venueChanges == ChangeCounts(created: 2))
        let report = try await catalogue.importFixture("dfe-current.csv")
        #expect(report.format == .dfeCourseCSV)
        #expect(report.applied)
        #expect((report.courses, report.runs) == (2, 3))
        #expect(report.errorCodes == ["bad-date", "bad-delivery-mode", "bad-cost", "bad-duration-unit", "wrong-field-count"])
        let badDate = report.errors[0]
        #expect(badDate.location.row == 5)
        #expect(badDate.location.line == 7)  // two rows above each hold a line break inside quotes
        #expect(badDate.location.column == 12)
        #expect(badDate.field == "START_DATE")
        #expect(report.errors[4].location.row == 9)

        let courses = try await catalogue.courses()
        let electrical = try #require(courses.first { $0.course.qualification?.reference == "00280206" }).course
        #expect(report.warningCodes.contains("lars-padded"))
        #expect(electrical.route == .constructionAndTheBuiltEnvironment)
        #expect(electrical.level == Level(rank: 2))
        #expect(electrical.entryRequirements == "None, but you will need a \"can do\" attitude.")
        #expect(electrical.whatYouWillLearn == "Wiring regulations,\nsafe isolation and testing.")
        #expect(electrical.runs.count == 2)
        let evening = electrical.runs[0]
        #expect(evening.cost?.amountPence == 125_000)
        #expect(evening.venue?.address.postcode == "WR11 1LP")
        #expect(evening.venue?.district == .wychavon)
        #expect(evening.venue?.phone == "03069990123")
        let saturday = electrical.runs[1]
        #expect(saturday.flexibleStart)
        #expect(saturday.venue?.name == "Pershore College")
        #expect(saturday.deliveryMode == Coded(raw: "classroom", value: .classroom))
        #expect(saturday.attendancePattern.value == .weekend)
        #expect(saturday.duration?.unit == .days)
        #expect(saturday.applyURL == "https://www.example.ac.uk/el2-sat")
        let care = try #require(courses.first { $0.course.qualification?.reference == "5011752X" }).course
        #expect(care.runs[0].subRegions == ["Worcestershire", "Herefordshire"])
        #expect(care.runs[0].cost == Cost(amountPence: nil, text: "Employer-funded apprenticeship"))
        #expect(care.runs[0].isFunded(courseFundingNotes: nil))
    }

    @Test("strict mode rejects the file with bad rows and changes nothing")
    func strictCSV() async throws {
        let catalogue = try TestCatalogue()
        let report = try await catalogue.importFixture("dfe-current.csv", options: ImportOptions(strict: true))
        #expect(!report.accepted)
        #expect(report.errors.count == 5)
        #expect(try await catalogue.courses().isEmpty)
    }
}
