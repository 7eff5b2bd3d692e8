@testable import Careers
import Domain
import Foundation
import Taxonomy
import Testing

// MARK: - The right local course present, and courses an adult can take (review 11: p05, p11, p13, p14)

/// A field's professional qualifications lead to its occupation though the course title does not name the job
/// (NEBOSH and IOSH Managing Safely for a safety, health and environment technician), and say they lead on to it
/// rather than that they are courses for the job itself (only a course named for the job is); an adult is offered
/// the courses whose fee they are told before, and instead of, a full-time certificate "free for 16-18 year olds".
@Suite("Courses that fit the learner and the path")
struct CourseFitForLearnerTests {
    // MARK: Principle: a field's professional qualification is a course for the field's job

    @Test("a powder coater who wants to be a health and safety adviser is offered NEBOSH and IOSH Managing Safely, not the one-day induction")
    func healthAndSafetyQualifications() async throws {
        let diagnostician = try await Self.catalogue.value
        let text = "Powder coater and paint sprayer at a trailer manufacturer near Pershore, 15 years. Pre treatment, masking, spraying, curing ovens, "
            + "COSHH, I'm the first aider and on the health and safety committee, do the toolbox talks. Want to come off the tools and become a "
            + "health and safety adviser, would need NEBOSH I think"
        let diagnostic = try diagnostician.diagnose(LearnerProfile(text: text), today: TestCatalogue.today)
        checkPathInvariants(diagnostic)
        let path = try #require(diagnostic.paths.first { $0.occupation.id == "ifate:ST0550" }, "\(diagnostic.paths.map(\.occupation.title))")
        let titles = path.courses.map(\.title)
        #expect(titles.contains(Self.nebosh), "\(titles)")
        #expect(titles.contains(Self.managingSafely), "\(titles)")
        #expect(!titles.contains(Self.workingSafely), "\(titles)")
        // Its title does not name the job: it is a way on to it, not "a course for the job itself".
        let nebosh = try #require(path.courses.first { $0.title == Self.nebosh })
        #expect(nebosh.why.summary.hasPrefix("A course that leads on to Safety, health and environment technician"), "\(nebosh.why.summary)")
        // The same courses are no course for a security officer's path for the health and safety it shares.
        let security = try Self.titles(diagnostician, "ST0330", band: .adult)
        #expect(!security.contains(Self.nebosh), "\(security)")
    }

    // MARK: Principle: an adult is offered what an adult can take

    @Test("a returning care assistant is not shown a full-time certificate free only for 16-18 year olds beside the apprenticeship she can take")
    func adultShownWhatAnAdultCanTake() async throws {
        let diagnostician = try await Self.catalogue.value
        let text = "care assistant in a nursing home in Bromsgrove 10 years, personal care, meds rounds, end of life care, dementia. stopped 5 years "
            + "ago to care for my husband who has MS, hes in a home now. I dont think I can do care again after looking after him but I liked the "
            + "medical side, maybe taking bloods as a phlebotomist?"
        let diagnostic = try diagnostician.diagnose(LearnerProfile(text: text), today: TestCatalogue.today)
        checkPathInvariants(diagnostic)
        #expect(allCourses(diagnostic).contains { $0.title == Self.apprenticeship }, "\(diagnostic.paths.map { ($0.occupation.title, $0.courses.map(\.title)) })")
        for path in diagnostic.paths where path.courses.contains(where: { $0.costPence != nil || $0.costToLearner != .charged }) {
            #expect(!path.courses.contains { $0.title == Self.certificate }, "\(path.occupation.title): \(path.courses.map(\.title))")
        }
        // On the healthcare support worker path itself: an adult gets the apprenticeship, a 16-year-old the certificate too, free for them.
        let adult = try Self.titles(diagnostician, "ST0216", band: .adult)
        #expect(adult.contains(Self.apprenticeship) && !adult.contains(Self.certificate), "\(adult)")
        let youth = try Self.titles(diagnostician, "ST0216", band: .youth)
        #expect(youth.contains(Self.certificate), "\(youth)")
    }

    @Test("the unpriced courses stay when they are all a path has")
    func unpricedOnlyWhenAlone() {
        #expect(CareerDiagnostician.adultCanTake([1, 2, 3], published: { $0 != 2 }) == [1, 3])
        #expect(CareerDiagnostician.adultCanTake([2, 4], published: { $0 == 1 }) == [2, 4])
    }

    // MARK: Fixtures

    static func titles(_ diagnostician: CareerDiagnostician, _ code: String, band: AgeBand) throws -> [String] {
        let model = diagnostician.model
        let position = try #require(model.targetPosition[code], "\(code) is a target")
        let index = diagnostician.currentIndex
        let scratch = CourseScratch(courses: index.entries.count, skills: model.skills.count, terms: index.termIDs.count)
        let gap = model.targets[position].skills.map { (skill: $0.skill, weight: $0.weight) }
        return diagnostician.courses(
            for: position, gap: gap, index: index, constraints: LearnerConstraints(ageBand: band), today: TestCatalogue.today.description,
            scratch: scratch
        ).courses.map(\.title)
    }

    static let nebosh = "NEBOSH National General Certificate in Occupational Health and Safety"
    static let managingSafely = "IOSH Managing Safely"
    static let workingSafely = "IOSH Working Safely"
    static let certificate = "Level 2 Technical Certificate in Health and Social Care"
    static let apprenticeship = "Healthcare Support Worker Apprenticeship"

    /// The shared test catalogue plus the chamber's health and safety courses and a college's health courses, worded as the feeds word them.
    static let catalogue: Task<CareerDiagnostician, any Error> = Task {
        var courses = TestCatalogue.courses()
        let venue = TestCatalogue.worcesterVenue
        func add(_ id: Int64, _ title: String, _ level: Int?, _ route: Route, summary: String, learn: String, next: String, run: CourseRun) {
            courses.append(TestCatalogue.extra(
                id: 950 + id, sourceID: "fit-\(id)", title: title, summary: summary, learn: learn, next: next, level: level, route: route, runs: [run]))
        }
        add(
            1, nebosh, nil, .protectiveServices,
            summary: "For managers, supervisors and people starting a career in health and safety who need a broad, widely recognised qualification. "
                + "It is often a requirement for health and safety adviser roles.",
            learn: "Managing health and safety, including leadership, risk assessment and managing change; and controlling hazards such as fire, work "
                + "equipment, musculoskeletal risks, chemical and biological agents, physical and psychological health, electricity and workplace transport.",
            next: "The NEBOSH National Diploma, Tech IOSH membership, or a role as a health and safety adviser.",
            run: TestCatalogue.run("2027-03-01", .classroom, venue, pence: 125_000, costText: "Plus VAT; includes NEBOSH registration and exam fees", study: .fullTime))
        add(
            2, managingSafely, nil, .protectiveServices,
            summary: "For managers and supervisors in any sector who are responsible for people, processes or premises and need to understand how to "
                + "manage health and safety in their area.",
            learn: "Why managing safely matters, assessing risks, controlling risks using the hierarchy of control, understanding your legal "
                + "responsibilities, identifying common hazards, investigating incidents, and measuring performance.",
            next: "The NEBOSH National General Certificate, or IOSH Leading Safely for senior managers.",
            run: TestCatalogue.run("2027-02-23", .classroom, venue, pence: 69_500, costText: "£695 + VAT for non-members", study: .fullTime))
        add(
            3, workingSafely, nil, .protectiveServices,
            summary: "For employees at any level and in any sector who need a grounding in health and safety.",
            learn: "What hazard and risk mean, common hazards such as slips and trips, manual handling, electricity and chemicals, and why everyone has a "
                + "part to play in a safe workplace.",
            next: "IOSH Managing Safely, if you go on to supervise others.",
            run: TestCatalogue.run("2027-05-12", .classroom, venue, pence: 17_500, costText: "£175 + VAT", study: .fullTime))
        add(
            4, certificate, 2, .healthAndScience,
            summary: "A one-year full-time course for people who want to work in health or care settings.",
            learn: "Person-centred care, healthcare support, safeguarding, infection prevention and communication in health and social care.",
            next: "A Level 3 course in health and social care, or a healthcare support worker apprenticeship.",
            run: TestCatalogue.run("2027-09-06", .classroom, venue, pence: 0, costText: "Free for 16-18 year olds", study: .fullTime))
        add(
            5, apprenticeship, 2, .healthAndScience,
            summary: "An apprenticeship for healthcare assistants working on hospital wards and in clinics.",
            learn: "Person-centred care, healthcare support, taking observations, infection prevention, safeguarding and communication.",
            next: "Senior healthcare support worker or nursing associate apprenticeships.",
            run: TestCatalogue.run("2027-04-05", .workBased, nil, pence: 0, costText: "Free; funded apprenticeship", study: .fullTime))
        return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
    }
}
