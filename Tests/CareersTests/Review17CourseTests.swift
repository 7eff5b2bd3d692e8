@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Which courses a path lists (review 17, theme G5 and its rejudge's regressions)

/// Principles from review 17's course findings: the people a course is for, listed after a colon, are its audience, not what it
/// teaches (p05, p16: "anyone starting out in … the armed forces" made the £340 Award in Education and Training an armed forces
/// course, and the award's own unit "Understanding assessment in education and training" taught no assessment); a course next door
/// teaching a core, specific skill of the job is worth the shorter journey when none runs in the learner's district (p01: the chainsaw
/// award at Pershore for a Malvern Hills countryside ranger); a two-year full-time college programme at level 3 or below is a school
/// leaver's study programme, not a self-employed 27-year-old's course unless she asks for full-time study (p04).
@Suite("Review 17: which courses a path lists")
struct Review17CourseTests {
    // MARK: The audience after a colon

    @Test("the teaching award's list of who it is for tags no armed forces work; a colon that goes back to the course still keeps it")
    func audienceListAfterColon() {
        let audience = CourseTagger.taught(Self.awardFor)
        #expect(!audience.lowercased().contains("armed forces"), "\(audience)")
        #expect(!audience.lowercased().contains("trainers"), "\(audience)")
        let kept = CourseTagger.taught("For care workers moving into senior roles: safeguarding adults and duty of care.")
        #expect(kept.contains("safeguarding adults"), "\(kept)")
    }

    @Test("the award's units read as assessing learners and its micro-teach as delivering learning")
    func teachingUnits() throws {
        // The vocabulary knows the awards' unit and task names (no rewrite of the course text).
        let found = Set(try SkillsTaxonomy.bundled().extract(CourseTagger.taught(Self.awardUnits)).skills.map(\.skillID))
        #expect(found.contains("assessment-and-feedback"), "\(found)")
        #expect(found.contains("training-delivery"), "\(found)")
    }

    @Test("a would-be teacher's assessor coach step lists the £340 award worded as the Malvern Hills college words it")
    func cheapestAwardListed() async throws {
        let diagnostician = try await Self.catalogue.value
        let courses = try diagnostician.pathCourses("ST0146", level: 3, held: ["fire-and-rescue"], constraints: LearnerConstraints(ageBand: .adult))
        let award = try #require(courses.first { $0.id == 3170 + 1 }, "\(courses.map(\.title))")
        #expect(award.coversSkills.map(\.id).contains("assessment-and-feedback"), "\(award.coversSkills.map(\.label))")
    }

    // MARK: Next door, for the job's core work

    @Test("a Malvern Hills countryside ranger's path names the chainsaw award in Wychavon when nothing runs in Malvern Hills")
    func coreWorkNextDoor() async throws {
        let diagnostician = try await Self.catalogue.value
        let malvern = LearnerConstraints(districts: [.malvernHills], ageBand: .adult)
        let courses = try diagnostician.pathCourses("ST0926", level: 2, held: ["machine-operation"], constraints: malvern)
        let chainsaw = try #require(courses.first { $0.id == 3170 + 2 }, "\(courses.map(\.title))")
        #expect(chainsaw.district == .wychavon)
        #expect(chainsaw.why.summary.contains("this one is in Wychavon"), "\(chainsaw.why.summary)")
        #expect(CareerDiagnostician.worthTravel(covers: 1, leads: false, defining: false, nextDoorCore: true))
        #expect(!CareerDiagnostician.worthTravel(covers: 1, leads: false, defining: false, nextDoorCore: false))
    }

    // MARK: A school leaver's study programme

    @Test("a two-year full-time animal management extended diploma is a school leaver's: not an adult's unless they ask for full time")
    func schoolLeaverProgramme() async throws {
        let diagnostician = try await Self.catalogue.value
        let diploma: Int64 = 3170 + 3
        let adult = try diagnostician.pathCourses("ST0343", level: 2, held: ["animal-care"], constraints: LearnerConstraints(ageBand: .adult))
        #expect(!adult.map(\.id).contains(diploma), "\(adult.map(\.title))")
        // Its run is open to a 16–18-year-old, and read as the school leavers' programme.
        let entry = try #require(diagnostician.currentIndex.entries.first { $0.id == diploma })
        let run = try #require(entry.runs.first)
        #expect(run.schoolLeaverProgramme)
        let today = TestCatalogue.today.description
        #expect(CourseIndex.accepts(run, LearnerConstraints(ageBand: .youth), today: today))
        #expect(!CourseIndex.accepts(run, LearnerConstraints(ageBand: .adult), today: today))
        var fullTime = LearnerConstraints(ageBand: .adult)
        fullTime.studyModes = [.fullTime]
        let asked = try diagnostician.pathCourses("ST0343", level: 2, held: ["animal-care"], constraints: fullTime)
        #expect(asked.map(\.id).contains(diploma), "\(asked.map(\.title))")
        #expect(CourseIndex.isSchoolLeaverProgramme(level: 3, studyMode: .fullTime, deliveryMode: .classroom, months: 24))
        // An Access to HE diploma is a year; an apprenticeship is a job; a degree is not a school leaver's programme of this kind.
        #expect(!CourseIndex.isSchoolLeaverProgramme(level: 3, studyMode: .fullTime, deliveryMode: .classroom, months: 12))
        #expect(!CourseIndex.isSchoolLeaverProgramme(level: 3, studyMode: .fullTime, deliveryMode: .workBased, months: 42))
        #expect(!CourseIndex.isSchoolLeaverProgramme(level: 6, studyMode: .fullTime, deliveryMode: .classroom, months: 36))
        // A provider that gives adults' terms offers it to adults too (the forestry extended diploma, "adults aged 19+ may qualify").
        #expect(CostWording.namesAdults(["Free for 16 to 18 year olds; adults aged 19+ may qualify for free tuition through the Adult Skills Fund"]))
        #expect(!CostWording.namesAdults(["Free", nil]))
        #expect(!CourseIndex.isSchoolLeaverProgramme(level: 3, studyMode: .fullTime, deliveryMode: .classroom, months: 24, adultTerms: true))
        #expect(CourseIndex.months(Domain.Duration(iso: "P2Y")) == 24)
        #expect(CourseIndex.months(Domain.Duration(value: 18, unit: .months)) == 18)
        #expect(CourseIndex.months(Domain.Duration(value: 5, unit: .days)) == nil)
    }

    // MARK: Fixtures

    static let awardFor = "For people who want to teach or train adults: trade professionals who want to pass on their skills, trainers in "
        + "business, volunteers, and anyone starting out in further education, adult learning or the armed forces."
    static let awardUnits = "The course has three units:\n1. Understanding roles, responsibilities and relationships in education and training\n"
        + "2. Understanding and using inclusive teaching and learning approaches\n3. Understanding assessment in education and training\n"
        + "You will plan and deliver a 15-minute \"micro-teach\" to the group and get detailed feedback from your tutor and peers."
    static let pershoreVenue = Venue(name: "Pershore College", address: Address(town: "Pershore", postcode: "WR10 3JP"))

    /// The test catalogue plus three courses worded as the WCG and Kidderminster College feeds word them.
    static let catalogue: Task<CareerDiagnostician, any Error> = Task {
        var courses = TestCatalogue.courses()
        func add(_ id: Int64, _ title: String, _ level: Int?, _ route: Route, summary: String, learn: String, run: CourseRun) {
            courses.append(TestCatalogue.extra(
                id: 3170 + id, sourceID: "review17-\(id)", title: title, summary: summary, learn: learn, level: level, route: route, runs: [run]))
        }
        add(
            1, "Level 3 Award in Education and Training", 3, .educationAndEarlyYears, summary: awardFor, learn: awardUnits,
            run: TestCatalogue.run(
                "2027-01-16", .classroom, TestCatalogue.worcesterVenue, pence: 34_000,
                costText: "Free if you are unemployed or earn less than £25,000 a year"))
        add(
            2, "Level 2 Award in Chainsaw Maintenance and Cross-cutting", 2, .agricultureEnvironmentalAndAnimalCare,
            summary: "For people starting out in arboriculture, forestry, estate work or landscaping, and for farmers and smallholders who "
                + "want to use a chainsaw safely and legally on their own land.",
            learn: "Chainsaw components and safety features, daily and weekly maintenance, sharpening the chain, safe starting techniques, "
                + "cross-cutting timber of different sizes including timber under tension, stacking, and emergency procedures for lone working.",
            run: TestCatalogue.run(
                "2027-03-08", .classroom, pershoreVenue, pence: 62_000,
                costText: "Free if you are unemployed or earn less than £25,000 a year; otherwise £620 including assessment", study: .fullTime))
        var twoYears = TestCatalogue.run("2027-09-06", .classroom, TestCatalogue.kidderminsterVenue, pence: 0, costText: "Free", study: .fullTime)
        twoYears.duration = Domain.Duration(value: 2, unit: .years, iso: "P2Y")
        add(
            3, "Animal Management Level 3 Extended Diploma", 3, .agricultureEnvironmentalAndAnimalCare,
            summary: "Two-year animal management course with lab science, fieldwork in the Wyre Forest and safari park visits, for students "
                + "aiming at veterinary nursing, zoo keeping or conservation.",
            learn: "Explain animal anatomy, physiology and behaviour; design and carry out scientific investigations; manage animal health and "
                + "breeding; apply conservation principles; veterinary nursing.",
            run: twoYears)
        return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
    }
}
