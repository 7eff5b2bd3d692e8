@testable import Careers
import Domain
import Testing

// MARK: - The course that trains for the job (review 6 re-judging, problem 1)

@Suite("Courses that train for the job, over the default catalogue")
struct CoursesForTheJobTests {
    static let today = "2026-12-05"

    /// The courses listed for a standard's path for a learner who has none of its skills (its gap is the
    /// standard's first skills, as for a path), under `constraints`.
    static func listed(_ reference: String, constraints: LearnerConstraints = LearnerConstraints(), jobSkills: [String] = [])
        async throws -> [CourseOption]
    {
        let engine = try await DefaultCatalogueCourseTests.diagnostician.value
        let position = try #require(engine.model.targetPosition[reference], "\(reference) is a standard")
        let index = engine.currentIndex
        let scratch = CourseScratch(courses: index.entries.count, skills: engine.model.skills.count, terms: index.termIDs.count)
        scratch.learner(jobSkills: jobSkills.compactMap { engine.model.skillPosition[$0] }, level: nil)
        let gap = Array(engine.model.targets[position].skills.prefix(CareerDiagnostician.gapSkillsForCourses))
        return engine.courses(for: position, gap: gap, index: index, constraints: constraints, today: today, scratch: scratch).courses
    }

    /// A standard and the words of the title of the course in the default catalogue that trains for it.
    static let jobCourses: [(reference: String, occupation: String, course: String)] = [
        ("ST0264", "Carpentry and joinery", "Site Carpentry"),
        ("ST0223", "Arborist", "Forestry and Arboriculture"),
        ("ST0226", "Landscape or horticulture supervisor", "Horticulture"),
        ("ST0239", "HR support", "CIPD"),
        ("ST0538", "Florist", "Floristry"),
        ("ST0510", "Social worker", "Social Work"),
        ("ST0537", "Engineering operative", "Engineering Operative"),
        ("ST0300", "Pharmacy technician", "Pharmacy"),
    ]

    @Test("a course whose title names the occupation, its trade or its field is listed for it, before the gap-skill courses",
          arguments: jobCourses.map { [$0.reference, $0.occupation, $0.course] })
    func courseForTheJobFirst(item: [String]) async throws {
        let courses = try await Self.listed(item[0])
        let titles = courses.map(\.title)
        let first = try #require(titles.firstIndex { $0.contains(item[2]) }, "no \(item[2]) course for \(item[1]): \(titles)")
        // Every course before it names the job too.
        let engine = try await DefaultCatalogueCourseTests.diagnostician.value
        let position = try #require(engine.model.targetPosition[item[0]])
        let leads = Set(engine.currentIndex.leadsTo[position].map { engine.currentIndex.entries[Int($0.course)].id })
        #expect(courses[..<first].allSatisfy { leads.contains($0.id) }, "\(titles) for \(item[1])")
    }

    @Test("the course that trains for the job still meets the learner's hard constraints")
    func constraintsStillApply() async throws {
        // Online only: no classroom carpentry diploma.
        let online = try await Self.listed("ST0264", constraints: LearnerConstraints(deliveryModes: [.online]))
        #expect(!online.contains { $0.title.contains("Site Carpentry") }, "\(online.map(\.title))")
        // Up to £100: no £1,000-plus CIPD diploma for an HR returner.
        let cheap = try await Self.listed("ST0239", constraints: LearnerConstraints(maxCostPence: 10_000))
        #expect(cheap.allSatisfy { ($0.costPence ?? 0) <= 10_000 || $0.costToLearner == .free || $0.costToLearner == .ifEligible }, "\(cheap.map(\.title))")
    }

    @Test("a further-education teacher's or assessor's path gets the teaching and assessing awards",
          arguments: [["ST0146", "Assessor coach"], ["ST0149", "Learning and skills teacher"]])
    func teachingQualifications(item: [String]) async throws {
        let titles = try await Self.listed(item[0]).map(\.title)
        #expect(titles.contains { $0.contains("Education and Training") || $0.contains("Teach Your Trade") }, "\(titles) for \(item[1])")
    }
}
