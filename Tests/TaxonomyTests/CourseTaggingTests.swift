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

    @Test("skills are tagged with the words that show them")
    func skillTags() {
        let tags = Self.tagger.tags(for: Self.carpentry)
        let skills = tags.filter { $0.kind == .skill }
        #expect(skills.contains { $0.value == "carpentry-and-joinery" })
        #expect(skills.allSatisfy { $0.source == .extracted && $0.reason.contains("the text says") || $0.reason.contains("sentence") })
        #expect(tags.first?.kind == .route)
    }

    @Test("re-tagging touches only courses whose text changed, and all of them when the taxonomy version changes")
    func retagging() async throws {
        let store = MemoryTagStore(courses: [1: Self.carpentry, 2: Course(sourceID: "W", title: "MIG welding for beginners")])
        #expect(try await Self.tagger.retag(store) == (2, 0))
        #expect(try await Self.tagger.retag(store) == (0, 2))
        var changed = Self.carpentry
        changed.description = "Now with roofing and staircase construction."
        await store.setCourse(1, changed)
        #expect(try await Self.tagger.retag(store) == (1, 1))
        #expect(try await store.courseTags(courseID: 2).contains { $0.value == "welding" })
        #expect(try await Self.tagger.retag(store, force: true) == (2, 0))
        var data = bundled.data
        data.manifest.version = "a-newer-taxonomy"
        #expect(try await CourseTagger(taxonomy: SkillsTaxonomy(data: data)).retag(store) == (2, 0))
    }
}
