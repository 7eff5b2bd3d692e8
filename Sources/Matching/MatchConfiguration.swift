// MARK: - Configuration

/// How an index analyses and scores documents.
public struct MatchConfiguration: Sendable, Hashable {
    /// The two families of behaviour.
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        /// Stemming, stop words, per-form scoring, body weighting, exact-match phase and bonuses.
        case product
        /// scikit-learn `TfidfVectorizer()` defaults over the flattened document; cosine similarity.
        case sklearn
    }

    /// The term weighting.
    public enum Weighting: Sendable, Hashable {
        /// TF-IDF with smooth idf `ln((1+N)/(1+df)) + 1`, L2-normalised vectors, cosine similarity.
        case tfidf
        /// Okapi BM25 with the given parameters (idf `ln(1 + (N − df + 0.5)/(df + 0.5))`).
        case bm25(k1: Double, b: Double)
    }

    /// Product or scikit-learn-compatible behaviour.
    public var mode: Mode
    /// TF-IDF (default) or BM25.
    public var weighting: Weighting
    /// Use `1 + ln(tf)` instead of the raw term frequency (TF-IDF only).
    public var sublinearTF: Bool
    /// Weight of the body's cosine relative to the best title/alias form (product mode).
    public var bodyWeight: Double
    /// Rank documents with a form equal to the query (exactly, or after normalisation) first.
    public var exactMatchFirst: Bool
    /// Added in proportion to the query's adjacent term pairs found adjacent in the matched form.
    public var phraseBonus: Double
    /// Added in proportion to the share of distinct query terms the document contains.
    public var coverageBonus: Double
    /// When no query term is in the vocabulary, map each to its closest vocabulary terms by
    /// character-trigram similarity (typos, run-together words).
    public var typoFallback: Bool
    /// Minimum trigram (Dice) similarity for a typo correction.
    public var typoMinimumSimilarity: Double
    /// How many of the best-scoring candidates are re-scored with the phrase and coverage bonuses.
    public var rerankDepth: Int
    /// How many times one search may try MaxScore pruning (deferring low-bound terms to candidate
    /// look-ups). 0, the default, scores exhaustively: on the 100k benchmark corpus the threshold
    /// checks cost more than they saved (see BENCHMARKS.md). Results are identical either way.
    public var pruningAttempts: Int = 0

    /// Creates a configuration; start from ``product`` or ``sklearn`` and adjust.
    public init(
        mode: Mode, weighting: Weighting = .tfidf, sublinearTF: Bool, bodyWeight: Double, exactMatchFirst: Bool,
        phraseBonus: Double, coverageBonus: Double, typoFallback: Bool, typoMinimumSimilarity: Double = 0.5, rerankDepth: Int = 30
    ) {
        self.mode = mode
        self.weighting = weighting
        self.sublinearTF = sublinearTF
        self.bodyWeight = bodyWeight
        self.exactMatchFirst = exactMatchFirst
        self.phraseBonus = phraseBonus
        self.coverageBonus = coverageBonus
        self.typoFallback = typoFallback
        self.typoMinimumSimilarity = typoMinimumSimilarity
        self.rerankDepth = rerankDepth
    }

    /// The tuned product scoring: sublinear TF-IDF cosine on the best title/alias form plus
    /// 0.6 × the body cosine, exact/normalised form matches first, phrase and coverage bonuses and a
    /// character-trigram fallback for typos.
    public static let product = MatchConfiguration(
        mode: .product, sublinearTF: true, bodyWeight: 0.6, exactMatchFirst: true, phraseBonus: 0.1, coverageBonus: 0.1,
        typoFallback: true)

    /// scikit-learn `TfidfVectorizer()` defaults: raw tf, smooth idf, L2 norm, cosine over
    /// ``MatchDocument/flattened``.
    public static let sklearn = MatchConfiguration(
        mode: .sklearn, sublinearTF: false, bodyWeight: 1, exactMatchFirst: false, phraseBonus: 0, coverageBonus: 0, typoFallback: false)

    /// Product scoring with BM25 weights (for long, uneven bodies such as course descriptions).
    public static let productBM25: MatchConfiguration = {
        var configuration = MatchConfiguration.product
        configuration.weighting = .bm25(k1: 1.2, b: 0.75)
        return configuration
    }()

    var analysis: Analysis {
        switch mode {
        case .product: Analysis(style: .product, stemming: true, removeStopWords: true)
        case .sklearn: Analysis(style: .sklearn, stemming: false, removeStopWords: false)
        }
    }
}
