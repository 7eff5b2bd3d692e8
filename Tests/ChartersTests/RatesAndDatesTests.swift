import Domain
import Testing

@testable import Charters

// MARK: - Dated rates and legal dates

@Suite("Dated rates and legal floors")
struct RatesAndDatesTests {
    @Test(
        "the Real Living Wage owed follows announcement and the 1 May implementation date",
        arguments: [
            ("2025-04-30", 12.00, 12.60), ("2025-05-01", 12.60, nil), ("2025-10-21", 12.60, nil), ("2025-10-22", 12.60, 13.45),
            ("2026-04-30", 12.60, 13.45), ("2026-05-01", 13.45, nil),
        ] as [(String, Double, Double?)])
    func realLivingWage(day: String, owed: Double, upcoming: Double?) throws {
        let rate = try require(bundled.rates.resolve("rlw_uk", at: date(day)))
        #expect(rate.value == owed)
        #expect(rate.upcoming?.value == upcoming)
        if upcoming != nil { #expect(rate.upcoming?.owedFrom.month == 5) }
    }

    @Test("London rates are separate; the National Living Wage changes on 1 April 2026")
    func londonAndNLW() throws {
        #expect(bundled.rates.resolve("rlw_london", at: date("2026-05-01"))?.value == 14.80)
        #expect(bundled.rates.resolve("nlw_21plus", at: date("2026-03-31"))?.value == 12.21)
        #expect(bundled.rates.resolve("nlw_21plus", at: date("2026-03-31"))?.upcoming?.value == 12.71)
        #expect(bundled.rates.resolve("nlw_21plus", at: date("2026-04-01"))?.value == 12.71)
        #expect(bundled.rates.resolve("nlw_21plus", at: date("2024-03-31")) == nil)
    }

    @Test("a pay rate that meets the old rate is met during the grace period, with an action for the rise; not met after it")
    func payAcrossChange() throws {
        var answers = Mini.allMet()
        answers.answers["M.A.01"] = .number(13.00)
        let before = try Mini.assess(answers, on: "2026-04-30")
        let criterion = try require(before.criterion("M.A.01"))
        #expect(criterion.state == .met)
        #expect(criterion.upcomingShortfall?.value == 13.45)
        let item = try require(before.actionPlan.first { $0.criterion == "M.A.01" })
        #expect(item.priority == .upcomingChange && item.due == date("2026-05-01"))
        let after = try Mini.assess(answers, on: "2026-05-01")
        #expect(after.criterion("M.A.01")?.state == .partial)
        #expect(after.tier("member")?.blockers.contains { $0.criterion == "M.A.01" } == true)
    }

    @Test("a London employer is held to the London rate")
    func london() throws {
        var answers = Mini.allMet()
        answers.employer.london = true
        answers.answers["M.A.01"] = .number(13.45)
        let result = try Mini.assess(answers)
        #expect(result.criterion("M.A.01")?.state == .notMet)
        #expect(result.rates.map(\.key) == ["rlw_london"])
    }

    @Test("day-one sick pay: a member gate before 6 April 2026, a legal entry check from it, and the stretch version takes over")
    func sickPayBecomesLaw() throws {
        let engine = CharterEngine(library: bundled)
        var answers = AssessmentAnswers(framework: "hw-gec", employer: Employer(name: "Care Co", headcount: 30))
        answers.answers["HW.PAY.03"] = .committed(by: date("2026-09-01"))
        let before = try engine.assess(answers, asOf: date("2026-04-05"))
        let early = try require(before.criterion("HW.PAY.03"))
        #expect(early.state == .committed && early.gatesTier == "member" && !early.legalMinimum)
        #expect(before.criterion("HW.PAY.04")?.state == .notYetInForce)

        let after = try engine.assess(answers, asOf: date("2026-04-06"))
        let late = try require(after.criterion("HW.PAY.03"))
        #expect(late.state == .rejected && late.legalMinimum && late.gatesTier == "committed")
        #expect(after.issues.contains { $0.criterion == "HW.PAY.03" && $0.reason.contains("legal minimum since 2026-04-06") })
        #expect(after.criterion("HW.PAY.04")?.state == .unanswered)
        #expect(after.criterion("HW.PAY.04")?.gatesTier == "member")
        #expect(after.actionPlan.first?.priority == .legal)
    }

    @Test("calendar arithmetic clamps month ends and counts days across leap years")
    func dates() {
        #expect(date("2026-01-31").adding(months: 1) == date("2026-02-28"))
        #expect(date("2028-01-31").adding(months: 1) == date("2028-02-29"))
        #expect(date("2026-06-01").adding(months: -12) == date("2025-06-01"))
        #expect(date("2027-12-31").adding(days: 1) == date("2028-01-01"))
        #expect(date("2028-02-28").days(until: date("2028-03-01")) == 2)
        #expect(CharterDate("2026-02-30") == nil && CharterDate("2026-2-3") == nil)
    }
}
