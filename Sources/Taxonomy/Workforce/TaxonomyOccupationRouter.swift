public import Domain

// MARK: - Occupations to IfATE routes

/// Finds the IfATE route of a role's occupation from the taxonomy: the route of its apprenticeship
/// standard, or, with no standard, the one route every standard linked to its SOC unit group sits in.
/// A unit group whose standards span several routes gets no route rather than a guess.
public struct TaxonomyOccupationRouter: OccupationRouting {
    let taxonomy: SkillsTaxonomy
    /// SOC unit group → the routes of the standards linked to it.
    let routesBySOC: [String: Set<Route>]

    public init(taxonomy: SkillsTaxonomy) {
        self.taxonomy = taxonomy
        var table: [String: Set<Route>] = [:]
        for standard in taxonomy.data.standards {
            guard let route = Route(rawValue: standard.route) else { continue }
            for link in standard.soc { table[link.code, default: []].insert(route) }
        }
        routesBySOC = table
    }

    public func route(soc2020Unit: String, standardReference: String?) -> Route? {
        if let reference = standardReference, let standard = taxonomy.standard(reference: reference) {
            return Route(rawValue: standard.route)
        }
        guard let routes = routesBySOC[soc2020Unit], routes.count == 1 else { return nil }
        return routes.first
    }
}
