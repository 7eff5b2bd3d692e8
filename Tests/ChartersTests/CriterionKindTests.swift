import Testing

@testable import Charters

// MARK: - Every criterion kind

@Suite("Criterion kinds")
struct CriterionKindTests {
    func outcome(_ id: String, _ answer: Answer, headcount: Int = 20, on day: String = "2026-06-01") throws -> (CriterionResult, AssessmentResult) {
        var answers = Mini.allMet(headcount: headcount)
        answers.answers[id] = answer
        let result = try Mini.assess(answers, on: day)
        return (try require(result.criterion(id)), result)
    }

    @Test("yes/no: yes scores 1, no scores 0, anything else is rejected with the expected type")
    func yesNo() throws {
        #expect(try outcome("M.A.02", .yes(true)).0.score == 1)
        let no = try outcome("M.A.02", .yes(false)).0
        #expect(no.state == .notMet && no.score == 0)
        let (wrong, result) = try outcome("M.A.02", .number(3))
        #expect(wrong.state == .rejected)
        #expect(result.issues.contains { $0.criterion == "M.A.02" && $0.field == "value" && $0.reason.contains("expected true or false, got 3") })
        #expect(!result.accepted)
    }

    @Test(
        "scale: level ÷ 4, met from the pass level, partial below it, whole levels 0–4 only",
        arguments: [
            (0.0, CriterionResult.State.notMet, 0.0), (1, .partial, 0.25), (2, .partial, 0.5), (3, .met, 0.75), (4, .met, 1.0),
        ])
    func scale(level: Double, state: CriterionResult.State, score: Double) throws {
        let result = try outcome("M.A.03", .number(level)).0
        #expect(result.state == state)
        #expect(result.score == score)
        #expect(result.explanation.contains("Level \(Int(level))"))
    }

    @Test("scale: 2.5 and 5 are rejected")
    func scaleOutOfRange() throws {
        #expect(try outcome("M.A.03", .number(2.5)).0.state == .rejected)
        #expect(try outcome("M.A.03", .number(5)).0.state == .rejected)
    }

    @Test("numeric: passes at the threshold, half credit inside the partial band, fails below it")
    func numeric() throws {
        // On 2026-06-01 the Real Living Wage owed is £13.45; partial band 5% → £12.7775.
        #expect(try outcome("M.A.01", .number(13.45)).0.state == .met)
        let partial = try outcome("M.A.01", .number(13.00)).0
        #expect(partial.state == .partial && partial.score == 0.5)
        let below = try outcome("M.A.01", .number(12.50)).0
        #expect(below.state == .notMet && below.score == 0)
        #expect(below.explanation.contains("£12.50/hour") && below.explanation.contains("£13.45/hour"))
        #expect(try outcome("M.A.01", .number(-1)).0.state == .rejected)
    }

    @Test("pick-several: count against the minimum, unknown options rejected")
    func multiSelect() throws {
        #expect(try outcome("M.B.01", .picks(["x", "y"])).0.state == .met)
        let one = try outcome("M.B.01", .picks(["x"])).0
        #expect(one.state == .partial && one.score == 0.5)
        #expect(try outcome("M.B.01", .picks([])).0.state == .notMet)
        let (bad, result) = try outcome("M.B.01", .picks(["x", "w"]))
        #expect(bad.state == .rejected)
        #expect(result.issues.contains { $0.reason.contains("unknown option \"w\"") })
    }

    @Test("evidence-only: met with enough evidence of an accepted type")
    func evidenceOnly() throws {
        let met = try outcome("M.B.02", Answer(evidence: [EvidenceRef(url: "https://example.org/policy.pdf", type: "policy")])).0
        #expect(met.state == .met && met.explanation.contains("pending review"))
        let (wrongType, result) = try outcome("M.B.02", Answer(evidence: [EvidenceRef(text: "A photo", type: "photo")]))
        #expect(wrongType.state == .notMet)
        #expect(result.issues.contains { $0.severity == .warning && $0.criterion == "M.B.02" })
        #expect(try outcome("M.B.02", Answer()).0.state == .notMet)
    }

    @Test("measured outcome: needs an observation date within 12 months")
    func metric() throws {
        #expect(try outcome("M.A.04", Answer(value: .number(3.5), observedOn: date("2025-06-01"))).0.state == .met)
        let high = try outcome("M.A.04", Answer(value: .number(4.2), observedOn: date("2026-01-31"))).0
        #expect(high.state == .notMet && high.outcome)
        let stale = try outcome("M.A.04", Answer(value: .number(2), observedOn: date("2025-05-31"))).0
        #expect(stale.state == .notMet && stale.explanation.contains("out of date"))
        #expect(try outcome("M.A.04", Answer(value: .number(2))).0.state == .rejected)
        #expect(try outcome("M.A.04", Answer(value: .number(2), observedOn: date("2026-06-02"))).0.state == .rejected)
    }
}
