@testable import Careers
import Domain
import Foundation
import Taxonomy
import Testing

// MARK: - Which courses close a gap (review 4, defects 6, 12, 13 and 15)

@Suite("Courses for a gap")
struct CourseGapTests {
    static let barber = """
        Barber - 6 yrs
        - skin fades, beard trims, hot towel shaves
        - cash and card payments, cashing up at the end of the day
        - opening and locking up the shop
        - trained two apprentices
        - Level 2 NVQ barbering
        """

    @Test("a barber with an NVQ level 2 is offered no level-1 hair course, and no course for the hairdressing their job shows")
    func belowTheirLevel() async throws {
        let diagnostic = try await Self.catalogue.value.diagnose(LearnerProfile(text: Self.barber, currentTitle: "Barber"), today: TestCatalogue.today)
        let courses = diagnostic.paths.flatMap(\.courses)
        #expect(!courses.isEmpty)
        #expect(!courses.contains { $0.title == Self.levelOneHair }, "\(courses.map(\.title))")
        // Hairdressing is shown as likely from their job, so it is no gap a course is offered for, except
        // by the course named for the occupation the path leads to (the Level 3 Advanced and Creative Hair
        // Professional diploma for Advanced and creative hair professional).
        let job = diagnostic.skills.flatMap(\.skills).filter { $0.fromJob != nil }.map(\.id)
        #expect(job.contains("hairdressing"), "\(job)")
        for path in diagnostic.paths {
            let occupation = path.occupation.title.lowercased().split(separator: " ").filter { $0.count > 3 }
            for course in path.courses where !occupation.allSatisfy({ course.title.lowercased().contains($0) }) {
                #expect(!course.coversSkills.contains { job.contains($0.id) }, "\(course.title) covers \(course.coversSkills.map(\.label))")
            }
        }
    }

    @Test("no course is listed on a generic skill alone, and generic skills are never 'not covered'", arguments: [
        ("Legal secretary", "Legal secretary at a solicitors for 9 years, residential conveyancing, audio typing, preparing contracts and completion statements, Land Registry searches."),
        ("Store detective", "Store detective for 4 years: watching customers on CCTV, detaining shoplifters, writing witness statements and going to court. SIA licence and first aid."),
        ("Shift manager", "Shift manager at a fast food restaurant for 3 years: run the shift, cash office, food safety checks, train new starters and sort the rota."),
    ])
    func genericSkills(_ title: String, _ text: String) async throws {
        let diagnostic = try await Self.catalogue.value.diagnose(LearnerProfile(text: text, currentTitle: title), today: TestCatalogue.today)
        for path in diagnostic.paths {
            for course in path.courses {
                #expect(course.coversSkills.contains { !Self.generic($0) }, "\(course.title) for \(path.occupation.title) covers only \(course.coversSkills.map(\.label))")
            }
            #expect(!path.uncoveredSkills.contains(where: Self.generic), "\(path.occupation.title): \(path.uncoveredSkills.map(\.label))")
        }
        // The problem-solving course in the catalogue exists and is generic only: it is never offered.
        #expect(!diagnostic.paths.flatMap(\.courses).contains { $0.title == Self.thinkingSkills })
    }

    @Test("a 16-18-year-old is not offered a 19+ Skills Bootcamp, free or otherwise; an adult is")
    func adultOnly() async throws {
        let text = "Machine operator in a precision engineering factory for two years: loading manual lathes and milling machines, reading engineering drawings, measuring parts. I want to learn CNC programming."
        var constraints = LearnerConstraints()
        constraints.ageBand = .youth
        let youth = try await Self.catalogue.value.diagnose(LearnerProfile(text: text, constraints: constraints), today: TestCatalogue.today)
        constraints.ageBand = .adult
        let adult = try await Self.catalogue.value.diagnose(LearnerProfile(text: text, constraints: constraints), today: TestCatalogue.today)
        let youthTitles = youth.paths.flatMap(\.courses).map(\.title)
        #expect(!youthTitles.contains(Self.bootcamp), "\(youthTitles)")
        #expect(!youthTitles.contains { $0.contains("Bootcamp") }, "\(youthTitles)")
        #expect(adult.paths.flatMap(\.courses).map(\.title).contains(Self.bootcamp), "\(adult.paths.flatMap(\.courses).map(\.title))")
        #expect(CostWording.isAdultOnly(title: "Retrofit Awareness (Level 2)", wording: ["Open to adults aged 19 and over who live or work in Worcestershire."]))
        #expect(!CostWording.isAdultOnly(title: "HGV Driver Skills Bootcamp (Category C+E)", wording: ["Aged 18 or over, with a full car licence."]))
    }

    @Test("a notice counting the moves into another field says how many are shown once the learner's own job is left out")
    func recountedNotice() {
        let notice = "Only two moves into another field are shown: other occupations share too little with the skills you describe to be worth suggesting."
        #expect(CareerDiagnostician.recounted(notice, moves: 1)
            == "Only one move into another field is shown: other occupations share too little with the skills you describe to be worth suggesting.")
        #expect(CareerDiagnostician.recounted(notice, moves: 0) == nil)
        #expect(CareerDiagnostician.recounted("Another notice.", moves: 0) == "Another notice.")
    }

    // MARK: Fixtures

    static let levelOneHair = "Level 1 Diploma in Hair and Beauty Studies"
    static let levelTwoHair = "Hairdressing and Barbering Level 2 Diploma"
    static let thinkingSkills = "Critical Thinking and Problem Solving at Work"
    static let bootcamp = "CNC Programming and Machining Skills Bootcamp"

    static func generic(_ skill: SkillRef) -> Bool {
        skill.kind == .behaviour || (skill.kind == .common && !CareerDiagnostician.taughtCommonSkills.contains(skill.id))
    }

    /// The shared test catalogue plus hair courses at levels 1, 2 and 3, a generic-skills course and a
    /// 19+ bootcamp, worded as the default catalogue's feeds word them.
    static let catalogue: Task<CareerDiagnostician, any Error> = Task {
        var courses = TestCatalogue.courses()
        let venue = TestCatalogue.kidderminsterVenue
        let extra: [Course] = [
            Course(
                sourceID: "hair-1", title: levelOneHair, summary: "A first step into the hair and beauty industry.",
                whatYouWillLearn: "Shampoo and condition hair, blow-dry and style hair, basic make-up and nail care, and working in a salon.",
                level: Level(rank: 1), route: .hairAndBeauty, runs: [TestCatalogue.run("2027-09-06", .classroom, venue, pence: 0, study: .fullTime)]),
            Course(
                sourceID: "hair-2", title: levelTwoHair, summary: "Cut, colour and style hair in the college's commercial salon.",
                whatYouWillLearn: "Cutting hair using basic techniques, barbering, colouring and lightening hair, shaving and health and safety in the salon.",
                level: Level(rank: 2), route: .hairAndBeauty, runs: [TestCatalogue.run("2027-09-06", .classroom, venue, pence: 0, study: .fullTime)]),
            Course(
                sourceID: "hair-3", title: "Level 3 Diploma in Advanced and Creative Hair Professional",
                summary: "For experienced stylists and barbers moving into creative and advanced work.",
                whatYouWillLearn: "Creative hairdressing design, advanced cutting, colour correction, hair extensions and consultation.",
                level: Level(rank: 3), route: .hairAndBeauty, runs: [TestCatalogue.run("2027-09-06", .classroom, venue, pence: 0, study: .partTime)]),
            Course(
                sourceID: "think", title: thinkingSkills, summary: "A one-day workshop.",
                whatYouWillLearn: "Critical thinking, problem solving, decision making and attention to detail at work.",
                level: Level(rank: 2), runs: [TestCatalogue.run("2027-03-01", .online, pence: 9500)]),
            Course(
                sourceID: "cnc-bc", title: bootcamp,
                summary: "For manual machinists, maintenance fitters and production operators who want to program and set CNC lathes and milling machines.",
                whatYouWillLearn: "CNC programming with G-code, setting CNC lathes and milling machines, CAD/CAM, reading engineering drawings and machining to tolerance.",
                entryRequirements: "Some engineering or workshop experience, and enough maths to handle angles, coordinates and tolerances.",
                level: Level(rank: 3), route: .engineeringAndManufacturing,
                runs: [TestCatalogue.run(
                    "2027-02-08", .classroom, venue, pence: 0,
                    costText: "Free for adults aged 19+; employers co-fund 10%-30% when upskilling their own staff")]),
        ]
        for (offset, course) in extra.enumerated() {
            courses.append(TaggedCourse(
                entry: CatalogueCourse(id: Int64(950 + offset), provider: TestCatalogue.kidderminster, course: course, updatedAt: "2026-11-01T00:00:00Z"),
                tags: []))
        }
        return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
    }
}
