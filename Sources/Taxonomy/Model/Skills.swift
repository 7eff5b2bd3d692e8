// MARK: - Skills vocabulary

/// What sort of skill a vocabulary entry is.
public enum SkillKind: String, Codable, Sendable, CaseIterable {
    case technical
    case digital
    case netZero = "net-zero"
    /// Common, transferable skills.
    case common
    /// Employability behaviours.
    case behaviour
}

/// The skill groups of the Worcestershire LSIP (seed 004, Figure 9).
public enum LSIPSkillGroup: String, Codable, Sendable, CaseIterable {
    case digital
    case netZero = "net-zero"
    case manufacturingAgriTech = "manufacturing-agri-tech"
    case businessServices = "business-services"
    case healthAndSocialCare = "health-and-social-care"
    case construction
    case transferable

    /// The group's name as the LSIP writes it.
    public var name: String {
        switch self {
        case .digital: "Digital"
        case .netZero: "Net-Zero"
        case .manufacturingAgriTech: "Manufacturing & Agri-Tech"
        case .businessServices: "Business Services"
        case .healthAndSocialCare: "Health & Social Care"
        case .construction: "Construction"
        case .transferable: "Transferrable common skills"
        }
    }
}

/// One skill of the shared vocabulary.
public struct Skill: Codable, Sendable, Hashable {
    /// A stable slug made from the label, e.g. `cnc-programming`.
    public var id: String
    /// The concise label, e.g. "CNC programming".
    public var label: String
    public var kind: SkillKind
    public var group: LSIPSkillGroup?
    /// How employers word it ("chippy", "HGV").
    public var employerAliases: [String]
    /// How providers and standards word it ("site carpentry", "large goods vehicle driving").
    public var providerAliases: [String]
    /// Routes (slugs) of the standards whose K/S/B statements express it.
    public var routes: [String]
    /// Pathways (2026 names) of those standards.
    public var pathways: [String]
    /// References of the standards whose K/S/B statements express it.
    public var evidence: [String]
    /// The line of the vocabulary source it was written on.
    public var sourceLine: Int
    /// Phrases that use this skill's words in another sense ("custom made" for Customs and border,
    /// "in the event of" for Event management): text read as one of them is evidence for no skill.
    public var exclusions: [String] = []

    /// The label and every alias.
    public var forms: [String] { [label] + employerAliases + providerAliases }
}

// MARK: Coding (exclusions are optional and left out when empty)

extension Skill {
    private enum CodingKeys: String, CodingKey {
        case id, label, kind, group, employerAliases, providerAliases, routes, pathways, evidence, sourceLine, exclusions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        label = try container.decode(String.self, forKey: .label)
        kind = try container.decode(SkillKind.self, forKey: .kind)
        group = try container.decodeIfPresent(LSIPSkillGroup.self, forKey: .group)
        employerAliases = try container.decode([String].self, forKey: .employerAliases)
        providerAliases = try container.decode([String].self, forKey: .providerAliases)
        routes = try container.decode([String].self, forKey: .routes)
        pathways = try container.decode([String].self, forKey: .pathways)
        evidence = try container.decode([String].self, forKey: .evidence)
        sourceLine = try container.decode(Int.self, forKey: .sourceLine)
        exclusions = try container.decodeIfPresent([String].self, forKey: .exclusions) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(label, forKey: .label)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(group, forKey: .group)
        try container.encode(employerAliases, forKey: .employerAliases)
        try container.encode(providerAliases, forKey: .providerAliases)
        try container.encode(routes, forKey: .routes)
        try container.encode(pathways, forKey: .pathways)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(sourceLine, forKey: .sourceLine)
        if !exclusions.isEmpty { try container.encode(exclusions, forKey: .exclusions) }
    }
}

/// An everyday job-title wording, the occupational wording it stands for and the skills that
/// anyone doing that job has (a nursery nurse: childcare, early years education, child development).
public struct JobTitleSynonym: Codable, Sendable, Hashable {
    public var everyday: String
    public var occupational: String
    /// Ids of the skills the job implies, in the order the team wrote them (none for most titles).
    public var skills: [String]

    public init(everyday: String, occupational: String, skills: [String] = []) {
        self.everyday = everyday
        self.occupational = occupational
        self.skills = skills
    }

    private enum CodingKeys: String, CodingKey { case everyday, occupational, skills }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        everyday = try container.decode(String.self, forKey: .everyday)
        occupational = try container.decode(String.self, forKey: .occupational)
        skills = try container.decodeIfPresent([String].self, forKey: .skills) ?? []
    }

    /// Leaves `skills` out when there are none, so the resource stays compact.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(everyday, forKey: .everyday)
        try container.encode(occupational, forKey: .occupational)
        if !skills.isEmpty { try container.encode(skills, forKey: .skills) }
    }
}
