public import Domain

// MARK: - Occupational map tree

/// A route of the 2026 occupational maps with its pathways and clusters.
public struct RouteNode: Codable, Sendable, Hashable {
    /// The route's id in the occupational maps (1–15).
    public var id: Int
    /// The stable slug (`Route.rawValue`), e.g. `digital`.
    public var slug: String
    /// The 2026 name, e.g. "Education and early years".
    public var name: String
    public var pathways: [PathwayNode]

    /// The Domain route this node describes.
    public var route: Route? { Route(rawValue: slug) }

    public init(id: Int, slug: String, name: String, pathways: [PathwayNode]) {
        self.id = id
        self.slug = slug
        self.name = name
        self.pathways = pathways
    }
}

/// A pathway of a route with its clusters (occupation groups).
public struct PathwayNode: Codable, Sendable, Hashable {
    /// The pathway's id in the occupational maps.
    public var id: Int
    public var name: String
    public var clusters: [String]

    public init(id: Int, name: String, clusters: [String]) {
        self.id = id
        self.name = name
        self.clusters = clusters
    }
}
