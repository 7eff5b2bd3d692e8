import Foundation
import Testing
@testable import WorkforcePlanning

// MARK: - Seeded simulation

@Suite("Simulation")
struct SimulationTests {
    @Test("the same seed gives the same result; a different seed a different one")
    func reproducible() throws {
        let plan = PlanTemplates.make("engineering-workshop", asOf: baseline)!
        let first = try plan.simulate(runs: 500)
        let second = try plan.simulate(runs: 500)
        #expect(first == second)
        #expect(first.seed == 7)
        let other = try plan.simulate(runs: 500, seed: 8)
        #expect(other != first)
    }

    @Test("SplitMix64 reproduces its published first outputs for seed 0")
    func generator() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        var unit = SplitMix64(seed: 99)
        #expect((0..<1000).map { _ in unit.nextUnit() }.allSatisfy { (0..<1).contains($0) })
    }

    @Test("P(at least one of two leaves within 3 years) matches 1 − (1 − a)^(n·T)")
    func closedForm() throws {
        let scenario = Scenario(name: "none", kind: .steady, isPreferred: true, hireToDemand: false)
        let plan = makePlan([Role(id: "tech", title: "Technician", headcount: 2, leaverRateOverride: 0.2)], scenario: scenario)
        let simulation = try plan.simulate(runs: 20_000)
        let expected = 1 - pow(0.8, 6.0)
        #expect(abs(simulation.roles[0].years[2].probabilityLosingSomeone - expected) < 0.015)
        #expect(abs(simulation.roles[0].years[0].probabilityLosingSomeone - (1 - 0.64)) < 0.015)
    }

    @Test("simulated hires are whole people and bracket the expected value")
    func wholePeople() throws {
        let plan = makePlan([Role(id: "carer", title: "Carer", headcount: 6, leaverRateOverride: 0.3)])
        let simulation = try plan.simulate(runs: 4000)
        let expected = try plan.project().replacementDemand  // 5.4 with no retirement
        let hires = simulation.totalHires
        #expect(hires.p10 <= hires.p50 && hires.p50 <= hires.p90)
        #expect(Double(hires.p10) < expected && expected < Double(hires.p90))
        #expect(abs(Double(hires.p50) - expected) <= 1)
        #expect(simulation.roles[0].years.allSatisfy { $0.headcount.p50 == 6 })
    }

    @Test("a 100% leaver rate loses everyone in year 1 in every run")
    func certainLoss() throws {
        let plan = makePlan([Role(id: "a", title: "A", headcount: 3, leaverRateOverride: 1)])
        let simulation = try plan.simulate(runs: 200)
        #expect(simulation.roles[0].years[0].probabilityLosingSomeone == 1)
        #expect(simulation.roles[0].years[2].cumulativeHires == Range3([9]))
    }

    @Test("zero staff and no demand: nothing to simulate, no crash")
    func empty() throws {
        let simulation = try makePlan([Role(id: "a", title: "A", headcount: 0)]).simulate(runs: 50)
        #expect(simulation.totalHires == Range3([0]))
        #expect(simulation.roles[0].years.allSatisfy { $0.probabilityLosingSomeone == 0 })
    }

    @Test("chance a single-holder critical skill is lost matches the analytic figure")
    func skillExposure() throws {
        let role = Role(
            id: "welder", title: "Welder", headcount: 2,
            people: [Person(label: "Person A", skills: ["tig": 4]), Person(label: "Person B", skills: ["tig": 1])],
            skills: [SkillRequirement(skill: "tig", label: "TIG welding", importance: .critical, required: 3)], leaverRateOverride: 0.2)
        let plan = makePlan([role])
        let risk = plan.keyPersonRisk()
        #expect(close(risk.skills[0].probabilityAllHoldersLost, 1 - pow(0.8, 3.0)))
        let simulated = try plan.simulate(runs: 20_000).criticalSkills[0]
        #expect(simulated.holders == 1)
        #expect(abs(simulated.probabilityUncovered[2] - (1 - pow(0.8, 3.0))) < 0.015)
    }
}
