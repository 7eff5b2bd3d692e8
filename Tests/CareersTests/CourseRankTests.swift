@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - The order an adviser would list a path's courses in

@Suite("Course rank: the occupation's own courses first")
struct CourseRankTests {
    static let assistant = LearnerProfile(
        text: "Teaching assistant in a primary school in Bromsgrove for 4 years: SEN one to one support and running phonics groups.",
        aspiration: "become a teacher")
    static let carer = LearnerProfile(
        text: "Care assistant for six years in a nursing home: personal care, medication rounds, moving and handling, end of life care.",
        aspiration: "senior carer")

    @Test("a teaching assistant's Teacher path lists the teacher training routes first, and no management apprenticeship for its broad skills")
    func occupationCoursesFirst() async throws {
        let diagnostic = try await Self.catalogue.value.diagnose(Self.assistant, today: TestCatalogue.today)
        checkPathInvariants(diagnostic)
        let teacher = try #require(diagnostic.paths.first { $0.occupation.code == "ST0490" }, "\(diagnostic.paths.map(\.occupation.title))")
        let titles = teacher.courses.map(\.title)
        // The routes into teaching, whose titles or where-next name the job, come first …
        #expect(titles.prefix(3).allSatisfy(Self.teacherRoutes.contains), "\(titles)")
        #expect(titles.contains("Teacher Degree Apprenticeship (Primary)"), "\(titles)")
        // … and a business course that only shares assessment and business planning with a teacher's gap is no way in.
        #expect(!titles.contains(Self.managerApprenticeship), "\(titles)")
    }

    @Test("another route's course is listed for a path only when it leads to the occupation or teaches a core, specific gap skill")
    func otherRoutesNeedACoreSkill() async throws {
        let diagnostician = try await Self.catalogue.value
        let index = diagnostician.currentIndex
        var looked = 0
        for profile in [Self.assistant, Self.carer] + CourseRelevanceTests.profiles {
            let diagnostic = try diagnostician.diagnose(profile, today: TestCatalogue.today)
            for path in diagnostic.paths {
                guard let position = diagnostician.model.targetPosition[path.occupation.code] else { continue }
                let leads = Set(index.leadsTo[position].map { index.entries[Int($0.course)].id })
                for course in path.courses where !course.why.summary.contains("in the same route") && !leads.contains(course.id) {
                    looked += 1
                    let core = course.coversSkills.contains { skill in
                        guard let at = diagnostician.model.skillPosition[skill.id] else { return false }
                        return index.specificSkill[at] && !index.broadSkill[at] && diagnostician.model.coreSkills[position].contains(at)
                    }
                    #expect(core, "\(course.title) for \(path.occupation.title) covers only \(course.coversSkills.map(\.label))")
                }
            }
        }
        #expect(looked > 0, "some path lists another route's course")
    }

    @Test("a level 3 path lists the courses at its level, not a degree three levels above it; the occupation's own apprenticeship leads")
    func levelSense() async throws {
        let carer = try await Self.catalogue.value.diagnose(Self.carer, today: TestCatalogue.today)
        // Ambulance support worker (level 3): the paramedic degree covers more of the gap, but it is study for the next job
        // (`CourseRank.farAbove`); the level 3 first aid award is this step's course. Since the healthcare support worker
        // standard (ST0216) is loaded, it is the carer's move into health, so the ambulance path is asked for as the target.
        var asked = Self.carer
        asked.targetOccupation = "ST0627"
        let toAmbulance = try await Self.catalogue.value.diagnose(asked, today: TestCatalogue.today)
        let ambulance = try #require(toAmbulance.paths.first { $0.occupation.code == "ST0627" }, "\(toAmbulance.paths.map(\.occupation.title))")
        let titles = ambulance.courses.map(\.title)
        #expect(titles.contains(Self.firstAid), "\(titles)")
        #expect(!titles.contains(Self.paramedicDegree), "\(titles)")
        let lead = try #require(carer.paths.first { $0.occupation.code == "ST0006" }, "\(carer.paths.map(\.occupation.title))")
        #expect(lead.courses.first?.title == "Lead Adult Care Worker Apprenticeship", "\(lead.courses.map(\.title))")
    }

    // MARK: Fixtures

    static let managerApprenticeship = "Operations or Departmental Manager Apprenticeship"
    static let foundationDegree = "FdSc Health and Social Care Practice"
    static let paramedicDegree = "BSc (Hons) Paramedic Science"
    static let firstAid = "Level 3 Award in Emergency First Aid at Work"
    static let teacherRoutes: Set<String> = [
        "Teacher Degree Apprenticeship (Primary)", "PGCE Primary", "BA (Hons) Primary Initial Teacher Education (QTS)",
    ]

    /// The shared test catalogue plus teacher training, a management apprenticeship, care courses at
    /// levels 3 and 5 and a further-education teaching award, worded as the default catalogue words them.
    static let catalogue: Task<CareerDiagnostician, any Error> = Task {
        var courses = TestCatalogue.courses()
        let worcester = TestCatalogue.worcesterVenue
        func course(_ id: String, _ title: String, _ level: Int, _ route: Route, summary: String, learn: String, next: String, description: String? = nil) -> Course {
            Course(
                sourceID: id, title: title, summary: summary, description: description, whatYouWillLearn: learn, whereNext: next, level: Level(rank: level),
                route: route, runs: [TestCatalogue.run("2027-09-06", .classroom, worcester, pence: 0, study: .partTime)])
        }
        let extra: [Course] = [
            course(
                "tda", "Teacher Degree Apprenticeship (Primary)", 6, .educationAndEarlyYears,
                summary: "Four-year paid route to a degree and QTS for school staff employed by a partner primary school.",
                learn: "Meet the Teachers' Standards and teach confidently across the primary curriculum.",
                next: "Qualified teacher posts, usually with your employing school or multi-academy trust.",
                description: "For teaching assistants and other school staff who want to become teachers but cannot study full time."),
            course(
                "pgce", "PGCE Primary", 7, .educationAndEarlyYears,
                summary: "One-year primary teacher training for graduates, with QTS and 60 master's-level credits.",
                learn: "Teach effectively across the primary age range and use research critically to inform classroom practice.",
                next: "Early career teacher posts in primary schools, and the MA in Education.",
                description: "A one-year postgraduate route into primary teaching for graduates in any subject, with university sessions on early reading and phonics, mathematics, the wider curriculum, assessment and adaptive teaching."),
            course(
                "ba-qts", "BA (Hons) Primary Initial Teacher Education (QTS)", 6, .educationAndEarlyYears,
                summary: "Three-year primary teaching degree with over 120 days in partnership schools, leading to QTS for ages 5-11.",
                learn: "Plan, teach and assess across the primary curriculum, manage behaviour positively and adapt teaching so that every child can make progress.",
                next: "Early career teacher posts in primary schools, supported by two years of the early career framework."),
            course(
                "odm", managerApprenticeship, 5, .businessAndAdministration, summary: "Level 5 apprenticeship for operational and departmental managers.",
                learn: "Modules cover operational strategy, finance for managers, leading and developing people, change management, data-led decision making, stakeholder management and project management. Learning takes place through full-day masterclasses, online tutorials and a work-based project presented at end-point assessment.",
                next: "Level 6 or Level 7 management qualifications, or Chartered Manager status."),
            course(
                "aet", "Level 3 Award in Education and Training", 3, .educationAndEarlyYears,
                summary: "For people who want to teach or train adults.",
                learn: "Understanding roles, responsibilities and relationships in education and training; inclusive teaching and learning approaches; understanding assessment in education and training.",
                next: "The Level 4 Certificate or Level 5 Diploma in Education and Training."),
            course(
                "fdsc", foundationDegree, 5, .careServices, summary: "A part-time foundation degree for health and social care staff.",
                learn: "Person-centred care, care planning, safeguarding, duty of care, health promotion, leadership and reflective practice.",
                next: "A top-up BSc, or senior practitioner roles."),
            course(
                "bsc-para", paramedicDegree, 6, .healthAndScience,
                summary: "Paramedic degree with ambulance service and hospital placements, leading to HCPC registration.",
                learn: "Assess, treat and make safe decisions for patients in pre-hospital settings, from minor illness to life-threatening emergencies.",
                next: "Newly qualified paramedic posts with NHS ambulance trusts, and later specialist or advanced paramedic roles.",
                description: "Train for a career on the front line of urgent and emergency care. You will study anatomy, pathophysiology, pharmacology and patient assessment, practise in simulated ambulance and home environments, and spend extended placements with ambulance crews as well as in emergency departments, maternity units and urgent treatment centres."),
            course(
                "efaw", firstAid, 3, .healthAndScience,
                summary: "For emergency first aiders in lower-risk workplaces such as offices, shops and small businesses.",
                learn: "Responding to an emergency, CPR and AED use, the unresponsive casualty, choking, seizures, shock, wounds and bleeding, minor injuries and burns.",
                next: "The three-day First Aid at Work course, or Paediatric First Aid if you work with children."),
        ]
        for (offset, course) in extra.enumerated() {
            courses.append(TaggedCourse(
                entry: CatalogueCourse(id: Int64(960 + offset), provider: TestCatalogue.worcester, course: course, updatedAt: "2026-11-01T00:00:00Z"),
                tags: []))
        }
        return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
    }
}
