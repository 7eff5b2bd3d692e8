import Foundation

// MARK: - Simulated ranges

/// P10 / P50 / P90 of a count across simulation runs, in whole people.
public struct Range3: Codable, Sendable, Equatable {
    /// 10th percentile.
    public var p10: Int
    /// Median.
    public var p50: Int
    /// 90th percentile.
    public var p90: Int

    /// Nearest-rank percentiles of a list of counts.
    init(_ values: [Int]) {
        let sorted = values.sorted()
        func rank(_ p: Double) -> Int {
            guard !sorted.isEmpty else { return 0 }
            let index = Int((p * Double(sorted.count)).rounded(.up)) - 1
            return sorted[min(sorted.count - 1, max(0, index))]
        }
        p10 = rank(0.1)
        p50 = rank(0.5)
        p90 = rank(0.9)
    }
}

/// Simulated figures for one role and plan year.
public struct SimulatedRoleYear: Codable, Sendable, Equatable {
    /// Plan year, 1-based.
    public var year: Int
    /// Hires needed from the start of the plan up to the end of this year.
    public var cumulativeHires: Range3
    /// People in post at the end of the year.
    public var headcount: Range3
    /// Chance that at least one of today's people in the role has left or retired by the end of the year.
    public var probabilityLosingSomeone: Double
}

/// Simulated figures for one role.
public struct SimulatedRole: Codable, Sendable, Equatable {
    /// Role id.
    public var role: String
    /// One entry a plan year.
    public var years: [SimulatedRoleYear]
}

/// The chance a critical skill is left with nobody who holds it, if leavers are not replaced by trained people.
public struct SkillExposure: Codable, Sendable, Equatable {
    /// The skill id.
    public var skill: String
    /// The skill label.
    public var label: String
    /// How many people hold it at the needed level today.
    public var holders: Int
    /// Probability, by plan year (index 0 = year 1), that all of today's holders have left or retired.
    public var probabilityUncovered: [Double]
}

/// The result of a person-level Monte Carlo simulation.
public struct Simulation: Codable, Sendable, Equatable {
    /// The scenario.
    public var scenario: String
    /// The seed used.
    public var seed: UInt64
    /// Number of runs.
    public var runs: Int
    /// Per role.
    public var roles: [SimulatedRole]
    /// Hires needed over the whole horizon, all roles.
    public var totalHires: Range3
    /// Critical skills and the chance of losing every holder.
    public var criticalSkills: [SkillExposure]
}

// MARK: - Person-level simulation

extension WorkforcePlan {
    /// Simulates the plan person by person: each year each person may retire, else leave, else move role;
    /// ages roll up with probability 1/width; roles are then filled to the scenario's demand rounded to
    /// whole people. The same plan, scenario, seed and run count always give the same result.
    /// - Parameters:
    ///   - scenarioName: the scenario; nil for the preferred one.
    ///   - runs: number of runs (1,000–5,000 is plenty).
    ///   - seed: the seed; nil uses the plan's own.
    public func simulate(scenario scenarioName: String? = nil, runs: Int = 2000, seed: UInt64? = nil) throws -> Simulation {
        guard let scenario = scenario(named: scenarioName) else {
            throw ProjectionError.unknownScenario(scenarioName ?? "(preferred)", available: scenarios.map(\.name))
        }
        let seed = seed ?? self.seed
        var generator = SplitMix64(seed: seed)
        let years = max(1, horizonYears)
        let rates = roles.map { leaverRate(for: $0, scenario: scenario).value }
        let baseline = simulationRoster()
        let exposures = keyPersonRisk().skills.filter { $0.importance == .critical }
        var hires = Array(repeating: Array(repeating: [Int](), count: years), count: roles.count)
        var headcounts = hires
        var lost = Array(repeating: Array(repeating: 0, count: years), count: roles.count)
        var uncovered = Array(repeating: Array(repeating: 0, count: years), count: exposures.count)
        var totals: [Int] = []
        let runs = max(1, runs)
        for _ in 0..<runs {
            var staff = baseline
            var departed = Set<Int>()
            var hired = Array(repeating: 0, count: roles.count)
            for year in 1...years {
                var next: [Cohort] = []
                for person in staff {
                    let draw = generator.nextUnit()
                    let retire = person.retirementProbability(year: year, rates: self.rates)
                    let leave = person.leavingProbability(year: year, roleRate: rates[person.role])
                    if draw < retire || generator.nextUnit() < leave {
                        if let index = person.rosterIndex { departed.insert(index) }
                        continue
                    }
                    var moved = person
                    let moveDraw = generator.nextUnit()
                    var cumulative = 0.0
                    for move in transitions where move.from == roles[person.role].id && year >= (move.earliestYear ?? 1) {
                        cumulative += move.annualProbability
                        if moveDraw < cumulative, let target = roles.firstIndex(where: { $0.id == move.to }) {
                            moved.role = target
                            break
                        }
                    }
                    if let band = moved.ageBand, let older = band.next, band.widthYears > 0,
                        generator.nextUnit() < 1 / Double(band.widthYears)
                    {
                        moved.ageBand = older
                    }
                    next.append(moved)
                }
                var counts = Array(repeating: 0, count: roles.count)
                for person in next { counts[person.role] += 1 }
                for index in roles.indices {
                    let demand = scenario.demand(role: roles[index].id, baseline: baselineDemand(roles[index]), year: year)
                    let target = Int(demand.rounded(.toNearestOrAwayFromZero))
                    let need = scenario.hireToDemand ? max(0, target - counts[index]) : 0
                    for _ in 0..<need { next.append(Cohort(role: index, ageBand: drawHireBand(&generator))) }
                    hired[index] += need
                    hires[index][year - 1].append(hired[index])
                    headcounts[index][year - 1].append(counts[index] + need)
                    if baseline.contains(where: { $0.role == index && $0.rosterIndex.map(departed.contains) == true }) {
                        lost[index][year - 1] += 1
                    }
                }
                for (skillIndex, exposure) in exposures.enumerated() where exposure.holderIndices.allSatisfy(departed.contains) {
                    uncovered[skillIndex][year - 1] += 1
                }
                staff = next
            }
            totals.append(hired.reduce(0, +))
        }
        let simulatedRoles = roles.indices.map { index in
            SimulatedRole(
                role: roles[index].id,
                years: (0..<years).map { t in
                    SimulatedRoleYear(
                        year: t + 1, cumulativeHires: Range3(hires[index][t]), headcount: Range3(headcounts[index][t]),
                        probabilityLosingSomeone: Double(lost[index][t]) / Double(runs))
                })
        }
        let skills = exposures.enumerated().map { index, exposure in
            SkillExposure(
                skill: exposure.skill, label: exposure.label, holders: exposure.holderIndices.count,
                probabilityUncovered: uncovered[index].map { Double($0) / Double(runs) })
        }
        return Simulation(
            scenario: scenario.name, seed: seed, runs: runs, roles: simulatedRoles, totalHires: Range3(totals), criticalSkills: skills)
    }

    /// Today's people one by one, each with a roster index; anonymous pools are split into individuals.
    func simulationRoster() -> [Cohort] {
        var roster: [Cohort] = []
        var nextIndex = Array(repeating: 0, count: roles.count)
        var start = 0
        for index in roles.indices {
            nextIndex[index] = start
            start += roles[index].people.isEmpty ? roles[index].headcount : roles[index].people.count
        }
        for (cohort, mass) in baselineCohorts() {
            if cohort.rosterIndex != nil {
                roster.append(cohort)
                continue
            }
            for _ in 0..<Int(mass.rounded()) {
                var person = cohort
                person.rosterIndex = nextIndex[cohort.role]
                nextIndex[cohort.role] += 1
                roster.append(person)
            }
        }
        return roster
    }

    private func drawHireBand(_ generator: inout SplitMix64) -> AgeBand? {
        let draw = generator.nextUnit()
        var cumulative = 0.0
        let mix = AgeBand.allCases.compactMap { band in rates.hireAgeMix[band].map { (band, $0) } }
        for (band, share) in mix {
            cumulative += share
            if draw < cumulative { return band }
        }
        return mix.last?.0
    }
}
