// MARK: - Extraction results

/// How a skill was found in a text.
public enum ExtractionMethod: String, Codable, Sendable {
    /// A vocabulary form appears word for word.
    case exact
    /// A vocabulary form appears after stemming ("welded joints" for "welding").
    case stemmed
    /// The matching engine ranked the skill first for a sentence that shares most of its words.
    case engine
    /// The text names a job ("nursery nurse", "HGV driver") that the job-title table says implies the skill.
    case jobTitle
}

/// A skill a text mentions.
public struct ExtractedSkill: Codable, Sendable, Hashable {
    public var skillID: String
    public var label: String
    public var kind: SkillKind
    /// Character offsets (grapheme clusters) of the mention: `start..<end`.
    public var start: Int
    public var end: Int
    /// The text of the mention.
    public var text: String
    /// The vocabulary form that matched.
    public var alias: String
    public var method: ExtractionMethod
    /// 0…1.
    public var confidence: Double
    /// Why the skill was reported, in words.
    public var reason: String
    /// True when the text says the skill is not held ("no experience of welding").
    public var negated: Bool
}

/// What `SkillsTaxonomy.extract(_:)` found.
public struct ExtractionResult: Codable, Sendable, Hashable {
    public enum Outcome: String, Codable, Sendable {
        case skillsFound
        /// No vocabulary skill is mentioned (or every mention is negated).
        case noSkillFound
    }

    public var outcome: Outcome
    /// Skills the text says are held, in text order.
    public var skills: [ExtractedSkill]
    /// Skills mentioned as not held.
    public var negated: [ExtractedSkill]
    /// When the text was longer than the limit, the length it was cut to (characters).
    public var truncatedAt: Int?

    /// The held skills' ids, each once.
    public var skillIDs: [String] {
        var seen: Set<String> = []
        return skills.map(\.skillID).filter { seen.insert($0).inserted }
    }
}
