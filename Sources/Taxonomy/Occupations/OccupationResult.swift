// MARK: - Occupation matching results

/// The occupation schemes the taxonomy matches against.
public enum OccupationScheme: String, Codable, Sendable, CaseIterable {
    /// IfATE (Skills England) occupational standards.
    case ifate
    /// ONS SOC 2020 unit groups.
    case soc2020
}

/// One ranked occupation.
public struct OccupationResult: Codable, Sendable, Hashable {
    /// `ifate:ST0116` or `soc2020:2136`.
    public var id: String
    public var scheme: OccupationScheme
    /// The standard's reference (`ST0116`) or the 4-digit SOC code.
    public var code: String
    public var title: String
    /// The route slug (for SOC: the route of the standards linked to it, when any).
    public var route: String?
    /// The standard's level (none for SOC unit groups).
    public var level: Int?
    public var score: Double
    /// Why it was ranked here, in words.
    public var why: String

    /// True when a title query has the same words as one of the occupation's titles or job titles
    /// (not a result the query only resembles).
    public var equalsJobTitle: Bool {
        why.hasPrefix("title match: the query equals") || why.hasPrefix("title match: the query has the same words as")
    }
}

/// The answer to an occupation match: the JSON of `skillway occupations match --json` and of
/// `GET /occupations`.
public struct OccupationMatches: Codable, Sendable, Hashable {
    public var query: String
    public var results: [OccupationResult]
}
