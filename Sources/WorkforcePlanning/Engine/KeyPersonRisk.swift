import Foundation

// MARK: - Key-person risk

/// How well a skill is covered across the business.
public struct SkillCoverage: Codable, Sendable, Equatable {
    /// Coverage status.
    public enum Status: String, Codable, Sendable {
        /// Nobody holds it at the needed level.
        case uncovered
        /// Exactly one person holds it: a single point of failure.
        case singlePerson = "single_person"
        /// Two or more people hold it.
        case covered
    }

    /// Skill id.
    public var skill: String
    /// Skill label.
    public var label: String
    /// Highest importance any role gives it.
    public var importance: SkillImportance
    /// Level needed (the highest any role requires today).
    public var level: Int
    /// Status.
    public var status: Status
    /// Pseudonymous labels of the people who hold it at the needed level.
    public var holders: [String]
    /// Roster indices of the holders.
    public var holderIndices: [Int]
    /// Chance, from the plan's rates, that every holder has left or retired by the horizon (independent
    /// people, no internal moves) — 1 when nobody holds it.
    public var probabilityAllHoldersLost: Double
}

/// Resilience of the business's skills: presented per skill, never as a ranking of people.
public struct KeyPersonRisk: Codable, Sendable, Equatable {
    /// Every required skill.
    public var skills: [SkillCoverage]
    /// The smallest number of people whose loss leaves some critical skill uncovered (0 when one is already
    /// uncovered, nil when the plan marks no skill critical).
    public var busFactor: Int?
    /// The critical skills that the smallest loss would uncover.
    public var weakestSkills: [String]
    /// The people in that smallest set, for the first weakest skill (cross-train others in it).
    public var smallestLossSet: [String]

    /// Critical skills held by one person only.
    public var singlePointsOfFailure: [SkillCoverage] { skills.filter { $0.importance == .critical && $0.status == .singlePerson } }
}

extension WorkforcePlan {
    /// Who holds each required skill at the level needed, single points of failure, and the smallest
    /// set of people whose loss leaves a critical skill uncovered.
    ///
    /// The smallest such set is exactly the holder set of the critical skill with fewest holders: losing
    /// fewer people than that leaves every critical skill with at least one holder.
    public func keyPersonRisk() -> KeyPersonRisk {
        let entries = roster()
        let survival = survivalProbabilities()
        var order: [String] = []
        var needs: [String: (label: String, importance: SkillImportance, level: Int)] = [:]
        for role in roles {
            for requirement in role.skills {
                let importance = requirement.importance
                if let known = needs[requirement.skill] {
                    needs[requirement.skill] = (known.label, max(known.importance, importance), max(known.level, requirement.required))
                } else {
                    order.append(requirement.skill)
                    needs[requirement.skill] = (requirement.label, importance, requirement.required)
                }
            }
        }
        let skills = order.map { skill -> SkillCoverage in
            let need = needs[skill]!
            let holders = entries.filter { ($0.levels[skill] ?? 0) >= need.level && need.level > 0 }
            let status: SkillCoverage.Status = holders.isEmpty ? .uncovered : holders.count == 1 ? .singlePerson : .covered
            let allLost = holders.reduce(1.0) { $0 * (1 - survival[$1.index]) }
            return SkillCoverage(
                skill: skill, label: need.label, importance: need.importance, level: need.level, status: status, holders: holders.map(\.label),
                holderIndices: holders.map(\.index), probabilityAllHoldersLost: allLost)
        }
        let critical = skills.filter { $0.importance == .critical && $0.level > 0 }
        let bus = critical.map(\.holders.count).min()
        let weakest = critical.filter { $0.holders.count == bus }
        return KeyPersonRisk(skills: skills, busFactor: bus, weakestSkills: weakest.map(\.skill), smallestLossSet: weakest.first?.holders ?? [])
    }

    /// For each roster entry, the chance of still being in the business at the horizon under the preferred
    /// scenario's rates (retirement and leaving, no moves).
    func survivalProbabilities() -> [Double] {
        let scenario = scenario(named: nil)
        let rates = roles.map { leaverRate(for: $0, scenario: scenario).value }
        return simulationRoster().sorted { ($0.rosterIndex ?? 0) < ($1.rosterIndex ?? 0) }.map { person in
            var alive = 1.0
            for year in 1...max(1, horizonYears) {
                let retire = person.retirementProbability(year: year, rates: self.rates)
                let leave = person.leavingProbability(year: year, roleRate: rates[person.role])
                alive *= (1 - retire) * (1 - leave)
            }
            return alive
        }
    }
}
