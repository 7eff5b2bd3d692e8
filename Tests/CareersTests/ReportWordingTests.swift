import Careers
import Domain
import Foundation
import Taxonomy
import Testing

// MARK: - The report says what is true (review 3, defect 13 and suggestion 1)

@Suite("Report wording")
struct ReportWordingTests {
    @Test("course titles link to their pages; only http(s) addresses are linked")
    func courseLinks() async throws {
        var diagnostic = try await ReportTests.sample()
        let index = try #require(diagnostic.upskill.indices.first { !diagnostic.upskill[$0].courses.isEmpty }, "a path with courses")
        diagnostic.upskill[index].courses[0].url = "https://www.example.ac.uk/courses/care-3?term=1&x=2"
        if diagnostic.upskill[index].courses.count > 1 { diagnostic.upskill[index].courses[1].url = "javascript:alert(1)" }
        let page = try DiagnosticReport.html(diagnostic)
        let title = diagnostic.upskill[index].courses[0].title.replacingOccurrences(of: "&", with: "&amp;")
        #expect(page.contains("<a href=\"https://www.example.ac.uk/courses/care-3?term=1&amp;x=2\">\(title)</a>"))
        #expect(!page.contains("javascript:"))
    }

    @Test("the provider scope and the place are one sentence, not a contradiction")
    func scopeLine() async throws {
        var diagnostic = try await ReportTests.sample()
        diagnostic.providerScope = TestCatalogue.kidderminster
        diagnostic.constraints.provider = TestCatalogue.kidderminster.id
        let line = DiagnosticReport.constraintsLine(diagnostic)
        #expect(line == "Courses from Kidderminster College only, in any district.")
        let page = try DiagnosticReport.html(diagnostic)
        #expect(!page.contains("Courses anywhere"))
        #expect(page.components(separatedBy: "Kidderminster College only").count == 2)
    }

    @Test("the reskill heading does not promise a new field when a path stays in the learner's route")
    func reskillHeading() async throws {
        var diagnostic = try await ReportTests.sample()
        let path = try #require(diagnostic.reskill.first)
        #expect(DiagnosticReport.reskillHeading(diagnostic) == "Reskill: move into a new field")
        // The learner's job in the same route as a reskill path: a sideways move.
        diagnostic.currentOccupations.insert(
            OccupationGuess(
                occupation: OccupationRef(
                    id: "ifate:ST9998", scheme: .ifate, code: "ST9998", title: "Some job", route: path.occupation.route, routeName: nil, pathway: nil,
                    level: 2),
                confidence: 0.7, why: "x"),
            at: 0)
        let heading = DiagnosticReport.reskillHeading(diagnostic)
        #expect(heading == "Reskill: change to another kind of job")
        let page = try DiagnosticReport.html(diagnostic)
        #expect(!page.contains("move into a new field"))
        #expect(page.contains(">\(heading)</h2>"))
    }
}
