import Domain
import Foundation
import Storage
import Testing

// MARK: - Whole-catalogue reads

@Suite("Course source")
struct CourseSourceTests {
    @Test("taggedCourses returns every course with its runs, provider address on venue-less runs, and its tags")
    func taggedCourses() async throws {
        let database = try await CourseSearchTests.makeCatalogue()
        let courses = try await database.taggedCourses()
        #expect(courses.count == 4)
        let welding = try #require(courses.first { $0.entry.course.title == "Welding for Beginners" })
        #expect(welding.entry.provider.id.rawValue == "alpha")
        #expect(welding.entry.course.runs.count == 1)
        #expect(welding.entry.course.runs[0].venue?.district == .wyreForest)
        let fabrication = try #require(courses.first { $0.entry.course.title == "Fabrication Skills" })
        #expect(fabrication.entry.course.runs.first?.venue?.isProviderAddress == true, "a run with no venue is at the provider's address")
        #expect(fabrication.entry.course.runs.first?.venue?.district == .worcester)
        #expect(courses.allSatisfy { $0.tags.isEmpty }, "nothing is tagged yet")

        let tag = CourseTag(kind: .skill, value: "welding", label: "Welding", source: .extracted, confidence: 0.95, reason: "the text says \"welding\"")
        let before = try await database.catalogueRevision()
        try await database.saveCourseTags([CourseTagging(courseID: fabrication.entry.id, taxonomyVersion: "v", textHash: "h", tags: [tag])])
        let after = try await database.catalogueRevision()
        #expect(before != after, "a tag change changes the revision")
        #expect(try await database.catalogueRevision() == after, "the revision is stable while nothing changes")
        let tagged = try await database.taggedCourses().first { $0.entry.id == fabrication.entry.id }
        #expect(tagged?.tags == [tag])
    }
}
