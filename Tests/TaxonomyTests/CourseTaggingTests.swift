import Domain
import Testing
@testable import Taxonomy

// MARK: - Course tagging

/// An in-memory tag store that records what was saved.
actor MemoryTagStore: CourseTagStore {
    var courses: [Int64: Course]
    var taggings: [Int64: CourseTagging] = [:]
    var saves = 0

    init(courses: [Int64: Course]) { self.courses = courses }

    func setCourse(_ id: Int64, _ course: Course) { courses[id] = course }

    func coursesForTagging() async throws -> [CourseForTagging] {
        courses.keys.sorted().map { CourseForTagging(id: $0, course: courses[$0]!, taxonomyVersion: taggings[$0]?.taxonomyVersion, textHash: taggings[$0]?.textHash) }
    }

    func saveCourseTags(_ new: [CourseTagging]) async throws {
        saves += 1
        for tagging in new { taggings[tagging.courseID] = tagging }
    }

    func courseTags(courseID: Int64) async throws -> [CourseTag] { taggings[courseID]?.tags ?? [] }
    func courses(taggedWith kind: CourseTag.Kind, value: String, limit: Int) async throws -> [TaggedCourseRef] { [] }
    func courseCountsByRoute() async throws -> [String: Int] { [:] }
}

@Suite("Course tagging")
struct CourseTaggingTests {
    static let tagger = CourseTagger(taxonomy: bundled)

    static let carpentry = Course(
        sourceID: "C1", title: "Level 2 Diploma in Site Carpentry",
        description: """
            Learn to set out and cut roof timbers, hang doors, fit skirting and architraves and build stud partitions. \
            You will use hand and power tools safely and work to building regulations on a live site.
            """,
        subjects: [Subject(label: "Carpentry")])

    @Test("a declared route wins, with the reason saying so")
    func declaredRouteWins() throws {
        var course = Self.carpentry
        course.route = .creativeAndDesign
        let tag = try #require(Self.tagger.routeTag(for: course))
        #expect(tag.value == "creative-and-design" && tag.source == .declared && tag.confidence == 1)
        #expect(tag.reason.contains("declared"))
    }

    @Test("an undeclared route is classified from the course text, with the nearest standards as the reason", arguments: [
        ("Level 2 Diploma in Site Carpentry", "Set out and cut roof timbers, hang doors and fit skirting on a live building site.", "construction-and-the-built-environment"),
        ("Adult Care Certificate", "Prepare to work as a care worker supporting older people with personal care, dignity and safeguarding.", "care-services"),
        ("Introduction to Python coding", "Write and test simple programs, use version control and build a small web application.", "digital"),
        ("Hairdressing Level 2", "Shampoo, cut and style hair, colour and blow-dry in a commercial salon.", "hair-and-beauty"),
    ])
    func classifiesRoute(_ title: String, _ description: String, _ expected: String) throws {
        let tag = try #require(Self.tagger.routeTag(for: Course(sourceID: "x", title: title, description: description)))
        #expect(tag.value == expected, "\(title) → \(tag.value): \(tag.reason)")
        #expect(tag.source == .classified && tag.reason.hasPrefix("classified from the course text"))
        #expect(tag.confidence > 0 && tag.confidence <= 1)
    }

    @Test("a retired version with statements casts no route vote: the nearest standards named are current or thin ones")
    func retiredVersionsCastNoVote() throws {
        let course = Course(
            sourceID: "x", title: "Scaffolding Level 2",
            description: "Erect and dismantle tube and fitting scaffolds and system scaffolds safely, with ladders, boards and ties.")
        let tag = try #require(Self.tagger.routeTag(for: course))
        let retired = bundled.data.standards.filter { $0.basis == StandardBasis.retired2023Statements }.map(\.reference)
        #expect(!retired.isEmpty)
        #expect(!retired.contains { tag.reason.contains($0 + " ") }, "\(tag.reason)")
    }

    @Test("skills are tagged with the words that show them")
    func skillTags() {
        let tags = Self.tagger.tags(for: Self.carpentry)
        let skills = tags.filter { $0.kind == .skill }
        #expect(skills.contains { $0.value == "carpentry-and-joinery" })
        #expect(skills.allSatisfy { $0.source == .extracted && $0.reason.contains("the text says") || $0.reason.contains("sentence") })
        #expect(tags.first?.kind == .route)
    }

    // MARK: What a course teaches (review 4, defect 6)

    /// Four courses of the default catalogue, as their feeds word them.
    static let police = Course(
        sourceID: "UW-PCDA", title: "Police Constable Degree Apprenticeship",
        summary: "Join the police as a paid student officer and earn a degree in professional policing practice over three years.",
        description: """
            Delivered with a regional police force, this apprenticeship is one of the main ways new officers join: you are recruited, paid and \
            sworn in as a student police constable, and study for a degree in professional policing practice over three years.

            Learning blends classroom training at the force training centre, university study and tutored patrol with local policing teams. \
            Applications are made through the force rather than the University; see our course page \
            (https://www.worcester.ac.uk/courses/police-constable-degree-apprenticeship.html) for the current recruitment window.
            """,
        whatYouWillLearn: "Police communities lawfully and ethically, investigate crime, manage incidents and protect vulnerable people.",
        entryRequirements: "Recruitment by the police force, meeting its eligibility, fitness, vetting and medical requirements.",
        subjects: [Subject(label: "Policing")], url: "https://www.worcester.ac.uk/courses/police-constable-degree-apprenticeship.html")
    static let teamLeading = Course(
        sourceID: "KC-TL2", title: "Principles of Team Leading Level 2 Certificate (Online)",
        summary: "Free online Level 2 certificate for new team leaders and shift supervisors. Study at your own pace.",
        description: """
            A distance-learning certificate for team members who have started to take the lead, such as senior shop floor staff, shift \
            supervisors and senior carers. Topics include team dynamics, communicating clearly, giving feedback, handling conflict and planning work.
            """,
        whatYouWillLearn: "Explain the role of the team leader; communicate and give constructive feedback; plan and allocate work; support team members through change.",
        subjects: [Subject(label: "team leading"), Subject(label: "Supervisory Skills", code: "AF.8", scheme: "LDCS3")])
    static let excel = Course(
        sourceID: "HW-XLA", title: "Excel Advanced: PivotTables, Power Query and Automation",
        summary: "For analysts and for finance, sales and operations staff who use Excel every day and want to automate repetitive reporting and combine data from several sources.",
        whatYouWillLearn: """
            Advanced PivotTables and PivotCharts, slicers and timelines, importing and cleaning data with Power Query, combining files from a \
            folder, dynamic array functions such as FILTER, UNIQUE and LET, an introduction to Power Pivot and the data model, and recording simple macros.
            """)
    static let retrofit = Course(
        sourceID: "HOW-RETRO", title: "Energy Efficiency and Retrofit Awareness (Level 2)",
        summary: "Free six-week course on how homes lose heat and how retrofit, heat pumps and PAS 2035 fit together.",
        description: """
            Heating our homes is one of the biggest sources of carbon emissions in England. This free course is for builders, plasterers, \
            decorators, housing officers and career changers who want to understand how retrofit works.
            """,
        whatYouWillLearn: "Explain the principles of energy-efficient retrofit, identify risks such as condensation and thermal bridging, and describe the PAS 2035 process.",
        entryRequirements: "Open to adults aged 19 and over who live or work in Worcestershire.")

    static func skills(_ course: Course) -> Set<String> {
        Set(tagger.tags(for: course).filter { $0.kind == .skill }.map(\.label))
    }

    @Test("a course is tagged from what it teaches, not its web address, recruitment wording or audience", arguments: [
        (police, ["Policing"], ["Web development", "Recruitment"]),
        (teamLeading, ["People management", "Conflict resolution"], ["Personal care", "Person-centred care", "Safeguarding", "Infection prevention and control", "Retail operations"]),
        (excel, ["Spreadsheets"], ["Sales", "Cleaning"]),
        (retrofit, ["Retrofit", "Heat pumps"], ["Plastering", "Painting and decorating", "Housing management"]),
    ])
    func taughtSkills(_ course: Course, _ kept: [String], _ dropped: [String]) {
        let skills = Self.skills(course)
        for label in kept { #expect(skills.contains(label), "\(course.title) should keep \(label): \(skills.sorted())") }
        for label in dropped { #expect(!skills.contains(label), "\(course.title) is not about \(label): \(skills.sorted())") }
    }

    @Test("a job named in a module list or by the course's title still counts; finance for managers is not an audience")
    func jobsAndModules() {
        let text = CourseTagger.taught("Modules cover operational strategy, finance for managers, leading and developing people, change management and stakeholder management.")
        #expect(text.contains("change management"))
        #expect(CourseTagger.taught("Degree apprenticeship for IT staff, specialising in software engineering or data analysis.")
            == "Degree apprenticeship specialising in software engineering or data analysis")
        #expect(CourseTagger.taught("For care workers moving into senior roles: safeguarding adults and duty of care.")
            == "safeguarding adults and duty of care")
        // The job the title names tags what that job involves; one the text only names (its audience) does not.
        let named = Course(sourceID: "W", title: "Care Workers: Level 2 Certificate", description: "Train on the job in a residential home.")
        let audience = Course(sourceID: "C", title: "Dementia Awareness", description: "A short course for care workers and families.")
        #expect(Self.skills(named).contains("Person-centred care"), "\(Self.skills(named).sorted())")
        #expect(!Self.skills(audience).contains("Person-centred care"), "\(Self.skills(audience).sorted())")
    }

    @Test("re-tagging touches only courses whose text changed, and all of them when the taxonomy version changes")
    func retagging() async throws {
        let store = MemoryTagStore(courses: [1: Self.carpentry, 2: Course(sourceID: "W", title: "MIG welding for beginners")])
        let version = Self.tagger.taxonomy.version
        #expect(try await CourseTagger.needsRetagging(store, taxonomyVersion: version))
        #expect(try await Self.tagger.retag(store) == (2, 0))
        #expect(try await !CourseTagger.needsRetagging(store, taxonomyVersion: version))
        #expect(try await CourseTagger.needsRetagging(store, taxonomyVersion: "a-newer-taxonomy"))
        #expect(try await Self.tagger.retag(store) == (0, 2))
        var changed = Self.carpentry
        changed.description = "Now with roofing and staircase construction."
        await store.setCourse(1, changed)
        #expect(try await CourseTagger.needsRetagging(store, taxonomyVersion: version))
        #expect(try await Self.tagger.retag(store) == (1, 1))
        #expect(try await store.courseTags(courseID: 2).contains { $0.value == "welding" })
        #expect(try await Self.tagger.retag(store, force: true) == (2, 0))
        var data = bundled.data
        data.manifest.version = "a-newer-taxonomy"
        #expect(try await CourseTagger(taxonomy: SkillsTaxonomy(data: data)).retag(store) == (2, 0))
    }
}
