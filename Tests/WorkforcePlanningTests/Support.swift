import Domain
import Foundation
@testable import WorkforcePlanning

// MARK: - Building small plans for hand-computed cases

let baseline = PlanDate("2026-04-01")!

/// A plan with the given roles and one scenario; no retirement (by age band or unknown age) unless asked,
/// so hand-computed cases only involve the rates under test.
func makePlan(
    _ roles: [Role], scenario: Scenario = Scenario(name: "steady", kind: .steady, isPreferred: true), horizon: Int = 3,
    transitions: [Transition] = [], unknownAgeRetirement: Double = 0, benchmark: Double = 0.15,
    retirementHazards: [AgeBand: Double] = Dictionary(uniqueKeysWithValues: AgeBand.allCases.map { ($0, 0) })
) -> WorkforcePlan {
    WorkforcePlan(
        organisation: OrganisationProfile(name: "Test Ltd", sector: "C", sizeBand: .small, district: .worcester),
        baselineDate: baseline, horizonYears: horizon, version: PlanVersion(number: 1, savedOn: baseline), roles: roles,
        rates: RateAssumptions(benchmarkLeaverRate: benchmark, retirementHazards: retirementHazards, unknownAgeRetirementHazard: unknownAgeRetirement),
        transitions: transitions, scenarios: [scenario], seed: 42)
}

/// JSON for a plan, as a mutable tree.
func jsonTree(_ plan: WorkforcePlan) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: PlanLoader.encode(plan)) as! [String: Any]
}

/// Loads a JSON tree as a plan and returns the validation issues (empty when it loads).
func issues(_ tree: [String: Any]) throws -> [PlanIssue] {
    let data = try JSONSerialization.data(withJSONObject: tree)
    do {
        _ = try PlanLoader.load(data, file: "plan.json")
        return []
    } catch let error as PlanValidationError {
        return error.issues
    }
}

func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool { abs(a - b) <= tolerance }
