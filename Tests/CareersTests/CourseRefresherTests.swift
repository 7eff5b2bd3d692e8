@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - A returner's own-trade course is a refresher

/// Principle: on a returner's way back into the work they did before, a course a level below that work in their own trade
/// brings their skills up to date after years away: a refresher, not a step back.
@Suite("A returner's refresher courses")
struct CourseRefresherTests {
    @Test("a level 2 welding course is a refresher for a fabricator going back after seven years, a step back otherwise")
    func returnerRefresher() async throws {
        let diagnostician = try await Self.catalogue.value
        let adult = LearnerConstraints(ageBand: .adult)
        let back = try diagnostician.fabricatorCourses(refresher: true, constraints: adult).map(\.title)
        #expect(back.contains(Self.welding), "\(back)")
        let working = try diagnostician.fabricatorCourses(refresher: false, constraints: adult).map(\.title)
        #expect(!working.contains(Self.welding), "\(working)")
    }

    // MARK: Fixtures

    static let welding = "Level 2 Certificate in Welding Skills (MIG, MAG and TIG)"

    /// The test catalogue plus a welding course worded as the feeds word them.
    static let catalogue: Task<CareerDiagnostician, any Error> = Task {
        var courses = TestCatalogue.courses()
        func add(_ id: Int64, _ title: String, _ level: Int, _ route: Route, summary: String, learn: String, next: String) {
            courses.append(TestCatalogue.extra(
                id: 2200 + id, sourceID: "name-refresher-\(id)", title: title, summary: summary, learn: learn, next: next, level: level, route: route,
                runs: [TestCatalogue.run("2027-02-15", .classroom, TestCatalogue.worcesterVenue, pence: 37500, costText: "£375")]))
        }
        add(
            2, welding, 2, .engineeringAndManufacturing,
            summary: "A practical welding course for people who want to work as welders and fabricators or bring their welding up to date.",
            learn: "MIG, MAG and TIG welding of steel and aluminium in several positions, metal fabrication, reading weld symbols, and health and safety in the workshop.",
            next: "Level 3 fabrication and welding qualifications, or work as a welder or fabricator.")
        return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
    }
}

extension CareerDiagnostician {
    /// The metal fabricator path's courses for a learner who welded and fabricated at level 3, on a returner's way back
    /// (`refresher`) or not.
    fileprivate func fabricatorCourses(refresher: Bool, constraints: LearnerConstraints) throws -> [CourseOption] {
        let position = try #require(model.targetPosition["ST0607"])
        let index = currentIndex
        let scratch = CourseScratch(courses: index.entries.count, skills: model.skills.count, terms: index.termIDs.count)
        scratch.learner(jobSkills: [], level: 3)
        var has = Array(repeating: false, count: model.skills.count)
        for id in ["welding", "metal-fabrication"] { has[try #require(model.skillPosition[id])] = true }
        let gap = model.targets[position].skills.filter { !has[$0.skill] }.map { (skill: $0.skill, weight: $0.weight) }
        return courses(
            for: position, gap: gap, held: has, index: index, constraints: constraints, today: TestCatalogue.today.description, scratch: scratch,
            refresher: refresher
        ).courses
    }
}
