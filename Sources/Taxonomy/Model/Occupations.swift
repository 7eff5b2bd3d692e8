import Matching
// MARK: - IfATE occupational standards

/// One K, S or B statement (or duty) of a standard, numbered as the standard numbers it.
public struct Statement: Codable, Sendable, Hashable {
    /// `K1`, `S3`, `B2`, `D4`.
    public var code: String
    public var text: String

    public init(code: String, text: String) {
        self.code = code
        self.text = text
    }
}

/// An approved IfATE (Skills England) occupational standard with its K/S/B statements.
public struct OccupationalStandard: Codable, Sendable, Hashable {
    /// The standard's reference, e.g. `ST0116`.
    public var reference: String
    public var larsCode: Int?
    public var title: String
    public var level: Int
    /// The route's slug (`Route.rawValue`).
    public var route: String
    /// The pathway name as the 2026 maps spell it, when the standard's pathway maps onto one.
    public var pathway: String?
    /// The cluster name as the 2026 maps spell it, when it maps onto one.
    public var cluster: String?
    public var typicalJobTitles: [String]
    public var overview: String
    public var duties: [Statement]
    public var knowledge: [Statement]
    public var skills: [Statement]
    public var behaviours: [Statement]
    /// Ids of the vocabulary skills its K/S/B statements and duties express.
    public var skillIDs: [String]
    /// How strongly the standard evidences each of `skillIDs` (same order), 0…1: 1 when several
    /// skill statements or duties name it, lower when it appears in knowledge or once. `nil` in
    /// resources built without weights.
    public var skillWeights: [Double]? = nil
    /// SOC 2020 unit groups its typical job titles resolve to in the coding index.
    public var soc: [SOCLink]
    /// Where its skills come from when not from K/S/B statements: `retired-2023-overview` for a
    /// thin standard (`StandardBasis`), whose skills are inferred from a retired version's overview,
    /// keywords and job titles. `nil` for a standard with statements.
    public var basis: String? = nil
    /// The standard's search keywords; stored for thin standards only.
    public var keywords: [String]? = nil

    /// Every K, S and B statement in order.
    public var statements: [Statement] { knowledge + skills + behaviours }

    /// The evidence weight of the skill at `offset` in `skillIDs`, 1 when none was stored.
    public func skillWeight(at offset: Int) -> Double {
        guard let weights = skillWeights, weights.indices.contains(offset) else { return 1 }
        return weights[offset]
    }
}

/// A link from a standard to a SOC 2020 unit group.
public struct SOCLink: Codable, Sendable, Hashable {
    /// The 4-digit unit group code.
    public var code: String
    /// The job title that resolved to the unit group.
    public var via: String
    /// How the link was made: `derived` (typical job title resolved unambiguously in the coding index).
    public var source: String

    public init(code: String, via: String, source: String = "derived") {
        self.code = code
        self.via = via
        self.source = source
    }
}

// MARK: - SOC 2020

/// A SOC 2020 unit group (4 digits) with its Volume 1 description and Volume 2 coding-index titles.
public struct SOCUnitGroup: Codable, Sendable, Hashable {
    public var code: String
    public var title: String
    public var description: String
    public var tasks: [String]
    public var relatedJobTitles: [String]
    /// Every coding-index title (natural word order) coded to this unit group.
    public var aliases: [String]
    /// The coding-index titles (natural word order, as in `aliases`) the index gives this unit group with no
    /// qualifier: where a title is coded to several groups by the industry or work it is done in ("Sales adviser":
    /// vehicles, banking, insurance…), this is the group for the title as said with no such word, here sales and
    /// retail assistants. `nil` in resources built without them.
    public var plainTitles: [String]? = nil
    /// Ids of the vocabulary skills its Volume 1 tasks name, in task order, found by the skill
    /// extractor's phrase matching when the taxonomy is built (`TaxonomyBuilder.addTaskSkills`):
    /// the skills someone doing this job most likely has even when they do not say so. `nil` in
    /// resources built without them.
    public var taskSkillIDs: [String]? = nil
}
