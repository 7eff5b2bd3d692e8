public import Domain

// MARK: - Published route figures

/// One published county-wide demand figure for an IfATE route. Carries no employer keys and no exact
/// employer count.
public struct RouteDemandCell: Codable, Sendable, Equatable {
    /// The route's slug, e.g. `engineering-and-manufacturing`.
    public var route: Route
    /// The route's name as the occupational maps spell it.
    public var routeName: String
    /// The signal. For upskill and new-skill signals the figure sums skill gaps over the route's skills,
    /// so one person short of two skills counts twice.
    public var signal: DemandSignal
    /// When.
    public var horizon: HorizonBand
    /// People (skill gaps for skill signals), rounded to the rounding base.
    public var people: Int
    /// Employers behind the figure as a band ("5-9", "10-19", "20+").
    public var employersBand: String
}

// MARK: - Aggregating by route

extension DemandAggregator {
    /// County-wide figures by (route, signal, horizon) from the records that carry a route.
    ///
    /// A route figure is published only when its records pass the same rules as any other figure. It is
    /// also held back when the part of it not already inside published occupation figures would fail the
    /// rules on its own, since subtracting those figures from it would otherwise reveal suppressed demand.
    /// - Returns: the published figures, sorted by route, signal and horizon, and how many groups were held back.
    static func routeFigures(_ records: [DemandRecord], published: [TracedCell], rules: SuppressionRules) -> ([RouteDemandCell], Int) {
        var inPublished: [DemandRecord: Int] = [:]
        for cell in published {
            for record in cell.records { inPublished[record, default: 0] += 1 }
        }
        var groups: [String: [DemandRecord]] = [:]
        var order: [String] = []
        for record in records where record.people > 0 && record.route != nil {
            let key = [record.route!.rawValue, record.signal.rawValue, record.horizon.rawValue].joined(separator: "|")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(record)
        }
        var cells: [RouteDemandCell] = []
        var suppressed = 0
        for key in order {
            let members = groups[key]!
            var unpublished: [DemandRecord] = []
            for record in members {
                if let count = inPublished[record], count > 0 {
                    inPublished[record] = count - 1
                } else {
                    unpublished.append(record)
                }
            }
            guard isPublishable(members, rules: rules), unpublished.isEmpty || isPublishable(unpublished, rules: rules) else {
                suppressed += 1
                continue
            }
            let first = members[0]
            cells.append(
                RouteDemandCell(
                    route: first.route!, routeName: first.route!.name, signal: first.signal, horizon: first.horizon,
                    people: round(members.reduce(0) { $0 + $1.people }, base: rules.roundingBase),
                    employersBand: employersBand(Set(members.map(\.employer)).count)))
        }
        cells.sort { ($0.route.number, $0.signal, $0.horizon) < ($1.route.number, $1.signal, $1.horizon) }
        return (cells, suppressed)
    }
}
