// MARK: - Framework versions

/// One version of a charter framework: pillars of criteria, the tiers an employer can reach and the
/// external accreditations that count toward criteria.
///
/// Frameworks are data (`Resources/charters/frameworks/*.json`), not code. A published version never
/// changes: assessments pin the id, version and content digest they were taken against.
public struct CharterFramework: Sendable, Codable, Hashable {
    /// Stable framework code, e.g. `hw-gec`.
    public var id: String
    /// Semantic version, e.g. `1.0.0`.
    public var version: String
    public var status: Status
    public var name: String
    public var owner: String
    public var summary: String
    public var url: String?
    /// The first day assessments may be taken against this version.
    public var effectiveFrom: CharterDate
    /// The last day, when the version has been retired.
    public var effectiveTo: CharterDate?
    /// The version this one replaces (`id@version`).
    public var supersedes: String?
    public var changeLog: [String]
    /// Pillars in display order; criteria sit inside them.
    public var pillars: [Pillar]
    /// Tiers from the entry tier upward; each tier includes the ones before it.
    public var tiers: [Tier]
    /// External accreditations that satisfy criteria while they are valid.
    public var equivalences: [Equivalence]

    /// Lifecycle of a framework version.
    public enum Status: String, Sendable, Codable, Hashable {
        case draft, published, retired
    }

    /// `id@version`, the key that pins a version.
    public var key: String { "\(id)@\(version)" }

    /// Every criterion with its pillar, in display order.
    public var criteria: [(pillar: Pillar, criterion: Criterion)] {
        pillars.flatMap { pillar in pillar.criteria.map { (pillar, $0) } }
    }

    /// The criterion with this id, or nil.
    public func criterion(_ id: String) -> Criterion? {
        for pillar in pillars { if let found = pillar.criteria.first(where: { $0.id == id }) { return found } }
        return nil
    }

    /// The tier with this code, or nil.
    public func tier(_ code: String) -> Tier? { tiers.first { $0.code == code } }

    /// The position of a tier (0 for the entry tier), or nil for an unknown code.
    public func tierRank(_ code: String) -> Int? { tiers.firstIndex { $0.code == code } }
}

// MARK: - Pillars

/// A pillar (characteristic) of a charter, holding its criteria.
public struct Pillar: Sendable, Codable, Hashable {
    /// Short stable code, e.g. `PAY`.
    public var code: String
    public var name: String
    public var summary: String
    /// Weight in the overall score (default 1).
    public var weight: Double
    /// Canonical job-quality dimensions the pillar covers.
    public var dims: [Dimension]
    public var criteria: [Criterion]

    enum CodingKeys: String, CodingKey { case code, name, summary, weight, dims, criteria }

    public init(code: String, name: String, summary: String, weight: Double = 1, dims: [Dimension], criteria: [Criterion]) {
        self.code = code
        self.name = name
        self.summary = summary
        self.weight = weight
        self.dims = dims
        self.criteria = criteria
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        name = try c.decode(String.self, forKey: .name)
        summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
        weight = try c.decodeIfPresent(Double.self, forKey: .weight) ?? 1
        dims = try c.decodeIfPresent([Dimension].self, forKey: .dims) ?? []
        criteria = try c.decode([Criterion].self, forKey: .criteria)
    }
}

/// The canonical job-quality dimensions every criterion is tagged with.
public enum Dimension: String, Sendable, Codable, Hashable, CaseIterable {
    case pay = "PAY"
    case security = "SECURITY"
    case flexibility = "FLEX_WLB"
    case voice = "VOICE"
    case inclusion = "INCLUSION"
    case development = "DEVELOPMENT"
    case management = "MANAGEMENT"
    case health = "HEALTH"
    case social = "SOCIAL"
}

// MARK: - Equivalences

/// An external accreditation that counts toward criteria while it is valid.
public struct Equivalence: Sendable, Codable, Hashable {
    /// Scheme code from the scheme list, e.g. `disability-confident`.
    public var scheme: String
    /// The lowest level of the scheme that counts (a level code of that scheme).
    public var minLevel: String
    /// Criteria the accreditation satisfies.
    public var criteria: [String]
    /// Why it counts, in the team's words.
    public var note: String
}
