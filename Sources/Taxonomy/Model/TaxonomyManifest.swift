// MARK: - Manifest

/// What a built taxonomy contains and where it came from.
public struct TaxonomyManifest: Codable, Sendable, Hashable {
    /// A content hash of the built resources; changes whenever any of them changes.
    public var version: String
    /// Versions of the sources, e.g. `ifate-2023-01`, `maps-2026-07`, `soc2020-v12`.
    public var sources: [String]
    /// Record counts by kind (routes, pathways, clusters, standards, socUnitGroups, socAliases, skills…).
    public var counts: [String: Int]
    /// Attribution statements to show with the data.
    public var attribution: [String]
}
