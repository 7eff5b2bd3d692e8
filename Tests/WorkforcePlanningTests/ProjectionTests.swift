import Domain
import Foundation
import Testing
@testable import WorkforcePlanning

// MARK: - Expected values against hand-computed cases

@Suite("Projection: hand-computed cases")
struct ProjectionTests {
    @Test("steady demand with a 20% leaver rate: replace 2 a year; do-nothing supply decays 8, 6.4, 5.12")
    func steadyReplacement() throws {
        let plan = makePlan([Role(id: "fitter", title: "Fitter", headcount: 10, leaverRateOverride: 0.2)])
        let projection = try plan.project()
        let years = projection.roles[0].years
        #expect(years.map(\.leavers).allSatisfy { close($0, 2) })
        #expect(years.map(\.hires).allSatisfy { close($0, 2) })
        #expect(years.map(\.end).allSatisfy { close($0, 10) })
        #expect(zip(years.map(\.supplyWithoutHiring), [8, 6.4, 5.12]).allSatisfy { close($0, $1) })
        #expect(zip(years.map(\.gap), [2, 3.6, 4.88]).allSatisfy { close($0, $1) })
        #expect(close(projection.replacementDemand, 6))
        #expect(projection.expansionDemand == 0)
        #expect(close(projection.recruitmentNeed, 6))
        #expect(years.map(\.date.description) == ["2027-04-01", "2028-04-01", "2029-04-01"])
    }

    @Test("zero staff: nothing moves; vacancies are hired in year 1 and then turn over")
    func zeroStaff() throws {
        let empty = try makePlan([Role(id: "empty", title: "Empty", headcount: 0)]).project()
        #expect(empty.roles[0].years.allSatisfy { $0.start == 0 && $0.end == 0 && $0.hires == 0 && $0.gap == 0 })
        let vacant = try makePlan([Role(id: "new", title: "New", headcount: 0, vacancies: 2, leaverRateOverride: 0.2)]).project()
        let years = vacant.roles[0].years
        #expect(close(years[0].hires, 2) && close(years[0].end, 2))
        #expect(close(years[1].leavers, 0.4) && close(years[1].hires, 0.4))
        #expect(close(vacant.expansionDemand, 2))
        #expect(years.allSatisfy { close($0.gap, 2) })
    }

    @Test("one person who will retire within a year: one retirement, one hire, none left without hiring")
    func onePersonRetiring() throws {
        let role = Role(
            id: "manager", title: "Manager", headcount: 1,
            people: [Person(label: "Person A", ageBand: .from60to64, retirementIntention: .within1y)], leaverRateOverride: 0.1)
        let years = try makePlan([role]).project().roles[0].years
        #expect(close(years[0].retirements, 1))
        #expect(close(years[0].leavers, 0))
        #expect(close(years[0].hires, 1))
        #expect(close(years[0].supplyWithoutHiring, 0))
        // The replacement is then subject to the 10% leaver rate.
        #expect(close(years[1].leavers, 0.1))
    }

    @Test("stated retirement in 1–3 years spreads evenly over years 2 and 3")
    func retirementWindow() throws {
        let role = Role(id: "welder", title: "Welder", headcount: 1, people: [Person(label: "Person A", retirementIntention: .in1to3y)], leaverRateOverride: 0)
        let years = try makePlan([role], scenario: Scenario(name: "none", kind: .steady, isPreferred: true, hireToDemand: false)).project().roles[0].years
        #expect(zip(years.map(\.retirements), [0, 0.5, 0.5]).allSatisfy { close($0, $1) })
    }

    @Test("a 100% leaver rate empties the role every year")
    func everyoneLeaves() throws {
        let projection = try makePlan([Role(id: "seasonal", title: "Seasonal", headcount: 4, leaverRateOverride: 1)]).project()
        let years = projection.roles[0].years
        #expect(years.allSatisfy { close($0.leavers, 4) && close($0.supplyBeforeHires, 0) && close($0.hires, 4) })
        #expect(years.allSatisfy { close($0.supplyWithoutHiring, 0) && close($0.gap, 4) })
        #expect(close(projection.replacementDemand, 12))
    }

    @Test("a role that vanishes: no hires, a surplus, no expansion demand")
    func vanishingRole() throws {
        let scenario = Scenario(name: "closure", kind: .custom, isPreferred: true, roleDemand: ["press": [2, 0, 0]])
        let projection = try makePlan([Role(id: "press", title: "Press operator", headcount: 3, leaverRateOverride: 0)], scenario: scenario).project()
        let years = projection.roles[0].years
        #expect(years.map(\.demand) == [2, 0, 0])
        #expect(years.allSatisfy { $0.hires == 0 && close($0.end, 3) })
        #expect(years.map(\.gap) == [-1, -3, -3])
        #expect(projection.expansionDemand == 0)
    }

    @Test("growth of 10% a year on 10 people: demand 11, 12, 13; expansion 3")
    func growth() throws {
        let scenario = Scenario(name: "growth", kind: .growth, isPreferred: true, annualChange: 0.1)
        let projection = try makePlan([Role(id: "dev", title: "Developer", headcount: 10, leaverRateOverride: 0)], scenario: scenario).project()
        #expect(zip(projection.roles[0].years.map(\.demand), [11, 12, 13]).allSatisfy { close($0, $1) })
        #expect(projection.roles[0].years.allSatisfy { close($0.hires, 1) })
        #expect(close(projection.expansionDemand, 3))
        #expect(close(projection.recruitmentNeed, 3))
    }

    @Test("contraction never drives demand below zero")
    func contraction() throws {
        let scenario = Scenario(name: "cut", kind: .contraction, isPreferred: true, annualChange: -0.4)
        let projection = try makePlan([Role(id: "a", title: "A", headcount: 5, leaverRateOverride: 0)], scenario: scenario).project()
        #expect(zip(projection.roles[0].years.map(\.demand), [3, 1, 0]).allSatisfy { close($0, $1) })
    }

    @Test("internal moves: half the apprentices move up each year; the receiving role needs fewer hires")
    func moves() throws {
        let roles = [
            Role(id: "apprentice", title: "Apprentice", headcount: 2, leaverRateOverride: 0),
            Role(id: "technician", title: "Technician", headcount: 2, vacancies: 1, leaverRateOverride: 0),
        ]
        let projection = try makePlan(roles, transitions: [Transition(from: "apprentice", to: "technician", annualProbability: 0.5)]).project()
        let apprentice = projection.roles[0].years[0], technician = projection.roles[1].years[0]
        #expect(close(apprentice.movesOut, 1) && close(apprentice.hires, 1))
        #expect(close(technician.movesIn, 1) && close(technician.hires, 0) && close(technician.end, 3))
        #expect(close(projection.internalMovesIn, 3))
    }

    @Test("moves wait for their earliest year")
    func earliestYear() throws {
        let roles = [Role(id: "a", title: "A", headcount: 1, leaverRateOverride: 0), Role(id: "b", title: "B", headcount: 0, leaverRateOverride: 0)]
        let projection = try makePlan(roles, transitions: [Transition(from: "a", to: "b", annualProbability: 1, earliestYear: 3)]).project()
        #expect(projection.roles[1].years.map(\.movesIn) == [0, 0, 1])
    }

    @Test("age-band retirement hazards, with bands rolling up a fifth a year from 60–64")
    func ageBandRetirement() throws {
        let role = Role(id: "driver", title: "Driver", headcount: 10, ageBands: [.from60to64: 10], leaverRateOverride: 0)
        let plan = makePlan(
            [role], scenario: Scenario(name: "none", kind: .steady, isPreferred: true, hireToDemand: false),
            retirementHazards: RateAssumptions.defaultRetirementHazards)
        let years = try plan.project().roles[0].years
        #expect(close(years[0].retirements, 1.5))
        // 8.5 remain: 6.8 still 60–64 at 15%, 1.7 now 65+ at 30%.
        #expect(close(years[1].retirements, 6.8 * 0.15 + 1.7 * 0.3))
    }

    @Test("an unknown scenario is a clear error")
    func unknownScenario() {
        #expect(throws: ProjectionError.unknownScenario("boom", available: ["steady"])) {
            try makePlan([Role(id: "a", title: "A", headcount: 1)]).project(scenario: "boom")
        }
    }
}

// MARK: - Rates and their sources

@Suite("Leaver rates")
struct RateTests {
    @Test("no history: the benchmark, labelled")
    func benchmark() {
        let plan = makePlan([Role(id: "a", title: "A", headcount: 3)], benchmark: 0.29)
        let rate = plan.leaverRate(for: plan.roles[0])
        #expect(rate.source == .benchmark && rate.value == 0.29)
    }

    @Test("a little history is blended with the benchmark: (L + k·b) ÷ (E + k)")
    func blended() {
        let history = [FlowYear(year: 2025, averageHeadcount: 3, leavers: 1), FlowYear(year: 2024, averageHeadcount: 3, leavers: 1),
                       FlowYear(year: 2023, averageHeadcount: 3, leavers: 0), FlowYear(year: 2019, averageHeadcount: 30, leavers: 30)]
        let plan = makePlan([Role(id: "a", title: "A", headcount: 3, history: history)], benchmark: 0.15)
        let rate = plan.leaverRate(for: plan.roles[0])
        #expect(rate.source == .blended)
        #expect(rate.exposure == 9 && rate.observedEvents == 2)  // only the latest three years count
        #expect(close(rate.value, (2 + 6 * 0.15) / (9 + 6)))
    }

    @Test("enough history is used as observed; the owner's figure and scenario overrides win")
    func observedOwnerScenario() {
        let history = (2023...2025).map { FlowYear(year: $0, averageHeadcount: 12, leavers: 3) }
        var plan = makePlan([Role(id: "a", title: "A", headcount: 12, history: history)])
        #expect(plan.leaverRate(for: plan.roles[0]).source == .observed)
        #expect(close(plan.leaverRate(for: plan.roles[0]).value, 0.25))
        plan.roles[0].leaverRateOverride = 0.1
        #expect(plan.leaverRate(for: plan.roles[0]) .source == .owner)
        let scenario = Scenario(name: "tight", kind: .steady, leaverRateOverrides: ["a": 0.05])
        #expect(plan.leaverRate(for: plan.roles[0], scenario: scenario).value == 0.05)
    }
}
