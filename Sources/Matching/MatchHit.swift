// MARK: - Hits and explanations

/// One search result.
public struct MatchHit: Sendable, Hashable {
    /// The document's id.
    public var id: String
    /// The score; higher is better. Comparable only within one search.
    public var score: Double
    /// Why the document scored what it did.
    public var explanation: MatchExplanation

    /// Creates a hit.
    public init(id: String, score: Double, explanation: MatchExplanation) {
        self.id = id
        self.score = score
        self.explanation = explanation
    }
}

/// The parts of a hit's score.
public struct MatchExplanation: Sendable, Hashable {
    /// How a form matched the whole query.
    public enum FormMatch: String, Sendable, Hashable {
        /// Same words as the query (case and accents aside).
        case exact
        /// Same terms after stemming, stop-word removal and reordering.
        case normalized
    }

    /// One query term's share of the score.
    public struct TermContribution: Sendable, Hashable {
        /// The index term (a stem in product mode).
        public var term: String
        /// The term's weight in the (normalised) query vector.
        public var queryWeight: Double
        /// Contribution through the matched title/alias form.
        public var formContribution: Double
        /// Contribution through the body, body weight included.
        public var bodyContribution: Double
        /// `formContribution + bodyContribution`.
        public var contribution: Double { formContribution + bodyContribution }

        /// Creates a contribution.
        public init(term: String, queryWeight: Double, formContribution: Double, bodyContribution: Double) {
            self.term = term
            self.queryWeight = queryWeight
            self.formContribution = formContribution
            self.bodyContribution = bodyContribution
        }
    }

    /// Matched query terms, largest contribution first.
    public var terms: [TermContribution] = []
    /// The title or alias whose form scored best (nil when only the body matched).
    public var matchedForm: String?
    /// 0 for the title, 1… for the aliases in document order; nil when no form matched.
    public var matchedFormIndex: Int?
    /// The best form's cosine.
    public var formScore: Double = 0
    /// The body's cosine times the body weight.
    public var bodyScore: Double = 0
    /// Whether a form equals the query.
    public var formMatch: FormMatch?
    /// Bonus that puts exact or normalised form matches first.
    public var exactBonus: Double = 0
    /// Bonus for query word pairs found together in the matched form.
    public var phraseBonus: Double = 0
    /// Bonus for the share of query terms the document contains.
    public var coverageBonus: Double = 0
    /// Query words replaced by similar vocabulary terms (typo fallback), as `word → term`.
    public var corrections: [String: String] = [:]

    /// Creates an empty explanation.
    public init() {}
}
