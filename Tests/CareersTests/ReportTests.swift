import Careers
import Domain
import Foundation
import Synchronization
import Taxonomy
import Testing

// MARK: - JSON and HTML output

@Suite("Diagnostic output")
struct ReportTests {
    static func sample() async throws -> Diagnostic {
        try await TestCatalogue.diagnose(LearnerProfile(
            text: "Care assistant <b>nights</b> & weekends: personal care, safeguarding, moving and handling, dementia care.",
            currentTitle: "Care assistant"))
    }

    @Test("The JSON has skills, currentOccupations, upskill and reskill, each path with occupation, score, skills, courses and why")
    func jsonShape() async throws {
        let data = try JSONEncoder().encode(try await Self.sample())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["skills", "currentOccupations", "upskill", "reskill", "notices", "demandSignal"] { #expect(object[key] != nil, "missing \(key)") }
        let paths = (object["upskill"] as? [[String: Any]] ?? []) + (object["reskill"] as? [[String: Any]] ?? [])
        let path = try #require(paths.first)
        for key in ["occupation", "score", "sharedSkills", "missingSkills", "courses", "uncoveredSkills", "why"] { #expect(path[key] != nil, "path lacks \(key)") }
        let occupation = try #require(path["occupation"] as? [String: Any])
        for key in ["id", "scheme", "code", "title", "route", "level"] { #expect(occupation[key] != nil, "occupation lacks \(key)") }
        let why = try #require(path["why"] as? [String: Any])
        for key in ["summary", "matchedTerms", "shared", "missing"] { #expect(why[key] != nil, "why lacks \(key)") }
        let firstCourses: [[String: Any]] = paths.compactMap { ($0["courses"] as? [[String: Any]])?.first }
        let course = try #require(firstCourses.first)
        for key in ["id", "title", "provider", "flexibleStart", "funded", "coversSkills", "matchScore", "why"] {
            #expect(course[key] != nil, "course lacks \(key)")
        }
        // Round trip.
        let decoded = try JSONDecoder().decode(Diagnostic.self, from: data)
        let again = try JSONDecoder().decode(Diagnostic.self, from: try JSONEncoder().encode(decoded))
        #expect(decoded == again)
    }

    @Test("The HTML report is standalone, printable, accessible and escapes the learner's words")
    func html() async throws {
        let diagnostic = try await Self.sample()
        let page = try DiagnosticReport.html(diagnostic)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<html lang=\"en-GB\">"))
        #expect(page.contains("@media print"))
        #expect(!page.contains("<script"))
        // No external asset; the only links are to course pages (`ReportWordingTests`).
        #expect(!page.contains("src=\"http") && !page.contains("@import") && !page.contains("<link"))
        #expect(page.contains("<main id=\"main\">") && page.contains("scope=\"col\""))
        #expect(!page.contains("<b>nights</b>"), "learner text is escaped")
        for path in diagnostic.paths { #expect(page.contains(path.occupation.title.replacingOccurrences(of: "&", with: "&amp;"))) }
        for course in allCourses(diagnostic).prefix(3) { #expect(page.contains(course.provider.name)) }
    }
}

// MARK: - Refreshing the catalogue index

/// A catalogue that can change under the diagnostician.
final class ChangingSource: CourseSource {
    let state: Mutex<(courses: [TaggedCourse], revision: Int)>

    init(_ courses: [TaggedCourse]) { state = Mutex((courses, 1)) }

    func replace(_ courses: [TaggedCourse]) { state.withLock { $0 = (courses, $0.revision + 1) } }
    func taggedCourses() async throws -> [TaggedCourse] { state.withLock { $0.courses } }
    func catalogueRevision() async throws -> String { state.withLock { String($0.revision) } }
}

@Suite("Catalogue index")
struct CatalogueIndexTests {
    @Test("The index is rebuilt only when the catalogue's revision changes")
    func refreshIfChanged() async throws {
        let all = TestCatalogue.courses()
        let source = ChangingSource(all.filter { $0.entry.course.title != "HGV Driver Skills Bootcamp (Category C)" })
        let diagnostician = try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: source)
        let profile = LearnerProfile(text: "Van driver, multi-drop deliveries, route planning, customer service.", aspiration: "HGV driver")
        let before = allCourses(try diagnostician.diagnose(profile, today: TestCatalogue.today))
        #expect(!before.contains { $0.title.hasPrefix("HGV Driver") })
        #expect(try await diagnostician.refreshIfChanged() == false)
        source.replace(all)
        #expect(try await diagnostician.refreshIfChanged() == true)
        #expect(diagnostician.courseCount == all.count)
        let after = allCourses(try diagnostician.diagnose(profile, today: TestCatalogue.today))
        #expect(after.contains { $0.title.hasPrefix("HGV Driver") })
    }
}
