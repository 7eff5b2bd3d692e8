@testable import Careers
import Domain
import Testing

// MARK: - Cost lines read for the learner's age band (review 9, p01 p04 p09 p17 p20)

@Suite("Cost wording for the learner's age band")
struct CostForAgeBandTests {
    /// A run as the engine holds it, its charges read from `wording` for both bands.
    static func run(start: String, pence: Int?, wording: String) -> CourseIndex.Run {
        let youth = CostWording.charge(amountPence: pence, wording: [wording], band: .youth)
        let adult = CostWording.charge(amountPence: pence, wording: [wording], band: .adult)
        return CourseIndex.Run(
            start: start, flexibleStart: false, deliveryMode: .classroom, studyMode: .fullTime, costPence: pence, costText: wording, funded: true,
            youth: CourseIndex.Charge(cost: youth.cost, pence: youth.pence, condition: youth.condition),
            adult: CourseIndex.Charge(cost: adult.cost, pence: adult.pence, condition: adult.condition), district: .wyreForest,
            nationalDelivery: false)
    }

    @Test("an adult reads 'Free for 16-18 year olds' as a free place for 16-18s and an adult fee not published")
    func adultFeeNotPublished() {
        let adult = CostWording.charge(amountPence: nil, wording: ["Free for 16-18 year olds"], band: .adult)
        #expect(adult.cost == .charged && adult.pence == nil)
        #expect(adult.condition == CostWording.youthOnlyNote)
        let course = CourseCostTests.option(costPence: nil, costText: "Free for 16-18 year olds", funded: false, cost: .charged)
        var shown = course
        shown.fundingCondition = adult.condition
        #expect(shown.costSummary == "adult fee not published")
        #expect(shown.costCondition?.contains("16-18 year olds") == true && shown.costCondition?.contains("ask the provider") == true)
        // The feed's split price is still the adult's, worded as the feed has it.
        let split = CostWording.charge(amountPence: 215_000, wording: ["Free for 16-18 year olds; adults £2,150"], band: .adult)
        #expect(split.cost == .charged && split.pence == 215_000 && split.condition == nil)
    }

    @Test("a 16-year-old keeps the fee of a course whose free places turn on an adult's income or work, with a note saying so")
    func youthKeepsAdultFee() {
        let wording = "Free if you are unemployed or earn less than £25,000 a year"
        let youth = CostWording.charge(amountPence: 52_000, wording: [wording], band: .youth)
        #expect(youth.cost == .charged && youth.pence == 52_000)
        #expect(youth.condition == CostWording.adultConditionsNote)
        var course = CourseCostTests.option(costPence: 52_000, costText: wording, funded: false, cost: .charged)
        course.fundingCondition = youth.condition
        #expect(course.costSummary == "£520")
        #expect(course.costCondition?.contains("for adults") == true)
        // An adult still reads it as free if eligible, and a 16–18 wording is still a 16-year-old's.
        #expect(CostWording.charge(amountPence: 52_000, wording: [wording], band: .adult).cost == .ifEligible)
        #expect(CostWording.charge(amountPence: 0, wording: ["Free for 16 to 18 year olds; free if you are unemployed"], band: .youth).cost == .free)
    }

    @Test("of a course's runs, an adult is shown the one priced for adults before the one free only for 16-18s; a 16-year-old the free one")
    func runForTheBand() {
        // Kidderminster's electrical diploma: full time for 16–18s, two evenings a week for adults.
        let runs = [
            Self.run(start: "2027-09-06", pence: nil, wording: "Free for 16-18 year olds"),
            Self.run(start: "2027-09-14", pence: 110_000, wording: "£1,100 or free if you are unemployed"),
        ]
        let adult = CourseIndex.bestRunIndex(
            provider: TestCatalogue.kidderminster.id, level: Level(rank: 2), youthOnly: false, runs: runs, constraints: LearnerConstraints(),
            today: "2026-12-06")
        #expect(adult == 1)
        let youth = CourseIndex.bestRunIndex(
            provider: TestCatalogue.kidderminster.id, level: Level(rank: 2), youthOnly: false, runs: runs,
            constraints: LearnerConstraints(ageBand: .youth), today: "2026-12-06")
        #expect(youth == 0)
    }
}
