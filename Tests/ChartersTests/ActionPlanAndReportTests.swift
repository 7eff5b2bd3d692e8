import Foundation
import Testing

@testable import Charters

// MARK: - Action plans, course suggestions and reports

/// Records the keywords it is asked about and answers with one course per keyword.
actor RecordingSuggester: CourseSuggesting {
    var asked: [[String]] = []

    func suggestCourses(keywords: [String], limit: Int) async throws -> [SuggestedCourse] {
        asked.append(keywords)
        return [SuggestedCourse(id: "\(asked.count)", title: "\(keywords[0].capitalized) course", provider: "Test College")]
    }
}

@Suite("Action plans and reports")
struct ActionPlanAndReportTests {
    static func example() throws -> AssessmentAnswers {
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("docs/charter-answers-example.json"))
        return try JSONDecoder().decode(AssessmentAnswers.self, from: data)
    }

    @Test("the documented example is valid and reaches Committed, with Member blocked by named criteria")
    func example() throws {
        let answers = try Self.example()
        let result = try CharterEngine(library: bundled).assess(answers, asOf: try require(answers.asOf))
        #expect(result.accepted, "\(result.issues)")
        #expect(result.tierReached == "committed")
        #expect(result.award?.tier == "committed" && result.award?.expiresOn == date("2027-06-01"))
        let blockers = try require(result.tier("member")).blockers
        #expect(blockers.compactMap(\.criterion).contains("HW.HLT.04"))
        #expect(result.criterion("HW.HLT.05")?.satisfiedBy?.hasPrefix("Thrive at Work: Bronze") == true)
        #expect(result.accreditations.contains { $0.scheme == "disability-confident" && !$0.valid })
        #expect(result.criterion("HW.PAY.01")?.state == .met)
        #expect(result.pillars.count == 7 && result.pillars.allSatisfy { $0.score != nil })
    }

    @Test("the plan puts blockers first with due dates, then commitments and improvements")
    func planOrder() throws {
        let answers = try Self.example()
        let result = try CharterEngine(library: bundled).assess(answers, asOf: try require(answers.asOf))
        let plan = result.actionPlan
        #expect(plan.map(\.priority) == plan.map(\.priority).sorted())
        let mentalHealth = try require(plan.first { $0.criterion == "HW.HLT.04" })
        #expect(mentalHealth.priority == .nextTier && mentalHealth.due == date("2026-09-01"))
        #expect(mentalHealth.reason.hasPrefix("Needed for Member."))
        let carers = try require(plan.first { $0.criterion == "HW.FLX.05" })
        #expect(carers.priority == .commitment && carers.due == date("2026-12-01"))
        #expect(plan.first { $0.criterion == "HW.SEC.05" } == nil)  // not applicable
        #expect(plan.first { $0.criterion == "HW.PAY.01" } == nil)  // met
        let improvement = try require(plan.first { $0.criterion == "HW.REC.08" })
        #expect(improvement.priority == .improvement && improvement.due == date("2027-06-01"))
    }

    @Test("skills-related actions get courses from the suggester, others do not")
    func courses() async throws {
        let answers = try Self.example()
        var result = try CharterEngine(library: bundled).assess(answers, asOf: try require(answers.asOf))
        let suggester = RecordingSuggester()
        try await ActionPlanner.addCourses(to: &result.actionPlan, using: suggester)
        let asked = await suggester.asked
        #expect(asked.contains(["mental health first aid", "mental health"]))
        #expect(result.actionPlan.first { $0.criterion == "HW.HLT.04" }?.courses.first?.title == "Mental Health First Aid course")
        #expect(result.actionPlan.first { $0.criterion == "HW.PAY.02" }?.courses.isEmpty == true)
        #expect(asked.count == result.actionPlan.filter { !$0.courseKeywords.isEmpty }.count)
    }

    @Test("the HTML report escapes employer text and shows tiers, blockers and the plan")
    func html() throws {
        var answers = try Self.example()
        answers.employer.name = "<script>alert('x')</script> & Co"
        answers.answers["HW.FLX.05"] = .committed(by: date("2026-12-01"), note: "<b>bold</b> plans")
        let result = try CharterEngine(library: bundled).assess(answers, asOf: try require(answers.asOf))
        let page = try HTMLReport().render(result)
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"))
        #expect(!page.contains("<b>bold</b>") && page.contains("&lt;b&gt;bold&lt;/b&gt;"))
        #expect(page.contains("Member</strong>: not reached") && page.contains("HW.HLT.04"))
        #expect(page.contains("Action plan"))
    }

    @Test("a result survives a JSON round trip, so result files can be compared later")
    func roundTrip() throws {
        let answers = try Self.example()
        let result = try CharterEngine(library: bundled).assess(answers, asOf: try require(answers.asOf))
        let data = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(AssessmentResult.self, from: data) == result)
    }

    @Test("the text report names the tier, pillars and every blocker")
    func text() throws {
        let answers = try Self.example()
        let result = try CharterEngine(library: bundled).assess(answers, asOf: try require(answers.asOf))
        let text = TextReport.result(result)
        #expect(text.contains("Tier reached: Committed"))
        for blocker in result.tiers.flatMap(\.blockers) { #expect(text.contains(blocker.description)) }
    }
}
