@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - A course sits on a path for the work the job is about

/// Principle: a course that does not train for the occupation sits on its path for skills the job is about, not for one its
/// standard names in passing or once. A wellbeing and holistic therapist's standard names beauty therapy once, among what they
/// should know, so a nail technology certificate (all beauty therapy) is not their course, while a holistic massage diploma
/// is. An outdoor activity instructor's standard names hearing and sight loss support once, so a care diploma from the care
/// route is not their course for it, while a first aid course (first aid is theirs to do) stays.
@Suite("Courses sit on a path for the job's core work")
struct CourseCoreWorkTests {
    @Test("a nail technology certificate is no course for a wellbeing and holistic therapist; a holistic massage diploma is")
    func passingSkillIsNoField() async throws {
        let diagnostician = try await Self.catalogue.value
        let adult = LearnerConstraints(ageBand: .adult)
        let titles = try diagnostician.pathCourses("ST0685", level: 3, held: ["call-handling"], constraints: adult).map(\.title)
        #expect(titles.contains(Self.massage), "\(titles)")
        #expect(!titles.contains(Self.nails), "\(titles)")
    }

    @Test("a care diploma is no outdoor activity instructor's course for the sensory loss their standard names once; first aid is")
    func otherRouteNeedsCoreWork() async throws {
        let diagnostician = try await Self.catalogue.value
        let adult = LearnerConstraints(ageBand: .adult)
        let titles = try diagnostician.pathCourses("ST0479", level: 3, held: ["teaching"], constraints: adult).map(\.title)
        #expect(titles.contains(Self.firstAid), "\(titles)")
        #expect(!titles.contains(Self.care), "\(titles)")
    }

    // MARK: Fixtures

    static let nails = "Level 2 Certificate in Nail Technology"
    static let massage = "Level 3 Diploma in Holistic Massage"
    static let care = "Level 2 Diploma in Care"
    static let firstAid = "Emergency First Aid at Work (1 day)"

    /// The test catalogue plus four courses worded as the feeds word them.
    static let catalogue: Task<CareerDiagnostician, any Error> = Task {
        var courses = TestCatalogue.courses()
        func add(_ id: Int64, _ title: String, _ level: Int, _ route: Route, summary: String, learn: String, entry: String? = nil, next: String) {
            let course = Course(
                sourceID: "core-work-\(id)", title: title, summary: summary, whatYouWillLearn: learn, entryRequirements: entry, whereNext: next,
                level: Level(rank: level), route: route,
                runs: [TestCatalogue.run("2027-02-15", .classroom, TestCatalogue.worcesterVenue, pence: 0, costText: "Free if eligible", study: .partTime)])
            courses.append(TaggedCourse(
                entry: CatalogueCourse(id: 2100 + id, provider: TestCatalogue.worcester, course: course, updatedAt: "2026-11-01T00:00:00Z"), tags: []))
        }
        add(
            1, nails, 2, .hairAndBeauty,
            summary: "For adults who want to start a career as a nail technician, either in a salon or as a mobile technician working from home.",
            learn: "Manicure and pedicure, nail art, gel polish application and removal, nail enhancements using acrylic and gel, recognising nail disorders that need medical referral, and how to price and promote your services.",
            next: "Level 3 nail art or enhancement qualifications, or self-employment.")
        add(
            2, massage, 3, .hairAndBeauty,
            summary: "For adults who want to work as a massage or holistic therapist in a spa, clinic or their own practice.",
            learn: "Swedish body massage, anatomy and physiology, client consultation and aftercare, and how to adapt massage for each client.",
            next: "Sports massage or aromatherapy qualifications, or self-employment as a therapist.")
        add(
            3, care, 2, .careServices,
            summary: "Work-based Level 2 care qualification with assessor visits and monthly workshops at the college.",
            learn: "Provide person-centred care; safeguard individuals at risk; communicate effectively, including with people who have sensory loss or dementia; maintain records in line with data protection law.",
            entry: "You must be working, paid or voluntary, in an adult care setting for at least 16 hours a week.",
            next: "The Level 3 Diploma in Adult Care, or the Lead Adult Care Worker apprenticeship.")
        add(
            4, firstAid, 3, .healthAndScience,
            summary: "A one-day course for appointed first aiders in lower-risk workplaces such as offices and shops.",
            learn: "Role of the first aider, primary survey, CPR and defibrillation, choking, the unresponsive breathing casualty, bleeding, shock, minor injuries and burns.",
            next: "First Aid at Work (3 days) for higher-risk workplaces.")
        return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
    }
}
