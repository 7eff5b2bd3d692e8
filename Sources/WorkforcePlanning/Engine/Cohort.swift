import Foundation

// MARK: - Cohorts: the unit both models move through the years

/// A group of people who share a role and every attribute that changes their chances; `mass` is a
/// number of people (fractional in the expected-value model, 1 in the simulation).
struct Cohort: Hashable, Sendable {
    /// Index of the role in the plan.
    var role: Int
    var ageBand: AgeBand?
    var retirementIntention: StatedIntention?
    var leavingIntention: StatedIntention?
    var leaveRisk: LeaveRisk?
    /// Index into the baseline roster (people in post today), nil for hires and anonymous pools.
    var rosterIndex: Int?

    /// Chance of retiring in plan year `year`, given still in post.
    func retirementProbability(year: Int, rates: RateAssumptions) -> Double {
        if let intention = retirementIntention, intention.years != nil { return intention.conditionalProbability(inYear: year) }
        return rates.retirementHazard(ageBand)
    }

    /// Chance of leaving (not retiring) in plan year `year`, given still in post and not retiring.
    func leavingProbability(year: Int, roleRate: Double) -> Double {
        if let intention = leavingIntention, let window = intention.years, window.contains(year) {
            return intention.conditionalProbability(inYear: year)
        }
        return min(1, roleRate * (leaveRisk?.multiplier ?? 1))
    }
}

extension WorkforcePlan {
    /// Today's people as cohorts: one per listed person, otherwise one per age band (the unbanded
    /// remainder has no band). Listed people carry their roster index.
    func baselineCohorts() -> [(Cohort, Double)] {
        var result: [(Cohort, Double)] = []
        var rosterIndex = 0
        for (index, role) in roles.enumerated() {
            if !role.people.isEmpty {
                for person in role.people {
                    let cohort = Cohort(
                        role: index, ageBand: person.ageBand, retirementIntention: person.retirementIntention,
                        leavingIntention: person.leavingIntention, leaveRisk: person.leaveRisk, rosterIndex: rosterIndex)
                    result.append((cohort, 1))
                    rosterIndex += 1
                }
                continue
            }
            var banded = 0
            for band in AgeBand.allCases {
                let count = role.ageBands[band] ?? 0
                guard count > 0 else { continue }
                result.append((Cohort(role: index, ageBand: band), Double(count)))
                banded += count
            }
            if role.headcount > banded { result.append((Cohort(role: index, ageBand: nil), Double(role.headcount - banded))) }
            rosterIndex += role.headcount
        }
        return result
    }

    /// Baseline demand for a role: people in post plus vacancies.
    func baselineDemand(_ role: Role) -> Double { Double(role.headcount + role.vacancies) }
}
