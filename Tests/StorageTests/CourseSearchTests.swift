import CatalogueImport
import Domain
import Foundation
import Storage
import Testing

// MARK: - Catalogue search

@Suite("Course search")
struct CourseSearchTests {
    /// A catalogue of two providers whose courses differ in one respect each.
    static func makeCatalogue() async throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        let importer = CatalogueImporter(store: database)
        let feed = """
            <catalog xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:mlo="http://purl.org/net/mlo"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sw="urn:skillway:terms" xmlns:dcterms="http://purl.org/dc/terms/">
            <provider><dc:title>Alpha College</dc:title>
             <mlo:location><mlo:town>Worcester</mlo:town><mlo:postcode>WR1 2JF</mlo:postcode></mlo:location>
             <course><dc:identifier>W1</dc:identifier><dc:title>Welding for Beginners</dc:title>
               <dc:description>Arc and MIG techniques in our workshop.</dc:description>
               <dc:subject xsi:type="sw:ifateRoute" identifier="engineering-and-manufacturing"/>
               <mlo:qualification><dc:title>Certificate</dc:title><dcterms:educationLevel>Level 1</dcterms:educationLevel></mlo:qualification>
               <presentation><dc:identifier>W1-a</dc:identifier><mlo:start dtf="2027-03-01">1 March 2027</mlo:start>
                 <studyMode identifier="PT"/><attendanceMode identifier="CM"/><attendancePattern identifier="EV"/><mlo:cost>£300</mlo:cost>
                 <venue><provider><dc:title>Kidderminster Workshop</dc:title><mlo:location><mlo:postcode>DY10 1AB</mlo:postcode></mlo:location></provider></venue>
               </presentation></course>
             <course><dc:identifier>F1</dc:identifier><dc:title>Fabrication Skills</dc:title>
               <dc:description>Cutting, shaping and welding steel for fabrication jobs.</dc:description>
               <dc:subject xsi:type="sw:ifateRoute" identifier="engineering-and-manufacturing"/>
               <mlo:qualification><dc:title>Diploma</dc:title><dcterms:educationLevel>Level 3</dcterms:educationLevel></mlo:qualification>
               <presentation><dc:identifier>F1-a</dc:identifier><mlo:start dtf="2027-01-15">15 January 2027</mlo:start>
                 <studyMode identifier="FT"/><attendanceMode identifier="CM"/><mlo:cost>Free</mlo:cost></presentation></course>
             <course><dc:identifier>C1</dc:identifier><dc:title>Care Certificate</dc:title>
               <dc:description>Safeguarding and person-centred care for new care workers.</dc:description>
               <dc:subject xsi:type="sw:ifateRoute" identifier="care-services"/>
               <mlo:qualification><dc:title>Award</dc:title><dcterms:educationLevel>Level 2</dcterms:educationLevel></mlo:qualification>
               <presentation><dc:identifier>C1-a</dc:identifier><mlo:start>Flexible start - enrol any time</mlo:start>
                 <studyMode identifier="FL"/><attendanceMode identifier="ON"/><mlo:cost>£95</mlo:cost></presentation></course>
            </provider></catalog>
            """
        let report = try await importer.importFeed(Data(feed.utf8), provider: ProviderID(rawValue: "alpha")!)
        precondition(report.applied, "\(report.errors)")
        let other = """
            <catalog xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:mlo="http://purl.org/net/mlo">
            <provider><dc:title>Beta Training</dc:title>
             <course><dc:identifier>E1</dc:identifier><dc:title>Excel for Business</dc:title><dc:description>Spreadsheets and charts.</dc:description>
               <presentation><dc:identifier>E1-a</dc:identifier><mlo:start dtf="2027-06-01">1 June 2027</mlo:start><attendanceMode identifier="ON"/>
               <mlo:cost>£120</mlo:cost></presentation></course>
            </provider></catalog>
            """
        _ = try await importer.importFeed(Data(other.utf8), provider: ProviderID(rawValue: "beta")!)
        return database
    }

    func titles(_ query: CourseSearchQuery, in database: AppDatabase) async throws -> [String] {
        var query = query
        query.today = "2026-11-21"
        return try await database.searchCourses(query).results.map(\.title)
    }

    @Test("a title match ranks above a description match")
    func titleWeighted() async throws {
        let database = try await Self.makeCatalogue()
        #expect(try await titles(CourseSearchQuery(text: "welding"), in: database) == ["Welding for Beginners", "Fabrication Skills"])
        // Stemming: "welds" finds "welding".
        #expect(try await titles(CourseSearchQuery(text: "welds"), in: database).count == 2)
    }

    @Test("with no course holding every word, courses with any word are shown and flagged")
    func anyWordFallback() async throws {
        let database = try await Self.makeCatalogue()
        let page = try await database.searchCourses(CourseSearchQuery(text: "excel welding"))
        #expect(page.matchedAnyKeyword)
        #expect(Set(page.results.map(\.title)) == ["Excel for Business", "Welding for Beginners", "Fabrication Skills"])
    }

    @Test("filters narrow the results", arguments: [
        (CourseSearchQuery(routes: [.careServices]), ["Care Certificate"]),
        (CourseSearchQuery(minLevel: Level(rank: 2), maxLevel: Level(rank: 3)), ["Care Certificate", "Fabrication Skills"]),
        (CourseSearchQuery(deliveryModes: [.online]), ["Care Certificate", "Excel for Business"]),
        // Excel's run gives no study mode, so it takes XCRI-CAP's default (full time).
        (CourseSearchQuery(studyModes: [.fullTime]), ["Excel for Business", "Fabrication Skills"]),
        (CourseSearchQuery(districts: [.wyreForest]), ["Welding for Beginners"]),
        (CourseSearchQuery(districts: [.worcester]), ["Fabrication Skills"]),
        (CourseSearchQuery(startFrom: "2027-02-01", startTo: "2027-04-30"), ["Care Certificate", "Welding for Beginners"]),
        (CourseSearchQuery(maxCostPence: 10_000), ["Care Certificate", "Fabrication Skills"]),
        (CourseSearchQuery(providers: [ProviderID(rawValue: "beta")!]), ["Excel for Business"]),
        (CourseSearchQuery(fundedOnly: true), ["Fabrication Skills"]),
        (CourseSearchQuery(text: "welding", districts: [.wyreForest]), ["Welding for Beginners"]),
    ])
    func filters(query: CourseSearchQuery, expected: [String]) async throws {
        let database = try await Self.makeCatalogue()
        #expect(try await titles(query, in: database) == expected)
    }

    @Test("run filters must hold for the same run")
    func sameRun() async throws {
        let database = try await Self.makeCatalogue()
        // Welding's only run is in Wyre Forest but costs £300.
        #expect(try await titles(CourseSearchQuery(districts: [.wyreForest], maxCostPence: 10_000), in: database).isEmpty)
    }

    @Test("sorting by start puts flexible starts first, then the soonest")
    func sortByStart() async throws {
        let database = try await Self.makeCatalogue()
        #expect(try await titles(CourseSearchQuery(sort: .startDate), in: database)
            == ["Care Certificate", "Fabrication Skills", "Welding for Beginners", "Excel for Business"])
    }

    @Test("pages follow on from each other and report the total")
    func paging() async throws {
        let database = try await Self.makeCatalogue()
        let first = try await database.searchCourses(CourseSearchQuery(limit: 3, offset: 0))
        let second = try await database.searchCourses(CourseSearchQuery(limit: 3, offset: 3))
        #expect(first.total == 4)
        #expect(first.results.count == 3)
        #expect(second.results.count == 1)
        #expect(Set(first.results.map(\.id)).isDisjoint(with: second.results.map(\.id)))
    }

    @Test("a result summarises its runs")
    func summary() async throws {
        let database = try await Self.makeCatalogue()
        var query = CourseSearchQuery(text: "welding for beginners")
        query.today = "2026-11-21"
        let result = try #require(try await database.searchCourses(query).results.first)
        #expect(result.provider.name == "Alpha College")
        #expect(result.level == Level(rank: 1))
        #expect(result.route == .engineeringAndManufacturing)
        #expect(result.nextStart == "2027-03-01")
        #expect(result.minCostPence == 30_000)
        #expect(result.deliveryModes == [.classroom])
        #expect(result.districts == [.wyreForest])
        #expect(result.score.map { $0 > 0 } == true)
    }
}
