import CatalogueImport
import DefaultCatalogue
import Domain
import Foundation
import Storage
import Testing

// MARK: - The embedded default catalogue

@Suite("Default catalogue")
struct DefaultCatalogueTests {
    @Test("loads every feed without errors: 300+ courses, all 15 routes, Entry to Level 6, XML and CSV")
    func loads() async throws {
        let directory = try #require(DefaultCatalogue.directoryURL)
        let database = try AppDatabase.inMemory()
        let steps = StepLog()
        let reports = try await CatalogueLoader(store: database).load(from: directory, today: "2026-11-21") { steps.append($0) }
        #expect(reports.allSatisfy { $0.applied })
        #expect(reports.allSatisfy { $0.errors.isEmpty }, "\(reports.flatMap(\.errors))")
        let formats = Set(reports.compactMap(\.format))
        #expect(formats.isSuperset(of: [.xcriCap12, .xcriCap11, .dfeCourseCSV, .dfeLegacyCourseCSV, .dfeNonLarsCSV, .dfeVenueCSV]))
        #expect(steps.count == reports.count * 2)  // a start and a finish line per feed

        let courses = reports.reduce(0) { $0 + $1.courses }
        #expect(courses >= 300)
        let all = try await database.searchCourses(CourseSearchQuery(limit: 1))
        #expect(all.total == courses)
        for route in Route.allCases {
            let page = try await database.searchCourses(CourseSearchQuery(routes: [route], limit: 1))
            #expect(page.total > 0, "no course in \(route.name)")
        }
        for rank in 0...6 {
            let level = try #require(Level(rank: rank))
            #expect(try await database.searchCourses(CourseSearchQuery(minLevel: level, maxLevel: level, limit: 1)).total > 0, "no \(level) course")
        }
        for district in District.allCases where district != .outsideCounty {
            #expect(try await database.searchCourses(CourseSearchQuery(districts: [district], limit: 1)).total > 0, "no course in \(district.name)")
        }
        for mode in DeliveryMode.allCases {
            #expect(try await database.searchCourses(CourseSearchQuery(deliveryModes: [mode], limit: 1)).total > 0)
        }
        // The LSIP priority skills are all on offer.
        for skills in ["cnc", "welding", "safeguarding", "retrofit", "heat pump", "cyber security", "leadership management", "construction site management",
                       "skills bootcamp", "apprenticeship", "evening"] {
            #expect(try await database.searchCourses(CourseSearchQuery(text: skills, limit: 1)).total > 0, "nothing for \(skills)")
        }
        #expect(try await database.searchCourses(CourseSearchQuery(fundedOnly: true, limit: 1)).total > 20)

        // Loading again changes nothing.
        let again = try await CatalogueLoader(store: database).load(from: directory, today: "2026-11-21")
        #expect(again.allSatisfy { $0.created == 0 && $0.updated == 0 && $0.removed == 0 })
    }
}

/// Collects progress steps from the loader's callback.
final class StepLog: @unchecked Sendable {
    private let lock = NSLock()
    private var steps: [CatalogueLoader.Step] = []

    func append(_ step: CatalogueLoader.Step) { lock.withLock { steps.append(step) } }
    var count: Int { lock.withLock { steps.count } }
}
