import Domain
import Foundation

// MARK: - Publication rules

/// Statistical disclosure rules for provider-facing demand figures.
public struct SuppressionRules: Codable, Sendable, Equatable {
    /// At least this many employers behind any published figure.
    public var minEmployers: Int
    /// At least this many people behind any published figure (before rounding).
    public var minPeople: Double
    /// No single employer may contribute more than this share of a figure.
    public var maxEmployerShare: Double
    /// Published counts are rounded to a multiple of this.
    public var roundingBase: Int

    /// The rules in issue 7: ≥ 5 employers, ≥ 10 people, no employer over half, rounded to 5.
    public static let standard = SuppressionRules(minEmployers: 5, minPeople: 10, maxEmployerShare: 0.5, roundingBase: 5)

    /// Creates a set of rules.
    public init(minEmployers: Int, minPeople: Double, maxEmployerShare: Double, roundingBase: Int) {
        self.minEmployers = minEmployers
        self.minPeople = minPeople
        self.maxEmployerShare = maxEmployerShare
        self.roundingBase = roundingBase
    }
}

// MARK: - Published output

/// One published demand figure. Carries no employer keys and no exact employer count.
public struct DemandCell: Codable, Sendable, Equatable {
    /// A district slug, or `"worcestershire"` once coarsened to the county.
    public var geography: String
    /// SOC 2020 code at `occupationDigits` digits (4 = unit group … 1 = major group).
    public var occupation: String
    /// How many digits of SOC the figure is at.
    public var occupationDigits: Int
    /// The skill, for skill signals.
    public var skill: String?
    /// The signal.
    public var signal: DemandSignal
    /// When.
    public var horizon: HorizonBand
    /// People, rounded to the rounding base.
    public var people: Int
    /// Employers behind the figure as a band ("5-9", "10-19", "20+").
    public var employersBand: String
    /// True when the figure counts only demand not already published in a finer cell.
    public var remainder: Bool
}

/// The published table plus how much was held back.
public struct DemandTable: Codable, Sendable, Equatable {
    /// Published figures.
    public var cells: [DemandCell]
    /// Groups that could not be published even at the coarsest level.
    public var suppressedGroups: Int
    /// The rules applied.
    public var rules: SuppressionRules
    /// County-wide figures by IfATE route, signal and horizon, under the same rules.
    public var byRoute: [RouteDemandCell]
    /// Route groups held back (by the rules, or because publishing them would expose suppressed demand).
    public var suppressedRouteGroups: Int

    /// Creates a table.
    public init(cells: [DemandCell], suppressedGroups: Int, rules: SuppressionRules, byRoute: [RouteDemandCell] = [], suppressedRouteGroups: Int = 0) {
        self.cells = cells
        self.suppressedGroups = suppressedGroups
        self.rules = rules
        self.byRoute = byRoute
        self.suppressedRouteGroups = suppressedRouteGroups
    }
}

// MARK: - Aggregation

/// Aggregates employers' demand records into figures safe to show providers.
public enum DemandAggregator {
    /// A published cell together with the records behind it (kept internal so tests can check the rules).
    struct TracedCell {
        var cell: DemandCell
        var records: [DemandRecord]
    }

    /// Coarsening levels tried in order: district and full SOC first, then county with SOC 4 → 3 → 2 → 1 digits.
    static let levels: [(county: Bool, digits: Int)] = [(false, 4), (true, 4), (true, 3), (true, 2), (true, 1)]

    /// Aggregates records into publishable cells.
    ///
    /// Records are grouped by (geography, occupation, skill, signal, horizon). A group is published only when
    /// it has enough employers, enough people and no dominant employer; records in groups that fail move to
    /// the next coarser level, and whatever still fails at the coarsest level is suppressed. Every record
    /// feeds at most one published cell, so no figure can be recovered by subtracting others.
    public static func aggregate(_ records: [DemandRecord], rules: SuppressionRules = .standard) -> DemandTable {
        let (cells, suppressed) = aggregateTraced(records, rules: rules)
        let (byRoute, suppressedRoutes) = routeFigures(records, published: cells, rules: rules)
        return DemandTable(cells: cells.map(\.cell), suppressedGroups: suppressed, rules: rules, byRoute: byRoute, suppressedRouteGroups: suppressedRoutes)
    }

    static func aggregateTraced(_ records: [DemandRecord], rules: SuppressionRules) -> ([TracedCell], Int) {
        var remaining = records.filter { $0.people > 0 }
        var published: [TracedCell] = []
        var suppressed = 0
        for (depth, level) in levels.enumerated() {
            var groups: [String: [DemandRecord]] = [:]
            var order: [String] = []
            for record in remaining {
                let key = groupKey(record, county: level.county, digits: level.digits)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(record)
            }
            var carried: [DemandRecord] = []
            for key in order {
                let members = groups[key]!
                if isPublishable(members, rules: rules) {
                    let first = members[0]
                    let total = members.reduce(0) { $0 + $1.people }
                    let cell = DemandCell(
                        geography: level.county ? "worcestershire" : first.district.rawValue, occupation: String(first.occupation.prefix(level.digits)),
                        occupationDigits: level.digits, skill: first.skill, signal: first.signal, horizon: first.horizon,
                        people: round(total, base: rules.roundingBase), employersBand: employersBand(Set(members.map(\.employer)).count),
                        remainder: depth > 0)
                    published.append(TracedCell(cell: cell, records: members))
                } else if depth == levels.count - 1 {
                    suppressed += 1
                } else {
                    carried.append(contentsOf: members)
                }
            }
            remaining = carried
        }
        published.sort {
            ($0.cell.signal, $0.cell.occupation, $0.cell.geography, $0.cell.horizon, $0.cell.skill ?? "")
                < ($1.cell.signal, $1.cell.occupation, $1.cell.geography, $1.cell.horizon, $1.cell.skill ?? "")
        }
        return (published, suppressed)
    }

    /// Whether a group of records may be published under the rules.
    static func isPublishable(_ records: [DemandRecord], rules: SuppressionRules) -> Bool {
        var byEmployer: [String: Double] = [:]
        for record in records { byEmployer[record.employer, default: 0] += record.people }
        let total = byEmployer.values.reduce(0, +)
        guard byEmployer.count >= rules.minEmployers, total >= rules.minPeople, total > 0 else { return false }
        return (byEmployer.values.max() ?? 0) <= rules.maxEmployerShare * total
    }

    private static func groupKey(_ record: DemandRecord, county: Bool, digits: Int) -> String {
        [county ? "county" : record.district.rawValue, String(record.occupation.prefix(digits)), record.skill ?? "-", record.signal.rawValue, record.horizon.rawValue]
            .joined(separator: "|")
    }

    /// Rounds to the nearest multiple of `base` (halves up).
    static func round(_ value: Double, base: Int) -> Int {
        guard base > 1 else { return Int(value.rounded(.toNearestOrAwayFromZero)) }
        return Int((value / Double(base)).rounded(.toNearestOrAwayFromZero)) * base
    }

    static func employersBand(_ count: Int) -> String {
        switch count {
        case ..<10: "5-9"
        case 10..<20: "10-19"
        default: "20+"
        }
    }
}
