// MARK: - Tiers

/// A tier of a framework and the rules that decide it. Tiers are cumulative: reaching one needs the
/// tier before it. Scores are advisory; only these rules award a tier.
public struct Tier: Sendable, Codable, Hashable {
    /// Stable code, e.g. `member`.
    public var code: String
    public var label: String
    public var summary: String
    /// How the tier is confirmed.
    public var validation: Validation
    /// How long an award lasts.
    public var validityMonths: Int
    /// How often the employer checks in while the award lasts.
    public var checkInMonths: Int
    /// Every rule must hold.
    public var rules: [TierRule]

    public enum Validation: String, Sendable, Codable, Hashable {
        case selfDeclared = "self"
        case sampled = "sample"
        case panel, external
    }
}

/// One condition of a tier, stored as data (`{"rule": "pillarScoreMin", "min": 0.6}`).
public enum TierRule: Sendable, Hashable, Codable {
    /// Every applicable criterion mandatory at this tier (or below) is met; commitments count only when allowed.
    case mandatoryMet(commitmentsCount: Bool)
    /// Every applicable criterion has an answer: met, committed, not met or not applicable (the baseline).
    case allAnswered
    /// Every pillar scores at least `min`.
    case pillarScoreMin(Double)
    /// At least `count` pillars score at least `min`.
    case pillarsAtLeast(count: Int, min: Double)
    /// The overall score is at least `min`.
    case overallScoreMin(Double)
    /// The employer has made a declaration (e.g. `signedCommitment`).
    case declaration(key: String, label: String)
    /// At least `count` measured outcomes meet their thresholds.
    case outcomesMet(Int)
    /// Every met mandatory criterion at this tier or below has evidence attached.
    case evidenceForMandatory

    enum CodingKeys: String, CodingKey { case rule, commitmentsCount, min, count, key, label }

    enum Name: String, Codable, CaseIterable {
        case mandatoryMet, allAnswered, pillarScoreMin, pillarsAtLeast, overallScoreMin, declaration, outcomesMet, evidenceForMandatory
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(Name.self, forKey: .rule) {
        case .mandatoryMet: self = .mandatoryMet(commitmentsCount: try c.decodeIfPresent(Bool.self, forKey: .commitmentsCount) ?? false)
        case .allAnswered: self = .allAnswered
        case .pillarScoreMin: self = .pillarScoreMin(try c.decode(Double.self, forKey: .min))
        case .pillarsAtLeast: self = .pillarsAtLeast(count: try c.decode(Int.self, forKey: .count), min: try c.decode(Double.self, forKey: .min))
        case .overallScoreMin: self = .overallScoreMin(try c.decode(Double.self, forKey: .min))
        case .declaration: self = .declaration(key: try c.decode(String.self, forKey: .key), label: try c.decode(String.self, forKey: .label))
        case .outcomesMet: self = .outcomesMet(try c.decode(Int.self, forKey: .count))
        case .evidenceForMandatory: self = .evidenceForMandatory
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .mandatoryMet(let commitments):
            try c.encode(Name.mandatoryMet, forKey: .rule)
            try c.encode(commitments, forKey: .commitmentsCount)
        case .allAnswered: try c.encode(Name.allAnswered, forKey: .rule)
        case .pillarScoreMin(let min):
            try c.encode(Name.pillarScoreMin, forKey: .rule)
            try c.encode(min, forKey: .min)
        case .pillarsAtLeast(let count, let min):
            try c.encode(Name.pillarsAtLeast, forKey: .rule)
            try c.encode(count, forKey: .count)
            try c.encode(min, forKey: .min)
        case .overallScoreMin(let min):
            try c.encode(Name.overallScoreMin, forKey: .rule)
            try c.encode(min, forKey: .min)
        case .declaration(let key, let label):
            try c.encode(Name.declaration, forKey: .rule)
            try c.encode(key, forKey: .key)
            try c.encode(label, forKey: .label)
        case .outcomesMet(let count):
            try c.encode(Name.outcomesMet, forKey: .rule)
            try c.encode(count, forKey: .count)
        case .evidenceForMandatory: try c.encode(Name.evidenceForMandatory, forKey: .rule)
        }
    }
}
