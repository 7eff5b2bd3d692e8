@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Courses checked against the learner (review 19, theme T5)

/// Principles from review 19's course findings: a free place's condition is judged against what the learner says of
/// themselves (a 56-year-old is not told a course is "free for adults aged 19-23" without a word; a sommelier with WSET level 3
/// hears that "free if you do not already hold a Level 3" probably does not apply to him); a course for a ticket the learner
/// already holds is not offered again (a PA1 and PA6 pesticide award for a sprayer with PA1, PA2 and PA6); a school leaver
/// taking A levels may be offered a degree apprenticeship; and a course the learner asks about by name is named, wherever it
/// runs (the Transport Manager CPC for a fleet coordinator who asks "should i do the transport manager CPC?").
@Suite("Review 19: courses checked against the learner")
struct Review19CourseTests {
    // MARK: The level a learner holds

    @Test("the level a learner says they hold is read from statements, not from questions, wishes or what they lack")
    func heldLevels() {
        let sommelier = CareerDiagnostician.heldLevel(
            "Sommelier at a hotel restaurant in Worcester for 6 years, WSET level 3 with merit. I want to work in cyber security. "
                + "Do I need a degree, or would a level 4 apprenticeship take someone my age?")
        #expect(sommelier?.level == 3)
        #expect(sommelier?.words == "WSET level 3")
        #expect(CareerDiagnostician.heldLevel("I have a degree in economics from Birmingham. I want to be a primary school teacher.")?.level == 6)
        #expect(CareerDiagnostician.heldLevel("pre-school leader, level 3 early years and a foundation degree, 24 children")?.level == 5)
        #expect(CareerDiagnostician.heldLevel("I'd like to do my level 3 next year, I'm working in a nursery.") == nil)
        #expect(CareerDiagnostician.heldLevel("im 16 and doing A levels in maths") == nil)
        #expect(CareerDiagnostician.heldLevel("is there a way in without a degree?") == nil)
        #expect(CareerDiagnostician.heldLevel("I left school with no qualifications and never did a degree.") == nil)
    }

    // MARK: A free place's condition

    @Test("a free place for ages 19-23 is not a 56-year-old's: the fee is theirs, with the reason")
    func ageRangeRulesOutFreePlace() {
        let condition = "Free for adults aged 19-23 studying their first full Level 3"
        let judged = CostWording.judged(
            cost: .ifEligible, pence: 120_000, condition: condition, costText: "£1,200. " + condition, age: 56, held: nil)
        #expect(judged.cost == .charged)
        #expect(judged.pence == 120_000)
        #expect(judged.condition?.contains("at 56") == true, "\(judged.condition ?? "")")
        // A 21-year-old without a level 3 keeps the free place.
        let young = CostWording.judged(cost: .ifEligible, pence: 120_000, condition: condition, costText: condition, age: 21, held: nil)
        #expect(young.cost == .ifEligible)
        #expect(young.condition == condition)
        // With another way to study free in the wording, nothing is judged.
        let other = CostWording.judged(
            cost: .ifEligible, pence: 120_000, condition: condition, costText: condition + "; free if you earn under £25,000", age: 56, held: nil)
        #expect(other.cost == .ifEligible)
    }

    @Test("free if you do not already hold a level 3 is probably not free for someone who says they hold one")
    func heldLevelRulesOutFreePlace() {
        let condition = "free if you do not already hold a Level 3"
        let held = CareerDiagnostician.heldLevel("Sommelier for 6 years, WSET level 3 with merit. I build the wine list.")
        let judged = CostWording.judged(cost: .ifEligible, pence: 105_000, condition: condition, costText: "£1,050 (\(condition))", age: 31, held: held)
        #expect(judged.cost == .charged)
        #expect(judged.condition?.contains("WSET level 3") == true, "\(judged.condition ?? "")")
        // A level 2 holder is still eligible.
        let lower = CostWording.judged(
            cost: .ifEligible, pence: 105_000, condition: condition, costText: condition, age: 31, held: (2, "NVQ level 2"))
        #expect(lower.cost == .ifEligible)
        // No price given: the note is added, the cost stays as worded.
        let unpriced = CostWording.judged(cost: .ifEligible, pence: nil, condition: condition, costText: condition, age: 31, held: held)
        #expect(unpriced.cost == .ifEligible)
        #expect(unpriced.condition?.contains("WSET level 3") == true)
    }

    // MARK: Tickets the learner holds

    @Test("tickets a learner holds are read from their statements, not from questions or lapsed cards")
    func heldTickets() {
        let sprayer = CareerDiagnostician.heldTicketCodes(
            "Tractor driver for an agricultural contractor near Evesham, 12 years. Drilling, spraying (PA1, PA2, PA6), combining, GPS and auto "
                + "steer. Would I need BASIS and FACTS first?")
        #expect(sprayer == ["pa1", "pa2", "pa6"])
        #expect(CareerDiagnostician.heldTicketCodes("my CSCS and SMSTS have expired since I stopped in 2019").isEmpty)
        #expect(CareerDiagnostician.heldTicketCodes("Would my CSCS and 16 years count for anything?").isEmpty)
        #expect(CareerDiagnostician.heldTicketCodes("I have my CSCS card and IPAF.") == ["cscs", "ipaf"])
        #expect(CareerDiagnostician.ticketCodes("Level 2 Award in the Safe Use of Pesticides (PA1 and PA6)") == ["pa1", "pa6"])
        #expect(CareerDiagnostician.ticketCodes("Level 3 Certificate in Agri-Tech and Precision Farming").isEmpty)
        #expect(CareerDiagnostician.ticketCodes("NHS Healthcare Support Worker Apprenticeship").isEmpty)
    }

    // MARK: A course asked about by name

    @Test("the words that name a course leave out what every course title says")
    func namingWords() {
        #expect(CareerDiagnostician.namingWords(of: "Transport Manager CPC (Road Haulage)") == ["transport", "manager", "cpc"])
        #expect(CareerDiagnostician.namingWords(of: "CITB Site Management Safety Training Scheme (SMSTS)").count == 6)
        #expect(CareerDiagnostician.namingWords(of: "Level 2 Certificate in Customer Service") == ["customer", "service"])
        // One ordinary word names no course; an acronym does.
        #expect(CareerDiagnostician.namingWords(of: "Level 3 Diploma in Plumbing").isEmpty)
        #expect(CareerDiagnostician.namingWords(of: "PGCE") == ["pgce"])
        #expect(CareerDiagnostician.questionSentences("i did the paperwork. should i do the transport manager CPC to stand out?")
            == [" should i do the transport manager CPC to stand out"])
    }

    // MARK: In a diagnosis

    /// The shared test catalogue plus courses worded as the default catalogue words them: the Transport Manager CPC in
    /// Kidderminster, an online safeguarding course, a pesticide award and a software degree apprenticeship.
    static let catalogue: Task<CareerDiagnostician, any Error> = Task {
        var courses = TestCatalogue.courses()
        func course(
            _ id: String, _ title: String, _ level: Int?, _ route: Route, summary: String, learn: String, run: CourseRun
        ) -> Course {
            Course(sourceID: id, title: title, summary: summary, whatYouWillLearn: learn, level: level.flatMap { Level(rank: $0) }, route: route, runs: [run])
        }
        let extra: [(ProviderRef, Course)] = [
            (TestCatalogue.kidderminster, course(
                "cpc", "Transport Manager CPC (Road Haulage)", 3, .transportAndLogistics,
                summary: "The Certificate of Professional Competence a transport manager needs to run an operator's licence, in the evenings.",
                learn: "Road haulage law, operator licensing, drivers' hours, vehicle maintenance systems, finance and business management.",
                run: TestCatalogue.run("2027-01-13", .classroom, TestCatalogue.kidderminsterVenue, pence: 115_000))),
            (TestCatalogue.online, course(
                "safeguarding", "Understanding Safeguarding and Prevent (Level 2, online)", 2, .careServices,
                summary: "A free online course on safeguarding children and adults at risk, and the Prevent duty.",
                learn: "Safeguarding, recognising abuse and neglect, the Prevent duty and what to do if you are worried.",
                run: TestCatalogue.run(nil, .online, pence: 0, costText: "Free", flexible: true))),
            (TestCatalogue.worcester, course(
                "tlevel-worcester", Self.sameCourse, 3, .healthAndScience,
                summary: "A two-year programme with an industry placement: anatomy and physiology, health promotion and clinical skills.",
                learn: "Anatomy and physiology, health promotion, infection prevention and control and person-centred care.",
                run: TestCatalogue.run("2027-09-06", .classroom, TestCatalogue.worcesterVenue, pence: 0, costText: "Free", study: .fullTime))),
            (TestCatalogue.kidderminster, course(
                "tlevel-kidderminster", Self.sameCourse, 3, .healthAndScience,
                summary: "Two years at college with a placement in the NHS.",
                learn: "Working in the health sector and supporting the nursing team.",
                run: TestCatalogue.run("2027-09-06", .classroom, TestCatalogue.kidderminsterVenue, pence: 0, costText: "Free", study: .fullTime))),
        ]
        for (offset, item) in extra.enumerated() {
            courses.append(TaggedCourse(
                entry: CatalogueCourse(id: Int64(1900 + offset), provider: item.0, course: item.1, updatedAt: "2026-11-01T00:00:00Z"), tags: []))
        }
        return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
    }

    static let fleet = "fleet coordinator for a van hire and leasing firm in evesham, 2012 to 2020. booking in services and MOTs, tyres, "
        + "the O licence paperwork, driver licence checks, tracking and the fleet software. i stayed home with the kids. im 39 now. id like "
        + "to get back into transport or logistics, part time in an office."

    @Test("a course the learner asks about by name is named with where it runs, even outside their district; not when they do not ask")
    func askedCourseIsNamed() async throws {
        let diagnostician = try await Self.catalogue.value
        let asked = try diagnostician.diagnose(
            LearnerProfile(
                text: Self.fleet + " should i do the transport manager CPC to make myself stand out?",
                constraints: LearnerConstraints(districts: [.wychavon])),
            today: TestCatalogue.today)
        let listed = asked.paths.flatMap(\.courses).contains { $0.title.hasPrefix("Transport Manager CPC") }
        let notice = asked.notices.first { $0.hasPrefix("You asked about the transport manager CPC") }
        #expect(listed || notice != nil, "\(asked.notices)")
        if let notice {
            #expect(notice.contains("Transport Manager CPC (Road Haulage)"))
            #expect(notice.contains("Wyre Forest, next to Wychavon"), "\(notice)")
        }
        let unasked = try diagnostician.diagnose(
            LearnerProfile(text: Self.fleet + " what could i do?", constraints: LearnerConstraints(districts: [.wychavon])), today: TestCatalogue.today)
        #expect(!unasked.notices.contains { $0.hasPrefix("You asked about the") }, "\(unasked.notices)")
    }

    @Test("a returner whose safeguarding is out of date hears of the safeguarding course; paediatric first aid is not first aid at work")
    func lapsedSkillCourse() async throws {
        let diagnostician = try await Self.catalogue.value
        let diagnostic = try diagnostician.diagnose(
            LearnerProfile(
                text: "I ran a village pre-school as the pre-school leader from 2010 to 2019, level 3 early years, planning and learning journeys. "
                    + "I stopped to look after my dad. My paediatric first aid and safeguarding are out of date. What do I need to refresh?",
                constraints: LearnerConstraints(districts: [.worcester])),
            today: TestCatalogue.today)
        let listed = diagnostic.paths.flatMap(\.courses).contains { $0.title.hasPrefix("Understanding Safeguarding") }
        let notice = diagnostic.notices.first { $0.hasPrefix("You say some of what you had is out of date") }
        #expect(listed || notice?.contains("Understanding Safeguarding and Prevent") == true, "\(diagnostic.notices)")
        #expect(notice?.contains("First Aid at Work") != true)
    }

    static let sameCourse = "T Level in Health (Supporting the Adult Nursing Team)"

    @Test("a course found outside the learner's districts is named with another provider's run of it inside them, when there is one")
    func sameCourseRunLocally() async throws {
        let diagnostician = try await Self.catalogue.value
        let index = diagnostician.currentIndex
        let worcester = try #require(index.entries.first { $0.title == Self.sameCourse && $0.provider.id == TestCatalogue.worcester.id })
        let found = CourseOption(
            id: worcester.id, title: worcester.title, provider: worcester.provider, level: worcester.level, nextStart: "2027-09-06", flexibleStart: false,
            deliveryMode: .classroom, studyMode: .fullTime, costPence: 0, costText: "Free", funded: true, district: .worcester, url: nil,
            coversSkills: [], matchScore: 0.5, why: Explanation(summary: "Covers Anatomy and physiology.", matchedTerms: [], shared: [], missing: []))
        let today = TestCatalogue.today.description
        let local = try #require(diagnostician.localRun(
            of: found, index: index, constraints: LearnerConstraints(districts: [.wyreForest], ageBand: .youth), today: today))
        #expect(local.provider.id == TestCatalogue.kidderminster.id)
        #expect(local.district == .wyreForest)
        #expect(local.why.summary == found.why.summary)
        // No other provider runs it in Malvern Hills, and a learner who names no district has no local run to prefer.
        #expect(diagnostician.localRun(of: found, index: index, constraints: LearnerConstraints(districts: [.malvernHills], ageBand: .youth), today: today) == nil)
        #expect(diagnostician.localRun(of: found, index: index, constraints: LearnerConstraints(ageBand: .youth), today: today) == nil)
    }
}
