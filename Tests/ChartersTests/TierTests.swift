import Testing

@testable import Charters

// MARK: - Tier boundaries and blockers

@Suite("Tiers")
struct TierTests {
    @Test("everything met reaches the top tier with no blockers, and a submitted assessment gets dated award")
    func allMet() throws {
        var answers = Mini.allMet()
        answers.status = .submitted
        let result = try Mini.assess(answers)
        #expect(result.tierReached == "leader")
        #expect(result.tiers.allSatisfy { $0.reached && $0.blockers.isEmpty })
        let award = try require(result.award)
        #expect(award.expiresOn == date("2029-06-01") && award.nextCheckIn == date("2027-06-01"))
        #expect(award.standing(on: date("2027-06-02")) == .checkInOverdue)
        #expect(award.standing(on: date("2029-06-02")) == .expired)
        #expect(award.standing(on: date("2029-06-01")) == .checkInOverdue)
    }

    @Test("a draft is scored but earns no award")
    func draftNoAward() throws {
        #expect(try Mini.assess(Mini.allMet()).award == nil)
    }

    @Test("a pillar exactly at the minimum passes; just below blocks Member and names the pillar")
    func pillarBoundary() throws {
        let extra = Criterion(id: "M.B.04", text: "Weighted", kind: .scale(Mini.scale), weight: 2)
        let library = Mini.library([Mini.framework(extra: [extra])])
        var answers = Mini.allMet(headcount: 60)
        // B = (1 + 0 + 1 + 2 × s) / 5 with M.B.02 unmet; s = 0.5 → 0.6; s = 0.25 → 0.5.
        answers.answers["M.B.02"] = Answer()
        answers.answers["M.B.04"] = .number(2)
        let at = try Mini.assess(answers, library: library)
        #expect(at.pillar("B")?.score == 0.6)
        #expect(at.tier("member")?.reached == true)
        answers.answers["M.B.04"] = .number(1)
        let below = try Mini.assess(answers, library: library)
        #expect(below.pillar("B")?.score == 0.5)
        let blockers = try require(below.tier("member")).blockers
        #expect(blockers.count == 1 && blockers[0].pillar == "B" && blockers[0].reason.contains("50%"))
        #expect(below.tierReached == "entry")
        #expect(below.tier("leader")?.blockers.first?.reason.contains("Member must be reached first") == true)
    }

    @Test("overall 80% and N-of-M pillars decide Leader")
    func leaderBoundary() throws {
        var answers = Mini.allMet(headcount: 60)
        answers.answers["M.A.03"] = .number(3)  // A = (1 + 1 + 0.75 + 1) / 4 = 0.9375
        answers.answers["M.B.01"] = .picks(["x"])  // B = (0.5 + 1 + 1) / 3 = 0.8333
        let result = try Mini.assess(answers)
        #expect(result.tierReached == "leader")
        answers.answers["M.B.01"] = .picks(["x", "y"])
        answers.answers["M.B.03"] = .yes(false)  // B = (1 + 1 + 0) / 3 = 0.6667; overall 0.8021
        let lower = try Mini.assess(answers)
        #expect(lower.overall == 0.8021)
        #expect(lower.tierReached == "member")
        let reasons = try require(lower.tier("leader")).blockers.map(\.reason)
        #expect(reasons == ["1 of 2 pillars score at least 80%; 2 needed (below: Beta 67%)"])
    }

    @Test("a measured outcome is needed for Leader")
    func outcomes() throws {
        var answers = Mini.allMet()
        answers.answers["M.A.04"] = Answer(value: .number(5), observedOn: date("2026-03-31"))
        let result = try Mini.assess(answers)
        #expect(result.tier("leader")?.blockers.contains { $0.reason.contains("0 measured outcomes") && $0.reason.contains("M.A.04") } == true)
    }

    @Test("a commitment counts for the entry tier but blocks Member")
    func commitments() throws {
        var answers = Mini.allMet()
        answers.answers["M.A.02"] = .committed(by: date("2026-09-01"))
        let result = try Mini.assess(answers)
        #expect(result.tierReached == "entry")
        let blocker = try require(result.tier("member")?.blockers.first)
        #expect(blocker.criterion == "M.A.02" && blocker.reason.contains("commitments count only at Entry"))
        #expect(result.criterion("M.A.02")?.commitmentDue == date("2026-09-01"))
    }

    @Test("a missing declaration blocks the entry tier and everything above")
    func declaration() throws {
        var answers = Mini.allMet()
        answers.declarations = [:]
        let result = try Mini.assess(answers)
        #expect(result.tierReached == nil)
        #expect(result.tier("entry")?.blockers.map(\.reason) == ["declaration missing: pledge signed (declarations.pledge)"])
    }

    @Test("the shipped charter: member blockers name the exact criteria")
    func shippedBlockers() throws {
        let answers = AssessmentAnswers(
            framework: "hw-gec", employer: Employer(name: "Small Co", headcount: 12),
            declarations: ["signedCommitment": true, "actionPlanAgreed": true, "yearlyCheckIn": true])
        let result = try CharterEngine(library: bundled).assess(answers, asOf: date("2026-06-01"))
        let member = try require(result.tier("member"))
        let ids = Set(member.blockers.compactMap(\.criterion))
        #expect(ids.isSuperset(of: ["HW.PAY.01", "HW.SEC.01", "HW.FLX.01", "HW.HLT.04"]))
        #expect(!ids.contains("HW.VOI.03"))  // 12 staff: information and consultation is for 50+
        // A legal minimum by then: it gates the entry tier, and so every tier above it.
        #expect(member.blockers.first { $0.criterion == "HW.PAY.03" }?.reason.hasPrefix("legal minimum not met") == true)
        #expect(result.tier("committed")?.blockers.contains { $0.criterion == "HW.PAY.03" && $0.reason.hasPrefix("legal minimum not met") } == true)
    }
}
