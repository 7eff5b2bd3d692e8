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

    /// Principle: the work a job keeps coming back to may be a broad skill. A business administrator's standard returns to
    /// customer service again and again, so a free customer service certificate from the sales route, whose title says it is
    /// about customer service and which teaches the job's email and online communication, is a fair first step on that path,
    /// whether or not the learner already serves customers (a chauffeur who is good on the phone). A broad skill the course
    /// only touches (the safeguarding in a care diploma, strong in a prosthetic and orthotic technician's standard) does not
    /// make another route's course theirs.
    @Test("a customer service certificate is a business administrator's course; a care diploma is no orthotic technician's")
    func broadDailyWorkNamedInTitle() async throws {
        let diagnostician = try await Self.catalogue.value
        let adult = LearnerConstraints(ageBand: .adult)
        let fresh = try diagnostician.pathCourses("ST0070", level: 2, held: ["driving-licence"], constraints: adult).map(\.title)
        #expect(fresh.contains(Self.customerService), "\(fresh)")
        let serving = try diagnostician.pathCourses("ST0070", level: 2, held: ["customer-service"], constraints: adult).map(\.title)
        #expect(serving.contains(Self.customerService), "\(serving)")
        let orthotic = try diagnostician.pathCourses("ST0632", level: 2, held: ["customer-service"], constraints: adult).map(\.title)
        #expect(!orthotic.contains(Self.care), "\(orthotic)")
    }

    // MARK: Fixtures

    static let nails = "Level 2 Certificate in Nail Technology"
    static let massage = "Level 3 Diploma in Holistic Massage"
    static let care = "Level 2 Diploma in Care"
    static let firstAid = "Emergency First Aid at Work (1 day)"
    static let customerService = "Principles of Customer Service (Level 2, online)"

    /// The test catalogue plus four courses worded as the feeds word them.
    static let catalogue: Task<CareerDiagnostician, any Error> = Task {
        var courses = TestCatalogue.courses()
        func add(_ id: Int64, _ title: String, _ level: Int, _ route: Route, summary: String, learn: String, entry: String? = nil, next: String) {
            courses.append(TestCatalogue.extra(
                id: 2100 + id, sourceID: "core-work-\(id)", title: title, summary: summary, learn: learn, entry: entry, next: next, level: level,
                route: route, runs: [TestCatalogue.run("2027-02-15", .classroom, TestCatalogue.worcesterVenue, pence: 0, costText: "Free if eligible")]))
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
        add(
            5, customerService, 2, .salesMarketingAndProcurement,
            summary: "Free online Level 2 certificate in customer service principles, studied at your own pace with tutor support.",
            learn: "Explain good customer service practice, handle customer problems and complaints, and understand consumer protection law. How organisations define and measure service, how to communicate with different types of customer by phone, email and online.",
            next: "The Customer Service Practitioner apprenticeship, Level 3 customer service or retail qualifications, or customer adviser jobs.")
        return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
    }
}
