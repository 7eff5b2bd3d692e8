@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - A course made for adults is no step back only for a move into new work

/// Principle: a course made for adults ("aged 19 or over", a pre-employment programme for job seekers) is an adult's way into
/// work that is new to them, so the level they work at does not make it a step back. For work they already do it is a
/// step back like any other level 1 course: a cook working at level 2 is not offered a pre-employment hospitality
/// programme as the way on to a chef's job, while someone from another field working at level 2 is.
@Suite("Adults' courses are no step back only into new work")
struct AdultCourseFieldTests {
    @Test("a level 1 pre-employment hospitality programme is for a warehouse worker moving into kitchens, not for a cook")
    func adultsCourseOnlyForNewWork() async throws {
        let diagnostician = try await Self.catalogue.value
        let adult = LearnerConstraints(ageBand: .adult)
        let newcomer = try diagnostician.pathCourses("ST0228", level: 2, held: ["warehouse-operations"], constraints: adult).map(\.title)
        #expect(newcomer.contains(Self.preEmployment), "\(newcomer)")
        let cook = try diagnostician.pathCourses("ST0228", level: 2, held: ["cooking"], constraints: adult).map(\.title)
        #expect(!cook.contains(Self.preEmployment), "\(cook)")
    }

    // MARK: Fixtures

    static let preEmployment = "Get into Hospitality: Pre-employment Programme"

    /// The adults'-course test catalogue plus a pre-employment hospitality programme for adults, worded as the feeds word it.
    static let catalogue: Task<CareerDiagnostician, any Error> = Task {
        var courses = CourseStepBackTests.stepCourses()
        let course = Course(
            sourceID: "adult-1", title: preEmployment,
            summary: "A two-week programme for adults looking for work in hospitality, with a work placement in a local kitchen or cafe.",
            whatYouWillLearn: "Food preparation and cooking basics, food safety and kitchen hygiene, customer service and team working.",
            entryRequirements: "Aged 19 or over and looking for work.",
            whereNext: "Jobs as a kitchen assistant or commis chef, or the Commis Chef Apprenticeship.", level: Level(rank: 1), route: .cateringAndHospitality,
            runs: [TestCatalogue.run("2027-02-15", .classroom, TestCatalogue.worcesterVenue, pence: 0, costText: "Free")])
        courses.append(TaggedCourse(
            entry: CatalogueCourse(id: 1990, provider: TestCatalogue.worcester, course: course, updatedAt: "2026-11-01T00:00:00Z"), tags: []))
        return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
    }
}
