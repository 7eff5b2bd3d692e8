import Testing

@testable import Charters

// MARK: - Size bands

@Suite("Size bands")
struct SizeBandTests {
    @Test("a criterion for 50+ staff is out of scope at 49 and counts from 50", arguments: [(49, CriterionResult.State.outOfScope), (50, .met)])
    func threshold(headcount: Int, state: CriterionResult.State) throws {
        let result = try Mini.assess(Mini.allMet(headcount: headcount))
        let criterion = try require(result.criterion("M.B.03"))
        #expect(criterion.state == state)
        #expect(result.pillar("B")?.applicable == (headcount >= 50 ? 3 : 2))
    }

    @Test("from 250 staff a pick-several criterion needs more picks and a required option")
    func largeEmployerRule() throws {
        var answers = Mini.allMet(headcount: 250)
        answers.answers["M.B.01"] = .picks(["x", "y"])
        let criterion = try require(try Mini.assess(answers).criterion("M.B.01"))
        #expect(criterion.state == .partial && criterion.score == 0.5)
        #expect(criterion.explanation.contains("3 needed, including z at this size") && criterion.explanation.contains("Missing required: z"))
        answers.answers["M.B.01"] = .picks(["x", "y", "z"])
        #expect(try Mini.assess(answers).criterion("M.B.01")?.state == .met)
        answers.employer.headcount = 249
        answers.answers["M.B.01"] = .picks(["x", "y"])
        #expect(try Mini.assess(answers).criterion("M.B.01")?.state == .met)
    }

    @Test("a criterion can be mandatory only from a headcount while still scoring below it")
    func mandatoryFromHeadcount() throws {
        let extra = Criterion(id: "M.B.05", text: "Formal forum", kind: .yesNo, mandatory: true, tier: "member", mandatoryFromHeadcount: 100)
        let library = Mini.library([Mini.framework(extra: [extra])])
        var answers = Mini.allMet(headcount: 99)
        answers.answers["M.B.05"] = .yes(false)
        let small = try Mini.assess(answers, library: library)
        #expect(small.criterion("M.B.05")?.gatesTier == nil && small.criterion("M.B.05")?.score == 0)
        #expect(small.tier("member")?.blockers.contains { $0.criterion == "M.B.05" } == false)
        answers.employer.headcount = 100
        let large = try Mini.assess(answers, library: library)
        #expect(large.tier("member")?.blockers.contains { $0.criterion == "M.B.05" } == true)
    }

    @Test(
        "the shipped charter: pay gap publishing is out of scope under 50 and needs the gender gap from 250",
        arguments: [
            (49, ["ethnicity"], CriterionResult.State.outOfScope), (120, ["ethnicity"], .met), (250, ["ethnicity", "disability"], .partial),
            (250, ["gender", "ethnicity"], .met),
        ])
    func payGap(headcount: Int, picks: [String], state: CriterionResult.State) throws {
        var answers = AssessmentAnswers(framework: "hw-gec", employer: Employer(name: "X", headcount: headcount))
        answers.answers["HW.REC.05"] = .picks(picks)
        let result = try CharterEngine(library: bundled).assess(answers, asOf: date("2026-06-01"))
        #expect(result.criterion("HW.REC.05")?.state == state)
        #expect(result.headcountBand == HeadcountBand(headcount: headcount))
    }

    @Test(
        "headcount bands follow the legal triggers",
        arguments: [(9, HeadcountBand.micro), (10, .small), (49, .small), (50, .medium), (249, .medium), (250, .large)])
    func bands(headcount: Int, band: HeadcountBand) {
        #expect(HeadcountBand(headcount: headcount) == band)
    }
}
