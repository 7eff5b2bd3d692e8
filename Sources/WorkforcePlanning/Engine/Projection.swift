public import Domain
import Foundation

// MARK: - Projection results

/// Expected figures for one role in one plan year.
public struct RoleYear: Codable, Sendable, Equatable {
    /// Plan year, 1-based.
    public var year: Int
    /// The "as of" date the year ends on.
    public var date: PlanDate
    /// Required headcount under the scenario.
    public var demand: Double
    /// People in post at the start of the year.
    public var start: Double
    /// Expected retirements.
    public var retirements: Double
    /// Expected leavers (other than retirement).
    public var leavers: Double
    /// Expected internal moves out of the role.
    public var movesOut: Double
    /// Expected internal moves into the role.
    public var movesIn: Double
    /// Supply before hiring: start − retirements − leavers − moves out + moves in.
    public var supplyBeforeHires: Double
    /// Hires to reach demand (0 when the scenario does not hire).
    public var hires: Double
    /// People in post at the end of the year.
    public var end: Double
    /// Supply if nobody had been hired in any year ("do nothing").
    public var supplyWithoutHiring: Double
    /// Demand − supply without hiring: positive is a shortage, negative a surplus.
    public var gap: Double
}

/// The projection of one role.
public struct RoleProjection: Codable, Sendable, Equatable {
    /// The role id.
    public var role: String
    /// The role title.
    public var title: String
    /// People in post today.
    public var baseline: Int
    /// The leaver rate used, with its source.
    public var leaverRate: ResolvedRate
    /// One entry a plan year.
    public var years: [RoleYear]
}

/// Expected values for the whole plan under one scenario.
public struct Projection: Codable, Sendable, Equatable {
    /// The scenario's name.
    public var scenario: String
    /// The baseline date.
    public var baselineDate: PlanDate
    /// Plan years projected.
    public var horizonYears: Int
    /// One entry a role.
    public var roles: [RoleProjection]
    /// Σ over roles of max(0, demand in the final year − people in post today).
    public var expansionDemand: Double
    /// Σ over roles and years of expected leavers + retirements.
    public var replacementDemand: Double
    /// Σ of internal moves into roles.
    public var internalMovesIn: Double
    /// expansion + replacement − internal moves in.
    public var recruitmentNeed: Double
    /// Σ of hires made in the projection.
    public var hires: Double
    /// The assumptions behind the figures, in words.
    public var assumptions: [String]
}

/// Things that stop a projection from running.
public enum ProjectionError: Error, Equatable, CustomStringConvertible {
    /// No scenario with that name.
    case unknownScenario(String, available: [String])

    public var description: String {
        switch self {
        case .unknownScenario(let name, let available):
            "no scenario named \"\(name)\"; the plan has: \(available.joined(separator: ", "))"
        }
    }
}

// MARK: - Expected-value (stock and flow / Markov) model

extension WorkforcePlan {
    /// Projects expected headcount per role and year under a scenario.
    ///
    /// Each year, for every cohort: retirements first (stated intention, else the age-band hazard), then
    /// leavers among those who did not retire, then internal moves among those still in post; ages roll
    /// up (1/width of each band a year). Hires then fill each role to the scenario's demand (if the scenario
    /// hires) and enter with the plan's hire age mix. A second pass with no hiring gives the supply the gap
    /// is measured against.
    /// - Parameter scenarioName: the scenario; nil for the preferred one.
    public func project(scenario scenarioName: String? = nil) throws -> Projection {
        guard let scenario = scenario(named: scenarioName) else {
            throw ProjectionError.unknownScenario(scenarioName ?? "(preferred)", available: scenarios.map(\.name))
        }
        let withHires = runExpected(scenario: scenario, hire: scenario.hireToDemand)
        let withoutHires = runExpected(scenario: scenario, hire: false)
        var projections: [RoleProjection] = []
        var expansion = 0.0
        var replacement = 0.0
        var movesIn = 0.0
        var hires = 0.0
        for (index, role) in roles.enumerated() {
            var years = withHires[index]
            for t in years.indices {
                years[t].supplyWithoutHiring = withoutHires[index][t].end
                years[t].gap = years[t].demand - years[t].supplyWithoutHiring
            }
            expansion += max(0, (years.last?.demand ?? Double(role.headcount)) - Double(role.headcount))
            replacement += years.reduce(0) { $0 + $1.leavers + $1.retirements }
            movesIn += years.reduce(0) { $0 + $1.movesIn }
            hires += years.reduce(0) { $0 + $1.hires }
            projections.append(
                RoleProjection(
                    role: role.id, title: role.title, baseline: role.headcount, leaverRate: leaverRate(for: role, scenario: scenario),
                    years: years))
        }
        return Projection(
            scenario: scenario.name, baselineDate: baselineDate, horizonYears: horizonYears, roles: projections,
            expansionDemand: expansion, replacementDemand: replacement, internalMovesIn: movesIn,
            recruitmentNeed: expansion + replacement - movesIn, hires: hires, assumptions: assumptions(for: scenario))
    }

    /// The assumptions a projection rests on, one sentence each.
    func assumptions(for scenario: Scenario) -> [String] {
        let described = (scenario.assumptions ?? "no description").trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        var lines = ["Scenario \(scenario.name) (\(scenario.kind.rawValue)): \(described)."]
        lines.append(scenario.hireToDemand ? "Vacancies and leavers are filled each year up to demand." : "No hiring is assumed.")
        for role in roles { lines.append("\(role.title) leaver rate: \(leaverRate(for: role, scenario: scenario).explanation).") }
        let hazards = AgeBand.allCases.map { "\($0.rawValue) \(percent(rates.retirementHazard($0)))" }.joined(separator: ", ")
        lines.append("Retirement: stated intentions first, otherwise by age band (\(hazards)); unknown age \(percent(rates.unknownAgeRetirementHazard)).")
        for move in transitions {
            lines.append("Internal move \(move.from) → \(move.to): \(percent(move.annualProbability)) a year from year \(move.earliestYear ?? 1).")
        }
        return lines
    }

    /// One pass of the expected-value model; returns per role the year rows (gap fields left at 0).
    private func runExpected(scenario: Scenario, hire: Bool) -> [[RoleYear]] {
        let rates = roles.map { leaverRate(for: $0, scenario: scenario).value }
        var cohorts: [Cohort: Double] = [:]
        for (cohort, mass) in baselineCohorts() { cohorts[cohort, default: 0] += mass }
        var rows = Array(repeating: [RoleYear](), count: roles.count)
        for year in 1...max(1, horizonYears) {
            var start = Array(repeating: 0.0, count: roles.count)
            var retired = start, left = start, movedOut = start, movedIn = start
            var next: [Cohort: Double] = [:]
            for (cohort, mass) in cohorts where mass > 0 {
                start[cohort.role] += mass
                let retire = mass * cohort.retirementProbability(year: year, rates: self.rates)
                let leave = (mass - retire) * cohort.leavingProbability(year: year, roleRate: rates[cohort.role])
                retired[cohort.role] += retire
                left[cohort.role] += leave
                var stay = mass - retire - leave
                var destinations: [(Cohort, Double)] = []
                for move in transitions where move.from == roles[cohort.role].id && year >= (move.earliestYear ?? 1) {
                    guard let target = roles.firstIndex(where: { $0.id == move.to }) else { continue }
                    let moved = (mass - retire - leave) * move.annualProbability
                    stay -= moved
                    movedOut[cohort.role] += moved
                    movedIn[target] += moved
                    var moving = cohort
                    moving.role = target
                    destinations.append((moving, moved))
                }
                destinations.append((cohort, stay))
                for (destination, amount) in destinations { rollAges(destination, amount, into: &next) }
            }
            for index in roles.indices {
                let role = roles[index]
                let demand = scenario.demand(role: role.id, baseline: baselineDemand(role), year: year)
                let supply = start[index] - retired[index] - left[index] - movedOut[index] + movedIn[index]
                let hires = hire ? max(0, demand - supply) : 0
                if hires > 0 {
                    for (band, share) in self.rates.hireAgeMix where share > 0 {
                        next[Cohort(role: index, ageBand: band), default: 0] += hires * share
                    }
                }
                rows[index].append(
                    RoleYear(
                        year: year, date: baselineDate.adding(years: year), demand: demand, start: start[index], retirements: retired[index],
                        leavers: left[index], movesOut: movedOut[index], movesIn: movedIn[index], supplyBeforeHires: supply, hires: hires,
                        end: supply + hires, supplyWithoutHiring: 0, gap: 0))
            }
            cohorts = next
        }
        return rows
    }

    /// Adds `amount` of a cohort to `next`, moving 1/width of it to the next age band.
    private func rollAges(_ cohort: Cohort, _ amount: Double, into next: inout [Cohort: Double]) {
        guard amount > 0 else { return }
        guard let band = cohort.ageBand, let older = band.next, band.widthYears > 0 else {
            next[cohort, default: 0] += amount
            return
        }
        let up = amount / Double(band.widthYears)
        var aged = cohort
        aged.ageBand = older
        next[cohort, default: 0] += amount - up
        next[aged, default: 0] += up
    }
}
