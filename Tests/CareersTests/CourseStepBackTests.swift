@testable import Careers
import Domain
import Foundation
import Taxonomy
import Testing

// MARK: - No step back (review 12: p08 p20)

/// Principle: a course should suit the learner's level. A course below the one the learner is on now (a level 1 cookery
/// diploma for a student on a level 2 hospitality course) is a step back, and so is a level 1 taster for an adult who works
/// at level 2 or above (a level 1 multi-trade diploma for a smart meter installer moving into building work); the
/// courses at their level stay, as do basic-skills courses and any course whose title names the job.
@Suite("Courses that are not a step back for the learner")
struct CourseStepBackTests {
    // MARK: Principle: the course a learner is on sets the floor

    @Test("the course a learner is on is read from the text; A levels, wishes and other levels are not")
    func studiedLevel() {
        #expect(CareerDiagnostician.studiedLevel("17 and a kitchen porter, doing level 2 hospitality at college 1 day a week") == 2)
        #expect(CareerDiagnostician.studiedLevel("I'm on a level 3 diploma in engineering at Kidderminster") == 3)
        #expect(CareerDiagnostician.studiedLevel("currently studying my level 2 in hairdressing") == 2)
        #expect(CareerDiagnostician.studiedLevel("I'm 18, doing A levels maths, physics and computer science") == nil)
        #expect(CareerDiagnostician.studiedLevel("I want to do level 3 plumbing next year") == nil)
        #expect(CareerDiagnostician.studiedLevel("I have a level 2 in food hygiene and I work on level 2 of the car park") == nil)
        #expect(CareerDiagnostician.studiedLevel("I'm not doing level 2 anymore, I left") == nil)
    }

    @Test("a course below the learner's course, or a level 1 course for an adult working at level 2 or above, is a step back")
    func stepBack() {
        #expect(CareerDiagnostician.isStepBack(course: 1, studied: 2, working: nil, basics: false))
        #expect(!CareerDiagnostician.isStepBack(course: 2, studied: 2, working: nil, basics: false))
        #expect(CareerDiagnostician.isStepBack(course: 1, studied: nil, working: 3, basics: false))
        #expect(!CareerDiagnostician.isStepBack(course: 1, studied: nil, working: 3, basics: true))
        #expect(!CareerDiagnostician.isStepBack(course: 1, studied: nil, working: 1, basics: false))
        #expect(!CareerDiagnostician.isStepBack(course: nil, studied: 2, working: 3, basics: false))
    }

    @Test("a kitchen porter on a level 2 hospitality course is offered level 2 cookery, not the level 1 introduction")
    func studentNotOfferedTheLevelBelow() async throws {
        let diagnostician = try await Self.catalogue.value
        let text = "I'm 17, kitchen porter at a pub in Bewdley since I was 15, washing up, prep veg, cleaning down, helping the chefs on the "
            + "pass when it's busy. I'm doing level 2 hospitality at college one day a week. Want to be a chef in a proper kitchen"
        let diagnostic = try diagnostician.diagnose(LearnerProfile(text: text), today: TestCatalogue.today)
        checkPathInvariants(diagnostic)
        let titles = allCourses(diagnostic).map(\.title)
        #expect(titles.contains(Self.cookeryTwo), "\(diagnostic.paths.map { ($0.occupation.title, $0.courses.map(\.title)) })")
        #expect(!titles.contains(Self.cookeryOne), "\(titles)")
    }

    // MARK: Principle: a level 1 taster is not for an adult working at level 2 or above

    @Test("a level 1 multi-trade diploma is a start for a learner with no level, not for one working at level 3")
    func adultNotOfferedLevelOne() async throws {
        let diagnostician = try await Self.catalogue.value
        let starting = try Self.titles(diagnostician, "ST0095", level: nil)
        #expect(starting.contains(Self.multiTrade), "\(starting)")
        let working = try Self.titles(diagnostician, "ST0095", level: 3)
        #expect(!working.contains(Self.multiTrade), "\(working)")
        #expect(working.contains(Self.bricklaying), "\(working)")
    }

    // MARK: Principle: a bachelor's degree is a course for the jobs of its subject

    @Test("a biomedical science degree is no course for a food industry technical professional; a nursing degree is one for a registered nurse")
    func degreeOnlyForItsSubject() async throws {
        let diagnostician = try await Self.catalogue.value
        let food = try Self.titles(diagnostician, "ST0197", level: nil)
        #expect(!food.contains(Self.biomedical), "\(food)")
        let nurse = try Self.titles(diagnostician, "ST0781", level: nil)
        #expect(nurse.contains(Self.nursing), "\(nurse)")
        #expect(CourseIndex.isBachelorsDegree(title: "BSc (Hons) Biomedical Science") && CourseIndex.isBachelorsDegree(title: "LLB (Hons) Law"))
        #expect(!CourseIndex.isBachelorsDegree(title: "Registered Nurse Degree Apprenticeship") && !CourseIndex.isBachelorsDegree(title: "MBA"))
    }

    // MARK: Fixtures

    static func titles(_ diagnostician: CareerDiagnostician, _ code: String, level: Int?) throws -> [String] {
        try diagnostician.pathCourses(code, level: level, constraints: LearnerConstraints(ageBand: .adult)).map(\.title)
    }

    static let cookeryOne = "Level 1 Diploma in Introduction to Professional Cookery"
    static let cookeryTwo = "Level 2 Diploma in Professional Cookery"
    static let multiTrade = "Level 1 Diploma in Construction Skills (Multi-trade)"
    static let bricklaying = "Level 2 Diploma in Bricklaying"
    static let biomedical = "BSc (Hons) Biomedical Science"
    static let nursing = "BSc (Hons) Nursing (Adult)"

    /// The shared test catalogue plus a college's cookery and construction diplomas at levels 1 and 2, worded as the feeds word them.
    static let catalogue: Task<CareerDiagnostician, any Error> = Task {
        try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: stepCourses()))
    }

    /// The shared test catalogue's courses plus this suite's (see `catalogue`).
    static func stepCourses() -> [TaggedCourse] {
        var courses = TestCatalogue.courses()
        let venue = TestCatalogue.worcesterVenue
        func add(_ id: Int64, _ title: String, _ level: Int, _ route: Route, summary: String, learn: String, next: String) {
            courses.append(TestCatalogue.extra(
                id: 970 + id, sourceID: "step-\(id)", title: title, summary: summary, learn: learn, next: next, level: level, route: route,
                runs: [TestCatalogue.run("2027-09-06", .classroom, venue, pence: 0, costText: "Free if eligible", study: .fullTime)]))
        }
        add(
            1, cookeryOne, 1, .cateringAndHospitality,
            summary: "A first step into professional kitchens for learners with few or no qualifications.",
            learn: "Basic food preparation and cooking, professional cookery skills, kitchen hygiene and health and safety, customer service and team working.",
            next: "Level 2 Diploma in Professional Cookery or a commis chef apprenticeship.")
        add(
            2, cookeryTwo, 2, .cateringAndHospitality,
            summary: "For learners who want to work as chefs in restaurants, hotels and contract catering.",
            learn: "Professional cookery: preparing and cooking meat, fish, vegetables, pastry and desserts; kitchen team working and food safety.",
            next: "Employment as a commis chef, or a Level 3 Advanced Professional Cookery course.")
        add(
            3, multiTrade, 1, .constructionAndTheBuiltEnvironment,
            summary: "A taster of the building trades for learners who are not yet sure which trade to follow.",
            learn: "Bricklaying, wall and floor tiling, plastering, carpentry and joinery, painting and decorating, and working safely on site.",
            next: "A Level 2 diploma in a construction trade, or an apprenticeship.")
        add(
            4, bricklaying, 2, .constructionAndTheBuiltEnvironment,
            summary: "For learners who want to become bricklayers.",
            learn: "Bricklaying: setting out, building cavity walls, brickwork and blockwork, reading drawings and working safely on site.",
            next: "A bricklayer apprenticeship or the Level 3 Diploma in Bricklaying.")
        add(
            5, biomedical, 6, .healthAndScience,
            summary: "Laboratory science degree in haematology, microbiology and clinical chemistry, with an optional placement year.",
            learn: "Perform and interpret biomedical laboratory investigations accurately and explain their role in diagnosing and monitoring disease.",
            next: "Trainee biomedical scientist roles leading to HCPC registration, research posts, or postgraduate study in medicine or science.")
        add(
            6, nursing, 6, .healthAndScience,
            summary: "A three-year degree that leads to registration as an adult nurse with the NMC.",
            learn: "Adult nursing care, clinical skills, medicines management, anatomy and physiology, and evidence-based practice on hospital and community placements.",
            next: "Registered nurse posts in the NHS and independent sector.")
        return courses
    }
}
