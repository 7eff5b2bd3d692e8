import Testing

@testable import Charters

// MARK: - Equivalences and re-assessment

@Suite("Equivalences and history")
struct EquivalenceAndHistoryTests {
    static let lwf = Accreditation(scheme: "living-wage-foundation", level: "accredited", validUntil: date("2026-12-31"), reference: "LWF-1")

    @Test("a valid accreditation meets the criteria it covers until it expires; then it lapses")
    func expiry() throws {
        var answers = Mini.allMet()
        answers.answers["M.A.01"] = nil
        answers.accreditations = [Self.lwf]
        let valid = try Mini.assess(answers, on: "2026-12-31")
        let met = try require(valid.criterion("M.A.01"))
        #expect(met.state == .met && met.satisfiedBy?.contains("valid until 2026-12-31") == true)
        #expect(valid.tierReached == "leader")

        let lapsed = try Mini.assess(answers, on: "2027-01-01")
        let unmet = try require(lapsed.criterion("M.A.01"))
        #expect(unmet.state == .unanswered && unmet.explanation.contains("expired on 2026-12-31"))
        #expect(lapsed.accreditations.first?.valid == false)
        #expect(lapsed.issues.contains { $0.severity == .warning && $0.field == "accreditations[0].validUntil" })
        #expect(lapsed.tier("member")?.blockers.contains { $0.criterion == "M.A.01" } == true)
    }

    @Test("levels below the equivalence's minimum do not count; unknown schemes and levels are rejected")
    func levels() throws {
        let engine = CharterEngine(library: bundled)
        var answers = AssessmentAnswers(framework: "hw-gec", employer: Employer(name: "X", headcount: 60))
        answers.accreditations = [Accreditation(scheme: "disability-confident", level: "committed", validUntil: date("2027-01-01"))]
        let committed = try engine.assess(answers, asOf: date("2026-06-01"))
        #expect(committed.criterion("HW.REC.02")?.state == .met)
        #expect(committed.criterion("HW.REC.06")?.state == .unanswered)
        answers.accreditations[0].level = "employer"
        let employer = try engine.assess(answers, asOf: date("2026-06-01"))
        #expect(employer.criterion("HW.REC.06")?.state == .met && employer.criterion("HW.HLT.09")?.state == .met)
        answers.accreditations = [
            Accreditation(scheme: "disability-confident", level: "gold", validUntil: date("2027-01-01")),
            Accreditation(scheme: "investors-in-people", level: "gold", validUntil: date("2027-01-01")),
        ]
        let bad = try engine.assess(answers, asOf: date("2026-06-01"))
        #expect(bad.issues.filter { $0.severity == .error }.map(\.field) == ["accreditations[0].level", "accreditations[1].scheme"])
    }

    @Test("a re-assessment lists improvements, lapses, missed commitments and the earlier award's standing")
    func compare() throws {
        var first = Mini.allMet(headcount: 60)
        first.status = .submitted
        first.answers["M.A.01"] = nil
        first.accreditations = [Self.lwf]
        first.answers["M.A.03"] = .number(2)
        first.answers["M.A.02"] = .yes(true)
        first.answers["M.B.02"] = .committed(by: date("2027-03-01"))
        let earlier = try Mini.assess(first, on: "2026-06-01")
        #expect(earlier.award?.tier == "member")

        var second = first
        second.answers["M.A.03"] = .number(4)
        let later = try Mini.assess(second, on: "2027-07-01")
        let comparison = try AssessmentComparison.compare(later, earlier, tierOrder: Mini.tiers.map(\.code))
        #expect(comparison.previousAsOf == date("2026-06-01"))
        #expect(comparison.improved.map(\.id) == ["M.A.03"])
        // The accreditation expired, and the absence figure from March 2026 is now more than 12 months old.
        #expect(comparison.lapsed.map(\.id) == ["M.A.01", "M.A.04"])
        #expect(comparison.lapsed.last?.detail.contains("out of date") == true)
        #expect(comparison.lapsedAccreditations == ["Living Wage Foundation (accredited), expired on 2026-12-31"])
        #expect(comparison.missedCommitments.map(\.id) == ["M.B.02"])
        #expect(comparison.previousAwardStanding == .checkInOverdue)
        #expect(comparison.tierChange == .down)
    }

    @Test("across versions a renamed criterion is compared with the one it replaces")
    func acrossVersions() throws {
        let library = LoadingAndVersionTests.versions()
        var old = Mini.allMet()
        old.answers["M.A.02"] = .committed(by: date("2026-12-01"))
        let earlier = try Mini.assess(old, on: "2026-08-01", library: library)
        var new = Mini.allMet()
        new.answers["M.A.02"] = nil
        new.answers["M.A.12"] = .yes(true)
        let later = try Mini.assess(new, on: "2026-10-01", library: library)
        #expect(earlier.framework.version == "1.0.0" && later.framework.version == "1.1.0")
        let comparison = try AssessmentComparison.compare(
            earlier, later, tierOrder: Mini.tiers.map(\.code), replacements: library.replacements(in: "mini", version: "1.1.0"))
        #expect(comparison.improved.map(\.id) == ["M.A.12"])
        #expect(comparison.added.isEmpty && comparison.removed.isEmpty)
        let plain = try AssessmentComparison.compare(earlier, later, tierOrder: Mini.tiers.map(\.code))
        #expect(plain.added == ["M.A.12"] && plain.removed == ["M.A.02"])
    }

    @Test("results of different frameworks cannot be compared")
    func mismatch() throws {
        let mini = try Mini.assess(Mini.allMet())
        let hw = try CharterEngine(library: bundled).assess(
            AssessmentAnswers(framework: "hw-gec", employer: Employer(name: "X", headcount: 5)), asOf: date("2026-06-01"))
        #expect(throws: CharterEngine.Failure.self) { try AssessmentComparison.compare(mini, hw, tierOrder: []) }
    }
}
