@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - The course that trains for the job (review 6 re-judging, problem 1)

@Suite("Courses that train for the job, over the default catalogue")
struct CoursesForTheJobTests {
    static let today = "2026-12-05"

    /// The courses listed for a standard's path for a learner who already has `holding` (skill ids) and
    /// works at `level`: the gap is the rest of the standard's skills, its heaviest first, as for a path.
    static func listed(
        _ reference: String, holding: [String] = [], level: Int? = nil, constraints: LearnerConstraints = LearnerConstraints()
    ) async throws -> [CourseOption] {
        let engine = try await DefaultCatalogueCourseTests.diagnostician.value
        let position = try #require(engine.model.targetPosition[reference], "\(reference) is a standard")
        let index = engine.currentIndex
        let scratch = CourseScratch(courses: index.entries.count, skills: engine.model.skills.count, terms: index.termIDs.count)
        scratch.learner(jobSkills: [], level: level)
        var held = Array(repeating: false, count: engine.model.skills.count)
        for id in holding { if let skill = engine.model.skillPosition[id] { held[skill] = true } }
        let gap = Array(engine.model.targets[position].skills.filter { !held[$0.skill] }.prefix(CareerDiagnostician.gapSkillsForCourses))
        return engine.courses(for: position, gap: gap, held: held, index: index, constraints: constraints, today: today, scratch: scratch).courses
    }

    /// The skill ids the first course whose title contains `words` is tagged with.
    static func skills(ofCourse words: String) async throws -> [String] {
        let engine = try await DefaultCatalogueCourseTests.diagnostician.value
        let entry = try #require(engine.currentIndex.entries.first { $0.title.contains(words) }, "a course titled \(words)")
        return entry.skills.map { engine.model.skills[$0.skill].id }
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

    /// A learner who already has what the course's description names (a florist's pricing and marketing for
    /// the professional floristry diploma), working at level 3: the course that trains for the job is still
    /// listed, first, though it teaches none of their gap and is below their level.
    @Test("a course whose title names the occupation, its trade or its field is listed for it, before the gap-skill courses",
          arguments: jobCourses.map { [$0.reference, $0.occupation, $0.course] })
    func courseForTheJobFirst(item: [String]) async throws {
        let courses = try await Self.listed(item[0], holding: try await Self.skills(ofCourse: item[2]), level: 3)
        let titles = courses.map(\.title)
        let engine = try await DefaultCatalogueCourseTests.diagnostician.value
        let position = try #require(engine.model.targetPosition[item[0]])
        let index = engine.currentIndex
        let leads = index.leadsTo[position].map { (id: index.entries[Int($0.course)].id, title: index.entries[Int($0.course)].title, strength: $0.strength) }
        let first = try #require(titles.firstIndex { $0.contains(item[2]) }, "no \(item[2]) course for \(item[1]): \(titles); leads \(leads)")
        // Every course before it trains for the job too.
        let leadIDs = Set(leads.map(\.id))
        #expect(courses[..<first].allSatisfy { leadIDs.contains($0.id) }, "\(titles) for \(item[1])")
    }

    @Test("the course that trains for the job still meets the learner's hard constraints")
    func constraintsStillApply() async throws {
        // Online only: no classroom carpentry diploma.
        let online = try await Self.listed("ST0264", holding: try await Self.skills(ofCourse: "Site Carpentry"), constraints: LearnerConstraints(deliveryModes: [.online]))
        #expect(!online.contains { $0.title.contains("Site Carpentry") }, "\(online.map(\.title))")
        // Up to £100: no £1,000-plus CIPD diploma for an HR returner.
        let cheap = try await Self.listed("ST0239", holding: try await Self.skills(ofCourse: "CIPD"), constraints: LearnerConstraints(maxCostPence: 10_000))
        #expect(cheap.allSatisfy { ($0.costPence ?? 0) <= 10_000 || $0.costToLearner == .free || $0.costToLearner == .ifEligible }, "\(cheap.map(\.title))")
    }

    /// A tradesperson who already trains apprentices at work (the award's own skills), at level 3: the awards
    /// that qualify them to teach and assess are listed, the course that leads to the job first.
    @Test("a further-education teacher's or assessor's path gets the teaching and assessing awards, first",
          arguments: [["ST0146", "Assessor coach"], ["ST0149", "Learning and skills teacher"]])
    func teachingQualifications(item: [String]) async throws {
        let holding = try await Self.skills(ofCourse: "Teach Your Trade") + (try await Self.skills(ofCourse: "Award in Education and Training"))
        let courses = try await Self.listed(item[0], holding: holding, level: 3)
        let titles = courses.map(\.title)
        #expect(titles.contains { $0.contains("Education and Training") }, "\(titles) for \(item[1])")
        #expect(titles.contains { $0.contains("Teach Your Trade") }, "\(titles) for \(item[1])")
        #expect(titles.first.map { $0.contains("Education and Training") || $0.contains("Teach Your Trade") } ?? false, "\(titles) for \(item[1])")
    }

    /// Site management safety, a site supervisor apprenticeship and a construction management HNC share a
    /// fencer's construction site safety and quality control, and a lead adult care worker apprenticeship a
    /// youth support worker's safeguarding: courses for those who lead others, not for these jobs.
    @Test("a course for managers or supervisors is listed for a path that leads others, not for a fencer or a youth support worker")
    func managementCourses() async throws {
        let index = try await DefaultCatalogueCourseTests.diagnostician.value.currentIndex
        let flagged = zip(index.entries, index.managementCourse).filter(\.1).map(\.0.title)
        print("management courses over the default catalogue: \(flagged.count) of \(index.entries.count): \(flagged)")
        let management = ["SMSTS", "Site Supervisor", "Construction Management", "Site Management", "Lead Adult Care"]
        for reference in ["ST0366", "ST0906"] {
            let titles = try await Self.listed(reference).map(\.title)
            #expect(!titles.contains { title in management.contains { title.contains($0) } }, "\(titles) for \(reference)")
        }
        // The construction site supervisor path still gets them.
        let supervisor = try await Self.listed("ST0048").map(\.title)
        #expect(supervisor.contains { title in management.contains { title.contains($0) } }, "\(supervisor)")
    }

    @Test("a course more than a level above the job does not train for it: no MBA for a business administrator's desk move")
    func noMasterForAnAdministrator() async throws {
        let engine = try await DefaultCatalogueCourseTests.diagnostician.value
        let diagnostic = try engine.diagnose(LearnerProfile(text: """
            I was a fitness instructor at a gym in Redditch for six years, inductions, PT sessions and spin classes, level 3 personal \
            trainer. I've had ME for two years now and get exhausted so I need part time work or something from home.
            """), today: CalendarDate(Self.today))
        let courses = (diagnostic.upskill + diagnostic.reskill).filter { $0.occupation.level ?? 0 < 6 }.flatMap(\.courses).map(\.title)
        #expect(!courses.contains { $0 == "MBA" || $0.contains("Master of Business Administration") }, "\(courses)")
    }
}
