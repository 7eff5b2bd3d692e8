import Foundation

// MARK: - Scenarios

/// A demand scenario: how many people each role will need in each plan year.
public struct Scenario: Codable, Sendable, Equatable {
    /// The kind of scenario.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case contraction, steady, growth, custom
    }

    /// A unique name, e.g. `"growth"`.
    public var name: String
    /// The kind.
    public var kind: Kind
    /// Whether this is the employer's preferred scenario.
    public var isPreferred: Bool
    /// Annual change for growth (+) or contraction (−) as a fraction of baseline demand per year:
    /// multiplier(t) = max(0, 1 + annualChange·t).
    public var annualChange: Double
    /// Custom multipliers by plan year (index 0 = year 1); overrides `annualChange` where present.
    public var multipliers: [Double]?
    /// Required headcount per role and plan year (index 0 = year 1), overriding the multiplier —
    /// e.g. a new role from year 2, or `0` for a role that goes.
    public var roleDemand: [String: [Double]]?
    /// Leaver-rate overrides by role for this scenario only (baseline untouched).
    public var leaverRateOverrides: [String: Double]?
    /// Whether to hire to demand each year (true) or show supply with no hiring at all.
    public var hireToDemand: Bool
    /// What the scenario assumes, in words.
    public var assumptions: String?

    /// Creates a scenario.
    public init(
        name: String, kind: Kind, isPreferred: Bool = false, annualChange: Double = 0, multipliers: [Double]? = nil,
        roleDemand: [String: [Double]]? = nil, leaverRateOverrides: [String: Double]? = nil, hireToDemand: Bool = true,
        assumptions: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.isPreferred = isPreferred
        self.annualChange = annualChange
        self.multipliers = multipliers
        self.roleDemand = roleDemand
        self.leaverRateOverrides = leaverRateOverrides
        self.hireToDemand = hireToDemand
        self.assumptions = assumptions
    }

    /// Contraction (−5% a year), steady (preferred) and growth (+10% a year).
    public static func standardSet() -> [Scenario] {
        [
            Scenario(name: "contraction", kind: .contraction, annualChange: -0.05, assumptions: "Demand falls 5% of today's a year."),
            Scenario(name: "steady", kind: .steady, isPreferred: true, assumptions: "Demand stays as today."),
            Scenario(name: "growth", kind: .growth, annualChange: 0.10, assumptions: "Demand grows 10% of today's a year."),
        ]
    }

    /// The demand multiplier for plan year `year` (1-based).
    public func multiplier(inYear year: Int) -> Double {
        if let multipliers, year - 1 < multipliers.count, year >= 1 { return max(0, multipliers[year - 1]) }
        if kind == .steady { return 1 }
        return max(0, 1 + annualChange * Double(year))
    }

    /// Required headcount for a role in plan year `year` given its baseline (headcount + vacancies).
    public func demand(role: String, baseline: Double, year: Int) -> Double {
        if let line = roleDemand?[role], year - 1 < line.count, year >= 1 { return max(0, line[year - 1]) }
        return baseline * multiplier(inYear: year)
    }
}
