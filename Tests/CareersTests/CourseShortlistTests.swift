@testable import Careers
import Domain
import Foundation
import Taxonomy
import Testing

// MARK: - Which courses make a path's short list (review 8 and 7: the right local course present but not shown)

/// A path's few places go to different courses before a second provider's run of one already listed, and
/// the variants of one course (Adult, Mental Health) take one place; a 16–18-year-old is not offered a short
/// course they would pay for themselves, and the courses of their path still teach what they have made a
/// start on; a course of the occupation's route near its field that teaches a core, specific gap skill is
/// its course though it shares only that one distinct skill.
@Suite("Courses on a path's short list")
struct CourseShortlistTests {
    @Test("different courses come before a second provider's run of the same apprenticeship (a groundworker's site management path)")
    func differentCoursesFirst() async throws {
        let diagnostician = try await Self.catalogue.value
        let titles = try Self.titles(diagnostician, "ST0047")
        // Every course listed before any second run of one: the three providers' apprenticeship does not crowd out the HNC.
        let firstRepeat = titles.indices.first { titles[..<$0].contains(titles[$0]) } ?? titles.count
        #expect(Set(titles[..<firstRepeat]).count == Set(titles).count, "\(titles)")
        #expect(titles.contains("HNC in Construction Management"), "\(titles)")
    }

    @Test("a course of the job's route near its field that teaches one of its core, specific gap skills is its course (an FdSc in construction management for site management)")
    func coreSkillCourseOfTheRoute() async throws {
        let diagnostician = try await Self.catalogue.value
        let titles = try Self.titles(diagnostician, "ST0047")
        #expect(titles.contains(Self.fdsc), "\(titles)")
        // Not for a job of another field: the same course is no course for a hairdresser.
        let hair = try Self.titles(diagnostician, "ST0213")
        #expect(!hair.contains(Self.fdsc), "\(hair)")
    }

    @Test("the variants of one course from one provider take one place (BSc Nursing Adult and Mental Health)")
    func variantsTakeOnePlace() {
        #expect(CareerDiagnostician.variantKey("BSc (Hons) Nursing (Adult)") == CareerDiagnostician.variantKey("BSc (Hons) Nursing (Mental Health)"))
        #expect(CareerDiagnostician.variantKey("Access to HE Diploma (Health Science Professions)") != CareerDiagnostician.variantKey("BSc (Hons) Nursing (Adult)"))
        let items = ["Site Supervisor Apprenticeship (Level 4)", "HNC", "Site Supervisor Apprenticeship", "Bootcamp"]
        #expect(CareerDiagnostician.otherProviders(last: items, title: { $0 }) == ["Site Supervisor Apprenticeship (Level 4)", "HNC", "Bootcamp", "Site Supervisor Apprenticeship"])
    }

    @Test("a 16-year-old who wants to do make-up is not offered a £395 marketing workshop for business owners; an adult is")
    func youthNotOfferedPaidWorkshops() async throws {
        let diagnostician = try await Self.catalogue.value
        let youth = try Self.titles(diagnostician, "ST0807", band: .youth)
        #expect(!youth.contains(Self.workshop), "\(youth)")
        let adult = try Self.titles(diagnostician, "ST0807", band: .adult)
        #expect(adult.contains(Self.workshop), "\(adult)")
    }

    @Test("a 16-year-old who has helped their dad plaster still gets the multi-trade course that teaches plastering")
    func schoolLeaverStartedSkill() async throws {
        let diagnostician = try await Self.catalogue.value
        let model = diagnostician.model
        // "Ive helped my dad whos a plasterer skimming walls and boarding ceilings, i want to do that proper."
        var helped = Array(repeating: false, count: model.skills.count)
        helped[try #require(model.skillPosition["plastering"])] = true
        let youth = try Self.options(diagnostician, "ST0096", band: .youth, held: helped)
        let course = try #require(youth.first { $0.title == Self.multiTrade }, "\(youth.map(\.title))")
        // Plastering is what it teaches them, not a skill they are qualified in.
        #expect(course.why.summary.hasPrefix("Teaches Plastering, which you have made a start on"), "\(course.why.summary)")
        #expect(!youth.flatMap(\.coversSkills).contains { $0.id == "plastering" })
        // An adult plasterer's plastering is their trade, not a start.
        let adult = try Self.options(diagnostician, "ST0096", band: .adult, held: helped, level: 2)
        #expect(adult.allSatisfy { !$0.why.summary.contains("made a start on") }, "\(adult.map(\.why.summary))")
    }

    // MARK: Helpers

    static func titles(
        _ diagnostician: CareerDiagnostician, _ code: String, band: AgeBand = .adult, held: [Bool] = [], level: Int? = nil
    ) throws -> [String] {
        try options(diagnostician, code, band: band, held: held, level: level).map(\.title)
    }

    static func options(
        _ diagnostician: CareerDiagnostician, _ code: String, band: AgeBand = .adult, held: [Bool] = [], level: Int? = nil
    ) throws -> [CourseOption] {
        let model = diagnostician.model
        let position = try #require(model.targetPosition[code], "\(code) is a target")
        let index = diagnostician.currentIndex
        let scratch = CourseScratch(courses: index.entries.count, skills: model.skills.count, terms: index.termIDs.count)
        scratch.learner(jobSkills: [], level: level)
        let gap = model.targets[position].skills.filter { held.isEmpty || !held[$0.skill] }.map { (skill: $0.skill, weight: $0.weight) }
        let result = diagnostician.courses(
            for: position, gap: gap, held: held, index: index, constraints: LearnerConstraints(ageBand: band), today: TestCatalogue.today.description,
            scratch: scratch)
        return result.courses
    }

    static let fdsc = "FdSc Construction Management (Net Zero) - Higher Technical Qualification"
    static let workshop = "Digital Marketing Essentials"
    static let multiTrade = "Level 1 Diploma in Construction Skills (Multi-trade)"

    /// The shared test catalogue plus courses worded as the default catalogue words them, two providers
    /// running the same site supervisor apprenticeship.
    static let catalogue: Task<CareerDiagnostician, any Error> = Task {
        var courses = TestCatalogue.courses()
        let venue = TestCatalogue.worcesterVenue
        func course(_ id: String, _ title: String, _ level: Int?, _ route: Route, summary: String, learn: String, next: String, pence: Int? = 0, cost: String? = nil) -> Course {
            Course(
                sourceID: id, title: title, summary: summary, whatYouWillLearn: learn, whereNext: next, level: level.flatMap { Level(rank: $0) }, route: route,
                runs: [TestCatalogue.run("2027-09-06", .classroom, venue, pence: pence, costText: cost, study: .partTime)])
        }
        let supervisor = course(
            "supervisor", "Construction Site Supervisor Apprenticeship (Level 4)", 4, .constructionAndTheBuiltEnvironment,
            summary: "For supervisors on construction sites: planning and organising site work, health and safety, quality and managing subcontractors.",
            learn: "Site supervision, construction project management, cost control, quality assurance, health and safety management and leading site teams.",
            next: "Construction site management degree apprenticeship.")
        let extra: [(ProviderRef, Course)] = [
            (TestCatalogue.worcester, supervisor),
            (TestCatalogue.kidderminster, supervisor),
            (TestCatalogue.online, supervisor),
            (TestCatalogue.worcester, course(
                "smsts", "CITB Site Management Safety Training Scheme (SMSTS)", nil, .constructionAndTheBuiltEnvironment,
                summary: "Five-day course for site managers and supervisors on health and safety law and managing a safe site.",
                learn: "Site supervision, risk assessment, construction project management and health and safety management on site.",
                next: "The Site Management Safety Training Scheme refresher.", pence: 59500)),
            (TestCatalogue.kidderminster, course(
                "hnc", "HNC in Construction Management", 4, .constructionAndTheBuiltEnvironment,
                summary: "Part-time HNC for people working in construction who want to move into site or project management.",
                learn: "Construction project management, construction planning, cost control, procurement, risk management and sustainable construction.",
                next: "A construction management degree.", pence: 295000)),
            (TestCatalogue.online, course(
                "fdsc", fdsc, 5, .constructionAndTheBuiltEnvironment,
                summary: "Part-time Level 5 HTQ in construction management with low-carbon and retrofit content, taught in Kidderminster.",
                learn: "A Higher Technical Qualification for site supervisors, estimators, surveyors and technicians who want to move into "
                    + "construction management, with a focus on low-carbon building. Construction technology and building performance. Measurement, "
                    + "estimating and cost control. Project planning and contract administration. Retrofit, energy efficiency and net zero "
                    + "regulation. Health, safety and site management.",
                next: "Top-up degrees in construction management or quantity surveying, and progress towards chartered membership of the CIOB.",
                pence: 476800)),
            (TestCatalogue.online, course(
                "bootcamp", "Construction Site Management Skills Bootcamp", nil, .constructionAndTheBuiltEnvironment,
                summary: "A free bootcamp for adults moving into site management.",
                learn: "Construction project management, construction planning, site supervision, risk management and budgeting.",
                next: "Site management posts and the construction site management degree apprenticeship.")),
            (TestCatalogue.worcester, course(
                "workshop", workshop, nil, .salesMarketingAndProcurement,
                summary: "For owners and marketing staff in small and medium-sized businesses who want to plan and run their own digital marketing.",
                learn: "Digital marketing, marketing planning, social media marketing, email marketing, search engine optimisation and analytics.",
                next: "The CIM Certificate in Digital Marketing.", pence: 39500, cost: "£345 + VAT for Chamber members; £395 + VAT for non-members")),
            (TestCatalogue.kidderminster, course(
                "multitrade", multiTrade, 1, .constructionAndTheBuiltEnvironment,
                summary: "Full-time first year in construction trades for school leavers, most of the week in the plastering workshop.",
                learn: "Plastering walls and ceilings: mixing plaster, skimming, rendering and setting out, in the college workshops.",
                next: "A level 2 diploma or an apprenticeship in a construction trade.", cost: "Free for 16 to 18 year olds")),
        ]
        for (offset, item) in extra.enumerated() {
            courses.append(TaggedCourse(
                entry: CatalogueCourse(id: Int64(1300 + offset), provider: item.0, course: item.1, updatedAt: "2026-11-01T00:00:00Z"), tags: []))
        }
        return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
    }
}
