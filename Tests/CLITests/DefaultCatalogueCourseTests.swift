import CatalogueImport
import Careers
import DefaultCatalogue
import Domain
import Storage
import Taxonomy
import Testing

// MARK: - Courses listed over the real default catalogue (review 5, G1, G7 and G12)

@Suite("Courses over the default catalogue")
struct DefaultCatalogueCourseTests {
    /// The default catalogue, loaded once into memory.
    static let store: Task<AppDatabase, any Error> = Task {
        let directory = try #require(DefaultCatalogue.directoryURL)
        let database = try AppDatabase.inMemory()
        _ = try await CatalogueLoader(store: database).load(from: directory, today: "2026-12-05") { _ in }
        return database
    }

    static let diagnostician: Task<CareerDiagnostician, any Error> = Task {
        let database = try await store.value
        let taxonomy = try SkillsTaxonomy.bundled()
        try await CourseTagger(taxonomy: taxonomy).retag(database)
        return try await CareerDiagnostician(taxonomy: taxonomy, catalogue: database)
    }

    static func diagnose(_ profile: LearnerProfile) async throws -> Diagnostic {
        try await diagnostician.value.diagnoseForLearner(profile, today: CalendarDate(year: 2026, month: 12, day: 5)!)
    }

    /// Every listed course, with the path it is listed for.
    static func listed(_ diagnostic: Diagnostic) -> [(path: String, course: String, level: String?)] {
        diagnostic.paths.flatMap { path in path.courses.map { (path.occupation.title, $0.title, $0.level?.description) } }
    }

    // MARK: Tagging

    @Test("a skill of a far route mentioned once in passing does not tag a course; the count of such tags stays low")
    func passingMentions() async throws {
        let courses = try await Self.store.value.coursesForTagging().map(\.course)
        let tagger = CourseTagger(taxonomy: try SkillsTaxonomy.bundled())
        let far = tagger.farRouteTags(courses)
        print("far-route technical tags over \(courses.count) courses: \(far.count)")
        for tag in far.prefix(12) { print("  \(tag.course) [\(tag.route)] → \(tag.skill): \(tag.reason)") }
        // "Customer Service Excellence: Turning Complaints into Loyalty" is no machining course …
        #expect(!far.contains { $0.course.hasPrefix("Customer Service Excellence") && $0.skill == "Machining" })
        // … and "continuous improvement on the shop floor" of a CNC bootcamp is no retail operations.
        #expect(!far.contains { $0.course.hasPrefix("CNC Programming and Machining Skills Bootcamp") && $0.skill == "Retail operations" })
        #expect(far.count <= 25, "\(far.count) far-route tags")
    }

    // MARK: A course's level

    @Test("no degree or postgraduate course three or more levels above a path is listed for it (no PGCE for a learning mentor)")
    func noPostgraduateCourseForLevelThree() async throws {
        let diagnostic = try await Self.diagnose(LearnerProfile(text: """
            Nursery nurse in a private day nursery for 6 years, level 3 in early years, key person for the baby room, learning journals, \
            safeguarding and paediatric first aid. Had a break to look after my dad. Want to get back into childcare or work in a school.
            """))
        let paths = diagnostic.paths.map(\.occupation.title)
        #expect(paths.contains("Learning mentor"), "\(paths)")
        for path in diagnostic.paths {
            for course in path.courses {
                let level = course.level.flatMap(\.rank) ?? 0
                let step = path.occupation.level ?? 0
                #expect(!(level >= 6 && level >= step + 3), "\(path.occupation.title) (level \(step)): \(course.title)")
            }
        }
    }

    // MARK: A course's field

    @Test("a course of another field is not listed for one shared skill", arguments: [
        // A bank cashier's passenger-transport path: no warehouse, HGV or transport-manager course.
        ("Bank cashier for 9 years at Lloyds. Cash handling, balancing tills, opening accounts, fraud checks, cross selling products. Branch is closing so looking at something else.",
         "Bank cashier", ["Warehous", "Manual Handling", "Transport Manager"], nil),
        // A dental nurse's clinical-coder path: no Access to HE nursing or sport science diploma for anatomy (her
        // dental step-ups and nursing moves are other paths).
        ("I'm a dental nurse, I do chairside assisting, sterilising instruments, taking x-rays and patient records on SOE. fed up of the pay and want a change",
         nil, ["Access to H", "Sport and Exercise"], "Clinical coder"),
        // A 16-year-old who sews: no machining, welding or engineering HNC for fashion paths.
        ("Just done my GCSEs. I like art and drawing and I make my own clothes on a sewing machine. Interested in fashion or graphic design.",
         nil, ["Welding", "HNC", "Customer Service Excellence"], nil),
        // A bus driver: no sport-science diploma for a leisure job's anatomy, no CNC course for an optical assistant.
        ("I'm a bus driver for First, PCV licence, 8 years. Good with the public, stay calm when things kick off, first aid trained. I really want to become a paramedic.",
         nil, ["Sport and Exercise", "CNC"], nil),
    ] as [(String, String?, [String], String?)])
    func otherFields(text: String, title: String?, refused: [String], onPath: String?) async throws {
        let diagnostic = try await Self.diagnose(LearnerProfile(text: text, currentTitle: title))
        let listed = Self.listed(diagnostic).filter { onPath == nil || $0.path == onPath }
        #expect(!listed.isEmpty, "some course is still listed")
        for item in listed {
            let wrong = refused.contains { item.course.contains($0) }
            #expect(!wrong, "\(item.course) for \(item.path)")
        }
    }

    @Test("a course well above the step's level is listed only for a core skill of the job: no engineering degree for a water process technician")
    func misfitLevels() async throws {
        let diagnostic = try await Self.diagnose(LearnerProfile(text: """
            Ex forces - 12 years in the Royal Engineers as a plant operator (excavators, dumpers, rollers), then 3 years at home with family. \
            My CSCS card has lapsed. Looking to get back into work.
            """))
        for path in diagnostic.paths where (path.occupation.level ?? 9) <= 3 {
            for course in path.courses {
                let level = course.level?.rank ?? 0
                #expect(level < 6, "\(course.title) (level \(level)) for \(path.occupation.title)")
            }
        }
    }

    // MARK: Stage

    static let schoolLeavers = [
        "17, did a year of btec sport but dropped out. I coach under 9s football on sundays and work part time at Greggs serving customers. dunno what i want to do",
        "im 16 just finished GCSEs at Droitwich, got a 5 in maths and a 4 in english, love gaming and building pcs, want to do something with computers",
        "Just done my GCSEs. I like art and drawing and I make my own clothes on a sewing machine. Interested in fashion or graphic design.",
        "Year 11 at Kidderminster, into cars and fixing my bike, want to be a mechanic or something practical with engines",
    ]

    @Test("a school leaver is offered no licence, management or higher-education course above the path's level", arguments: schoolLeavers)
    func schoolLeaverStage(text: String) async throws {
        let diagnostic = try await Self.diagnose(LearnerProfile(text: text))
        #expect(diagnostic.constraints.ageBand == .youth)
        for path in diagnostic.paths {
            for course in path.courses {
                #expect(!["CPC", "LGV", "HGV", "Manager", "Leadership", "Supervisor"].contains { course.title.contains($0) },
                        "\(course.title) for \(path.occupation.title)")
                #expect((course.level?.rank ?? 0) < 4 || (course.level?.rank ?? 0) <= (path.occupation.level ?? 0),
                        "\(course.title) for \(path.occupation.title)")
            }
        }
    }

    @Test("a study programme ranks first among its kind for a school leaver")
    func studyProgrammesFirst() async throws {
        let diagnostic = try await Self.diagnose(LearnerProfile(text: Self.schoolLeavers[1]))
        let titles = diagnostic.paths.flatMap(\.courses).map(\.title)
        let tLevel = try #require(titles.firstIndex { $0.hasPrefix("T Level") }, "a T Level is listed: \(titles)")
        let bootcampsBefore = titles[..<tLevel].filter { $0.contains("Bootcamp") || $0.contains("CPD") }
        #expect(bootcampsBefore.isEmpty, "\(titles)")
        // On the IT path, the T Level comes right after the courses that lead to the job.
        let path = try #require(diagnostic.paths.first { $0.courses.contains { $0.title.hasPrefix("T Level") } })
        let position = try #require(path.courses.firstIndex { $0.title.hasPrefix("T Level") })
        #expect(position <= 2, "\(path.courses.map(\.title))")
    }
}
