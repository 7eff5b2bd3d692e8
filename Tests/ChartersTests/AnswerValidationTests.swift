import Foundation
import Testing

@testable import Charters

// MARK: - Answer validation

@Suite("Answer validation")
struct AnswerValidationTests {
    func errors(_ edit: (inout AssessmentAnswers) -> Void, on day: String = "2026-06-01") throws -> [String] {
        var answers = Mini.allMet(headcount: 60)
        edit(&answers)
        return try Mini.assess(answers, on: day).issues.filter { $0.severity == .error }.map(\.description)
    }

    @Test("complete, valid answers have no issues")
    func clean() throws {
        #expect(try errors { _ in }.isEmpty)
    }

    @Test("commitments need a future date inside the allowed months")
    func commitmentDates() throws {
        #expect(
            try errors { $0.answers["M.A.02"] = Answer(state: .committed) } == [
                "error: M.A.02 due: a commitment needs the date it will be met by (yyyy-MM-dd)"
            ])
        #expect(try errors { $0.answers["M.A.02"] = .committed(by: date("2026-06-01")) }.first?.contains("is not after the assessment date") == true)
        #expect(
            try errors { $0.answers["M.A.02"] = .committed(by: date("2026-12-02")) }.first?.contains("more than 6 months away (latest 2026-12-01)")
                == true)
        #expect(try errors { $0.answers["M.A.02"] = .committed(by: date("2026-12-01")) }.isEmpty)
    }

    @Test("not applicable needs permission and a reason")
    func notApplicable() throws {
        #expect(try errors { $0.answers["M.A.02"] = .notApplicable("We are small") }.first?.contains("cannot be answered \"not applicable\"") == true)
        #expect(try errors { $0.answers["M.B.03"] = Answer(state: .notApplicable) } == ["error: M.B.03 reason: \"not applicable\" needs a reason"])
        #expect(try errors { $0.answers["M.B.03"] = .notApplicable("No staff forum is possible on a single-person site") }.isEmpty)
    }

    @Test("evidence needs text or a web link")
    func evidence() throws {
        let found = try errors {
            $0.answers["M.A.02"] = .yes(
                true, evidence: [EvidenceRef(), EvidenceRef(url: "file:///etc/passwd"), EvidenceRef(url: "https://example.org/p.pdf")])
        }
        #expect(
            found == [
                "error: M.A.02 evidence[0]: an evidence reference needs a description (text) or a link (url)",
                "error: M.A.02 evidence[1].url: \"file:///etc/passwd\" is not a web link (http:// or https://)",
            ])
    }

    @Test("a submission must answer every applicable criterion; a draft need not")
    func submission() throws {
        let submitted = try errors {
            $0.status = .submitted
            $0.answers["M.A.03"] = nil
            $0.answers["M.B.01"] = nil
        }
        #expect(submitted.count == 2 && submitted.allSatisfy { $0.contains("must answer every applicable criterion") })
        #expect(try errors { $0.answers["M.A.03"] = nil }.isEmpty)
    }

    @Test("answers to unknown criteria are rejected; answers in any order give the same result")
    func unknownAndOrder() throws {
        #expect(try errors { $0.answers["M.Z.99"] = .yes(true) } == ["error: M.Z.99 answers: mini@1.0.0 has no criterion M.Z.99"])
        let json = """
            {"framework":"mini","employer":{"name":"Test Ltd","headcount":60},"declarations":{"pledge":true},"answers":{
            "M.B.03":{"value":true},"M.A.04":{"value":2,"observedOn":"2026-03-31"},"M.B.02":{"evidence":[{"text":"Policy","type":"policy"}]},
            "M.A.03":{"value":4},"M.B.01":{"value":["x","y"]},"M.A.02":{"value":true},"M.A.01":{"value":13.45}}}
            """
        let decoded = try JSONDecoder().decode(AssessmentAnswers.self, from: Data(json.utf8))
        let a = try Mini.assess(decoded)
        let b = try Mini.assess(Mini.allMet(headcount: 60))
        #expect(a.criteria == b.criteria && a.tiers == b.tiers && a.overall == b.overall)
    }

    @Test("an empty answer slot is unanswered in a draft and an error in a submission")
    func emptySlot() throws {
        var answers = Mini.allMet()
        answers.answers["M.A.03"] = Answer(note: "to do", evidence: [EvidenceRef(text: "Maturity review notes")])
        let draft = try Mini.assess(answers)
        #expect(draft.criterion("M.A.03")?.state == .unanswered && draft.criterion("M.A.03")?.evidenceCount == 1)
        #expect(draft.issues.isEmpty)
        answers.status = .submitted
        #expect(
            try Mini.assess(answers).issues.map(\.description) == [
                "error: M.A.03 value: a submitted assessment must answer every applicable criterion"
            ])
    }

    @Test("drafts can be built up step by step and evidence attached later")
    func drafting() throws {
        var answers = AssessmentAnswers(framework: "mini", employer: Employer(name: "Draft Ltd", headcount: 20))
        answers.set("M.B.02", Answer())
        #expect(try Mini.assess(answers).criterion("M.B.02")?.state == .notMet)
        answers.attach(EvidenceRef(url: "https://example.org/policy", type: "policy"), to: "M.B.02")
        let result = try Mini.assess(answers)
        #expect(result.criterion("M.B.02")?.state == .met)
        #expect(result.criteria.filter { $0.state == .unanswered }.count == 5)
    }
}
