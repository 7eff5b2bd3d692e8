@testable import Careers
import Domain
import Foundation
import Taxonomy
import Testing

// MARK: - What qualifies a course for a path (review 6 p16–p19, review 7 course noise)

/// A course that does not lead to the occupation is listed for a path only on a gap skill that is
/// neither generic nor broad, when it is not another occupation's own course (unless that occupation's
/// field is near), an ESOL course only for a learner who asks for English, an entry-level course not for
/// a learner working or qualified at level 2 or above. A level 3 course whose where-next names a
/// degree-level occupation's field leads to it (an Access to HE diploma for an occupational therapist).
@Suite("Courses that qualify for a path")
struct CourseQualifyingSkillTests {
    @Test("a course sharing only a broad gap skill (equality and diversity, assessment) is no course for the path")
    func broadSkillAlone() async throws {
        let diagnostician = try await Self.catalogue.value
        let titles = try Self.titles(diagnostician, "ST0906")
        // Youth support worker: the counselling diploma shares only equality and diversity with its gap.
        #expect(!titles.contains(Self.counselling), "\(titles)")
    }

    @Test("another occupation's own course is listed only when that occupation's field is near the path's")
    func otherOccupationsCourse() async throws {
        let diagnostician = try await Self.catalogue.value
        // Structural steelwork fabricator: the fabrication and welding diploma is its course; the bricklaying
        // diploma's setting out and measuring do not make it one.
        let steel = try Self.titles(diagnostician, "ST0099")
        #expect(steel.contains(Self.fabrication), "\(steel)")
        #expect(!steel.contains(Self.bricklaying), "\(steel)")
        // Occupational therapist: a dental nursing diploma is a dental nurse's course.
        let therapist = try Self.titles(diagnostician, "ST0517")
        #expect(!therapist.contains(Self.dental), "\(therapist)")
    }

    @Test("one gap skill from a course mostly about other work does not make it the path's course")
    func oneSkillOfAnotherField() async throws {
        let diagnostician = try await Self.catalogue.value
        // Aviation customer service operative: the export documentation day shares only customs with its gap.
        let aviation = try Self.titles(diagnostician, "ST0907")
        #expect(!aviation.contains(Self.export), "\(aviation)")
        // International freight forwarding specialist: it is that job's course.
        let freight = try Self.titles(diagnostician, "ST0539")
        #expect(freight.contains(Self.export), "\(freight)")
    }

    @Test("an ESOL course is listed only for a learner who asks for English", arguments: ["ST0070"])
    func languageCourse(_ code: String) async throws {
        let diagnostician = try await Self.catalogue.value
        let native = try Self.titles(diagnostician, code)
        #expect(!native.contains(Self.esol), "\(native)")
        let learner = try Self.titles(diagnostician, code, wantsEnglish: true)
        #expect(learner.contains(Self.esol), "\(learner)")
    }

    @Test("a learner's words asking for English are read; a school subject is not", arguments: [
        ("English is not my first language, I came from Poland 3 years ago.", true),
        ("My first language is Arabic and I want to work in a shop.", true),
        ("I'd like to improve my English and get a job in a warehouse.", true),
        ("I have GCSE English and maths and worked in a call centre.", false),
        ("My first language is English and I studied French at college.", false),
        ("I have a degree in English literature.", false),
    ])
    func readsEnglishNeed(_ text: String, _ asks: Bool) {
        #expect(CareerDiagnostician.asksForEnglish(text) == asks, "\(text)")
    }

    @Test("an entry-level functional skills course is not for a learner working or qualified at level 2 or above, nor, with no job to place them, one who does not say they need it")
    func entryLevelCourse() async throws {
        let diagnostician = try await Self.catalogue.value
        // A learner who says they need basic skills ("I struggle with reading") is offered it whatever the path's level …
        let starting = try Self.titles(diagnostician, "ST0070", needsBasics: true)
        #expect(starting.contains(Self.functional), "\(starting)")
        // … one no job places, who says nothing of the kind, takes the path's level (3) as their floor (review 9, p15).
        let unplaced = try Self.titles(diagnostician, "ST0070")
        #expect(!unplaced.contains(Self.functional), "\(unplaced)")
        let graduate = try Self.titles(diagnostician, "ST0070", level: 6)
        #expect(!graduate.contains(Self.functional), "\(graduate)")
    }

    @Test("an Access to HE diploma whose where-next names occupational therapy leads to it; a level 1 taster does not")
    func accessToHigherEducation() async throws {
        let diagnostician = try await Self.catalogue.value
        let index = diagnostician.currentIndex
        let position = try #require(diagnostician.model.targetPosition["ST0517"])
        let leads = Set(index.leadsTo[position].map { index.entries[Int($0.course)].title })
        #expect(leads.contains(Self.access), "\(leads)")
        #expect(!leads.contains(Self.taster), "\(leads)")
        // Listed first for the path, though three levels below it.
        let titles = try Self.titles(diagnostician, "ST0517")
        #expect(titles.first == Self.access, "\(titles)")
    }

    @Test("the Teach Your Trade bootcamp is listed under a teaching step for a learner with a trade, not for one with none")
    func tradeTeaching() async throws {
        let diagnostician = try await Self.catalogue.value
        let model = diagnostician.model
        var welder = Array(repeating: false, count: model.skills.count)
        welder[try #require(model.skillPosition["welding"])] = true
        let tradesperson = try Self.titles(diagnostician, "ST0149", held: welder)
        #expect(tradesperson.contains(Self.teachYourTrade), "\(tradesperson)")
        let none = try Self.titles(diagnostician, "ST0149", held: Array(repeating: false, count: model.skills.count))
        #expect(!none.contains(Self.teachYourTrade), "\(none)")
        // The general teaching award stays for anyone who wants to teach adults.
        #expect(none.contains(Self.educationAndTraining), "\(none)")
    }

    // MARK: Helpers

    /// The courses listed for the occupation `code` with its whole standard as the gap.
    static func titles(
        _ diagnostician: CareerDiagnostician, _ code: String, wantsEnglish: Bool = false, level: Int? = nil, held: [Bool] = [],
        needsBasics: Bool = false
    ) throws -> [String] {
        let model = diagnostician.model
        let position = try #require(model.targetPosition[code], "\(code) is a target")
        let index = diagnostician.currentIndex
        let scratch = CourseScratch(courses: index.entries.count, skills: model.skills.count, terms: index.termIDs.count)
        scratch.learner(jobSkills: [], level: level, wantsEnglish: wantsEnglish, needsBasics: needsBasics)
        let gap = model.targets[position].skills.filter { held.isEmpty || !held[$0.skill] }.map { (skill: $0.skill, weight: $0.weight) }
        let result = diagnostician.courses(
            for: position, gap: gap, held: held, index: index, constraints: LearnerConstraints(), today: TestCatalogue.today.description, scratch: scratch)
        return result.courses.map(\.title)
    }

    static let counselling = "Level 4 Diploma in Therapeutic Counselling"
    static let fabrication = "Fabrication and Welding Practice Level 2 Diploma"
    static let bricklaying = "Level 1 Diploma in Bricklaying"
    static let dental = "National Diploma in Dental Nursing (Level 3)"
    static let esol = "ESOL Skills for Life (Entry 1)"
    static let functional = "Functional Skills English (Entry Level 3)"
    static let access = "Access to HE Diploma (Health Science Professions)"
    static let taster = "Introduction to Health Careers (Level 1)"
    static let teachYourTrade = "Teach Your Trade Skills Bootcamp"
    static let export = "Export Documentation and Incoterms 2020"
    static let educationAndTraining = "Level 3 Award in Education and Training"

    /// The shared test catalogue plus courses worded as the default catalogue words them.
    static let catalogue: Task<CareerDiagnostician, any Error> = Task {
        var courses = TestCatalogue.courses()
        let venue = TestCatalogue.worcesterVenue
        func course(
            _ id: String, _ title: String, _ level: Int, _ route: Route, summary: String, description: String? = nil, learn: String, next: String
        ) -> Course {
            Course(
                sourceID: id, title: title, summary: summary, description: description, whatYouWillLearn: learn, whereNext: next,
                level: Level(rank: level), route: route, runs: [TestCatalogue.run("2027-09-06", .classroom, venue, pence: 0, study: .partTime)])
        }
        let extra: [Course] = [
            course(
                "counselling", counselling, 4, .careServices,
                summary: "For people who have completed Level 3 counselling studies and want to qualify as counsellors able to work in agencies, GP surgeries, schools and private practice.",
                learn: "Person-centred and integrative theory, working with loss, trauma, anxiety and depression, assessment and referral, working with difference and diversity, safeguarding, the BACP Ethical Framework, and making good use of supervision. You will complete 100 hours of supervised client work on placement.",
                next: "Practice as a counsellor and BACP individual accreditation, or further study in clinical supervision or specialist therapies."),
            course(
                "fabrication", fabrication, 2, .engineeringAndManufacturing,
                summary: "Full-time Level 2 course in plate and sheet fabrication and multi-process welding. Two-thirds of the week in the workshop.",
                description: "A full-time programme for school leavers and adults who want a career in structural steelwork, sheet metal fabrication or welding. Manual metal arc, MIG/MAG and TIG welding in several positions. Marking out, cutting, rolling and forming plate and sheet. Interpreting engineering drawings and weld symbols. Health and safety in fabrication workshops.",
                learn: "Produce welded joints in plate and pipe to a visual inspection standard; fabricate small assemblies from drawings; work safely with hot work, lifting equipment and rotating machinery.",
                next: "A fabrication and welding apprenticeship, or the Level 3 diploma."),
            course(
                "bricklaying", bricklaying, 1, .constructionAndTheBuiltEnvironment,
                summary: "Full-time first-year bricklaying for 16-18s: walls, corners, cavity work, site safety and a week with a local builder.",
                description: "A practical first year in brickwork for school leavers who want a trade. You will spend most of the week in our bricklaying workshop setting out and building half-brick and one-brick walls, corners, piers and simple cavity walls, learning to mix mortar by hand and with a mixer and to use a line, level and gauge rod properly. The programme also includes English and maths, a CSCS health and safety test and a week of work experience with a local builder.",
                learn: "Set out and build solid and cavity walling to line and level, prepare mortar to the right mix, work safely with hand tools and read simple drawings.",
                next: "Level 2 Diploma in Bricklaying, a bricklayer apprenticeship with a Worcestershire contractor, or entry-level work as a trainee bricklayer or labourer."),
            course(
                "dental", dental, 3, .healthAndScience,
                summary: "Evening course for trainee dental nurses leading to the NEBDN National Diploma and GDC registration.",
                description: "For trainee dental nurses already working in a dental practice. Weekly evening lectures cover dental anatomy, oral disease, infection control and decontamination, dental radiography and the management of medical emergencies, while you log clinical experience in a Record of Experience at your practice.",
                learn: "Support the dentist safely and professionally in clinical settings, including infection control, radiography and medical emergencies.",
                next: "GDC registration, then post-registration qualifications in dental radiography, oral health education or dental sedation nursing."),
            course(
                "esol", esol, 0, .businessAndAdministration,
                summary: "Beginner English classes for speakers of other languages, two mornings a week with a free crèche.",
                description: "English for speakers of other languages who are at the start of their learning. Classes build the everyday English needed to talk to a doctor, use buses and shops, speak to children's teachers and fill in simple forms, and keep simple records of appointments and payments.",
                learn: "Ask and answer simple questions; understand short spoken instructions; read familiar signs and notices; write personal details, emails and short messages; record keeping for everyday life.",
                next: "ESOL Entry 2 and Entry 3, or ESOL for Work courses."),
            course(
                "functional", functional, 0, .businessAndAdministration,
                summary: "Build the everyday reading and writing you need for work and life.",
                learn: "Reading short texts, writing emails and short messages, spelling, punctuation and grammar, and speaking and listening in everyday situations; email and online communication.",
                next: "Functional Skills English Level 1."),
            course(
                "access", access, 3, .healthAndScience,
                summary: "One-year Access to HE Diploma for adults aiming for nursing, midwifery, paramedic science and other health degrees.",
                learn: "Study confidently at undergraduate level, with secure knowledge of human biology and health-related science and good academic writing.",
                next: "Degrees in nursing, midwifery, paramedic science, physiotherapy, radiography, occupational therapy and biomedical science."),
            course(
                "taster", taster, 1, .healthAndScience,
                summary: "A short taster of careers in health for people thinking about the NHS.",
                learn: "What different health jobs involve, working with patients, and the routes into health careers.",
                next: "Level 2 health and social care courses, and in time degrees in nursing or occupational therapy."),
            course(
                "tyt", teachYourTrade, 3, .educationAndEarlyYears,
                summary: "For experienced tradespeople, engineers, chefs, care workers and other skilled professionals who want to teach their skills in colleges, training providers or workplaces, helping to tackle the shortage of vocational tutors.",
                learn: "How adults and young people learn, planning sessions and schemes of work, teaching practical skills in a workshop, managing behaviour, assessing learners and giving feedback, using digital tools in teaching, and safeguarding and Prevent.",
                next: "Vocational tutor, assessor or workplace trainer roles, and the Level 5 Diploma in Education and Training or the Learning and Skills Teacher apprenticeship."),
            course(
                "aet", educationAndTraining, 3, .educationAndEarlyYears,
                summary: "For people who want to teach or train adults: trade professionals who want to pass on their skills, trainers in business, volunteers, and anyone starting out in teaching.",
                learn: "Understanding roles, responsibilities and relationships in education and training; inclusive teaching and learning approaches; understanding assessment in education and training.",
                next: "The Level 4 Certificate or Level 5 Diploma in Education and Training."),
            Course(
                sourceID: "export", title: export,
                summary: "For shipping, sales administration and logistics staff who prepare export paperwork, and for businesses starting to export after their first overseas order.",
                whatYouWillLearn: """
                    By the end of the day you will be able to:
                    - choose the right Incoterms 2020 rule for a sale
                    - prepare commercial invoices and packing lists
                    - find commodity codes and check the UK Global Tariff
                    - understand customs declarations and the Customs Declaration Service
                    - apply rules of origin under the UK-EU Trade and Cooperation Agreement
                    - know when you need an export licence, and what to ask your freight forwarder
                    """,
                route: .transportAndLogistics, runs: [TestCatalogue.run("2027-03-10", .classroom, venue, pence: 29500)]),
        ]
        for (offset, course) in extra.enumerated() {
            courses.append(TaggedCourse(
                entry: CatalogueCourse(id: Int64(1100 + offset), provider: TestCatalogue.worcester, course: course, updatedAt: "2026-11-01T00:00:00Z"),
                tags: []))
        }
        return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
    }
}
