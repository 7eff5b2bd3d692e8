// MARK: - Criteria

/// One criterion of a framework version: what the employer is asked, how the answer is scored, and
/// when it applies.
public struct Criterion: Sendable, Codable, Hashable {
    /// Stable id across versions, e.g. `HW.PAY.01`.
    public var id: String
    /// The criterion as the employer reads it.
    public var text: String
    /// What counts, with examples.
    public var guidance: String
    /// What evidence to attach.
    public var evidenceHint: String
    public var kind: CriterionKind
    /// Weight inside its pillar (default 1).
    public var weight: Double
    /// True when the criterion gates a tier.
    public var mandatory: Bool
    /// The tier (code) from which a mandatory criterion must be met.
    public var tier: String?
    /// Who the criterion applies to, by headcount.
    public var applies: SizeBand
    /// A mandatory criterion is only mandatory from this headcount (it still scores below it).
    public var mandatoryFromHeadcount: Int?
    /// Whether "we will by …" may be answered.
    public var allowCommitment: Bool
    /// The furthest a commitment date may be from the assessment date.
    public var maxCommitmentMonths: Int
    /// Whether the employer may answer "not applicable" with a reason.
    public var allowNotApplicable: Bool
    /// From this date the criterion is a legal minimum: it moves to the entry gate and cannot be committed.
    public var statutoryFloorFrom: CharterDate?
    /// The criterion that takes over once this one becomes a legal minimum.
    public var stretchCriterionId: String?
    /// The criterion only applies from this date (a stretch version waiting for its legal floor).
    public var applicableFrom: CharterDate?
    /// The criterion in an earlier version this one replaces.
    public var replacesCriterionId: String?
    public var dims: [Dimension]
    /// Keywords for finding courses that help meet the criterion.
    public var courseKeywords: [String]
    /// Suggested resources (organisations, guides) for the action plan.
    public var resources: [String]
    /// The suggested action when the criterion is not met.
    public var action: String

    /// True for criteria that measure outcomes (metrics).
    public var isOutcome: Bool {
        if case .metric = kind { return true }
        return false
    }

    enum CodingKeys: String, CodingKey {
        case id, text, guidance, evidenceHint, kind, config, weight, mandatory, tier, applies, mandatoryFromHeadcount
        case allowCommitment, maxCommitmentMonths, allowNotApplicable, statutoryFloorFrom, stretchCriterionId
        case applicableFrom, replacesCriterionId, dims, courseKeywords, resources, action
    }

    public init(
        id: String, text: String, guidance: String = "", evidenceHint: String = "", kind: CriterionKind, weight: Double = 1,
        mandatory: Bool = false, tier: String? = nil, applies: SizeBand = SizeBand(), mandatoryFromHeadcount: Int? = nil,
        allowCommitment: Bool = true, maxCommitmentMonths: Int = 12, allowNotApplicable: Bool = false,
        statutoryFloorFrom: CharterDate? = nil, stretchCriterionId: String? = nil, applicableFrom: CharterDate? = nil,
        replacesCriterionId: String? = nil, dims: [Dimension] = [], courseKeywords: [String] = [], resources: [String] = [],
        action: String = ""
    ) {
        self.id = id
        self.text = text
        self.guidance = guidance
        self.evidenceHint = evidenceHint
        self.kind = kind
        self.weight = weight
        self.mandatory = mandatory
        self.tier = tier
        self.applies = applies
        self.mandatoryFromHeadcount = mandatoryFromHeadcount
        self.allowCommitment = allowCommitment
        self.maxCommitmentMonths = maxCommitmentMonths
        self.allowNotApplicable = allowNotApplicable
        self.statutoryFloorFrom = statutoryFloorFrom
        self.stretchCriterionId = stretchCriterionId
        self.applicableFrom = applicableFrom
        self.replacesCriterionId = replacesCriterionId
        self.dims = dims
        self.courseKeywords = courseKeywords
        self.resources = resources
        self.action = action
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        text = try c.decode(String.self, forKey: .text)
        guidance = try c.decode(String.self, forKey: .guidance)
        evidenceHint = try c.decode(String.self, forKey: .evidenceHint)
        let kindName = try c.decode(CriterionKind.Name.self, forKey: .kind)
        switch kindName {
        case .yesNo: kind = .yesNo
        case .scale: kind = .scale(try c.decode(ScaleConfig.self, forKey: .config))
        case .numeric: kind = .numeric(try c.decode(NumericConfig.self, forKey: .config))
        case .multiSelect: kind = .multiSelect(try c.decode(MultiSelectConfig.self, forKey: .config))
        case .evidenceOnly:
            kind = .evidenceOnly(try c.decodeIfPresent(EvidenceConfig.self, forKey: .config) ?? EvidenceConfig(types: [], minItems: 1))
        case .metric: kind = .metric(try c.decode(MetricConfig.self, forKey: .config))
        }
        weight = try c.decodeIfPresent(Double.self, forKey: .weight) ?? 1
        mandatory = try c.decodeIfPresent(Bool.self, forKey: .mandatory) ?? false
        tier = try c.decodeIfPresent(String.self, forKey: .tier)
        applies = try c.decodeIfPresent(SizeBand.self, forKey: .applies) ?? SizeBand()
        mandatoryFromHeadcount = try c.decodeIfPresent(Int.self, forKey: .mandatoryFromHeadcount)
        allowCommitment = try c.decodeIfPresent(Bool.self, forKey: .allowCommitment) ?? true
        maxCommitmentMonths = try c.decodeIfPresent(Int.self, forKey: .maxCommitmentMonths) ?? 12
        allowNotApplicable = try c.decodeIfPresent(Bool.self, forKey: .allowNotApplicable) ?? false
        statutoryFloorFrom = try c.decodeIfPresent(CharterDate.self, forKey: .statutoryFloorFrom)
        stretchCriterionId = try c.decodeIfPresent(String.self, forKey: .stretchCriterionId)
        applicableFrom = try c.decodeIfPresent(CharterDate.self, forKey: .applicableFrom)
        replacesCriterionId = try c.decodeIfPresent(String.self, forKey: .replacesCriterionId)
        dims = try c.decodeIfPresent([Dimension].self, forKey: .dims) ?? []
        courseKeywords = try c.decodeIfPresent([String].self, forKey: .courseKeywords) ?? []
        resources = try c.decodeIfPresent([String].self, forKey: .resources) ?? []
        action = try c.decodeIfPresent(String.self, forKey: .action) ?? ""
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encode(guidance, forKey: .guidance)
        try c.encode(evidenceHint, forKey: .evidenceHint)
        try c.encode(kind.name, forKey: .kind)
        switch kind {
        case .yesNo: break
        case .scale(let config): try c.encode(config, forKey: .config)
        case .numeric(let config): try c.encode(config, forKey: .config)
        case .multiSelect(let config): try c.encode(config, forKey: .config)
        case .evidenceOnly(let config): try c.encode(config, forKey: .config)
        case .metric(let config): try c.encode(config, forKey: .config)
        }
        try c.encode(weight, forKey: .weight)
        try c.encode(mandatory, forKey: .mandatory)
        try c.encodeIfPresent(tier, forKey: .tier)
        try c.encode(applies, forKey: .applies)
        try c.encodeIfPresent(mandatoryFromHeadcount, forKey: .mandatoryFromHeadcount)
        try c.encode(allowCommitment, forKey: .allowCommitment)
        try c.encode(maxCommitmentMonths, forKey: .maxCommitmentMonths)
        try c.encode(allowNotApplicable, forKey: .allowNotApplicable)
        try c.encodeIfPresent(statutoryFloorFrom, forKey: .statutoryFloorFrom)
        try c.encodeIfPresent(stretchCriterionId, forKey: .stretchCriterionId)
        try c.encodeIfPresent(applicableFrom, forKey: .applicableFrom)
        try c.encodeIfPresent(replacesCriterionId, forKey: .replacesCriterionId)
        try c.encode(dims, forKey: .dims)
        try c.encode(courseKeywords, forKey: .courseKeywords)
        try c.encode(resources, forKey: .resources)
        try c.encode(action, forKey: .action)
    }
}

// MARK: - Size bands

/// The headcounts a criterion applies to (both ends inclusive; nil means unbounded).
public struct SizeBand: Sendable, Codable, Hashable {
    public var minHeadcount: Int?
    public var maxHeadcount: Int?

    public init(minHeadcount: Int? = nil, maxHeadcount: Int? = nil) {
        self.minHeadcount = minHeadcount
        self.maxHeadcount = maxHeadcount
    }

    /// True when an employer of this headcount is in the band.
    public func contains(_ headcount: Int) -> Bool {
        (minHeadcount.map { headcount >= $0 } ?? true) && (maxHeadcount.map { headcount <= $0 } ?? true)
    }

    /// "all employers", "50+ staff", "up to 49 staff" or "10–49 staff".
    public var label: String {
        switch (minHeadcount, maxHeadcount) {
        case (nil, nil): "all employers"
        case (let min?, nil): "\(min)+ staff"
        case (nil, let max?): "up to \(max) staff"
        case (let min?, let max?): "\(min)–\(max) staff"
        }
    }
}

/// The proportionality bands the charter reports headcount in.
public enum HeadcountBand: String, Sendable, Codable, Hashable {
    case micro, small, medium, large

    public init(headcount: Int) {
        switch headcount {
        case ..<10: self = .micro
        case 10..<50: self = .small
        case 50..<250: self = .medium
        default: self = .large
        }
    }

    public var label: String {
        switch self {
        case .micro: "micro (under 10 staff)"
        case .small: "small (10–49 staff)"
        case .medium: "medium (50–249 staff)"
        case .large: "large (250+ staff)"
        }
    }
}
