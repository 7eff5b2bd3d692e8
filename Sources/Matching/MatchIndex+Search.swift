import Foundation

// MARK: - Search

extension IndexCore {
    /// A query reduced to weighted terms.
    struct ParsedQuery {
        /// Known term ids in query order (stop words dropped).
        var sequence: [Int32] = []
        /// Distinct terms with their query weights.
        var terms: [(id: Int32, weight: Float)] = []
        /// Normalised words that are not in the vocabulary (and are not stop words).
        var unknownWords: [String] = []
        /// Typo corrections applied, word → term.
        var corrections: [String: String] = [:]
    }

    /// A candidate after scoring.
    struct Candidate {
        var slot: Int32
        var base: Float
        var form: Int32
        var score: Float
        var explanation = MatchExplanation()
    }

    /// The best `top` documents for `query`, with explanations when `explain` is set.
    mutating func search(_ query: String, top: Int, explain: Bool) -> [MatchHit] {
        if needsRefresh { refresh() }
        guard top > 0, liveCount > 0 else { return [] }
        var parsed = parse(query)
        if parsed.terms.isEmpty && configuration.typoFallback && !parsed.unknownWords.isEmpty {
            correctTypos(&parsed)
        }
        guard !parsed.terms.isEmpty else { return [] }
        let product = configuration.mode == .product
        let pool = product ? max(top, configuration.rerankDepth) : top
        var candidates = score(parsed.terms, pool: pool)
        if product { rerank(&candidates, query: query, parsed: parsed) }
        candidates.sort { $0.score > $1.score || ($0.score == $1.score && $0.slot < $1.slot) }
        if candidates.count > top { candidates.removeLast(candidates.count - top) }
        return candidates.map { candidate in
            var explanation = candidate.explanation
            if explain { fillExplanation(&explanation, candidate: candidate, parsed: parsed) }
            return MatchHit(id: ids[Int(candidate.slot)], score: Double(candidate.score), explanation: explanation)
        }
    }

    // MARK: Query analysis

    mutating func parse(_ query: String) -> ParsedQuery {
        var parsed = ParsedQuery()
        var text = query
        let analysis = vocabulary.analysis
        text.withUTF8 { bytes in
            scanTokens(bytes, style: analysis.style) { span in
                var id = vocabulary.termID(bytes, span, insert: false)
                if id >= 0 && df[Int(id)] == 0 { id = Vocabulary.unknown }  // only in removed documents
                if id >= 0 {
                    parsed.sequence.append(id)
                } else if id == Vocabulary.unknown {
                    parsed.unknownWords.append(analysis.analyze(bytes, span).normalized)
                }
            }
        }
        parsed.terms = weigh(parsed.sequence.map { ($0, 1) })
        return parsed
    }

    /// Query weights for term occurrences (id, factor): tf × idf, L2-normalised, for TF-IDF; the
    /// summed factors for BM25.
    func weigh(_ occurrences: [(Int32, Float)]) -> [(id: Int32, weight: Float)] {
        var order: [Int32] = []
        var frequency: [Int32: Float] = [:]
        var factor: [Int32: Float] = [:]
        for (id, f) in occurrences {
            if frequency[id] == nil { order.append(id) }
            frequency[id, default: 0] += 1
            factor[id] = max(factor[id] ?? 0, f)
        }
        switch configuration.weighting {
        case .bm25:
            return order.map { ($0, frequency[$0]! * factor[$0]!) }
        case .tfidf:
            let raw = order.map { Double(tfWeight(frequency[$0]!)) * Double(idf[Int($0)]) * Double(factor[$0]!) }
            let norm = raw.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { return [] }
            return zip(order, raw).map { ($0, Float($1 / norm)) }
        }
    }

    /// Replaces unknown words by their nearest vocabulary terms (character trigrams).
    mutating func correctTypos(_ parsed: inout ParsedQuery) {
        let df = df
        if typoIndex == nil {
            typoIndex = TrigramIndex(terms: vocabulary.terms) { df[$0] > 0 }
        }
        guard let typoIndex else { return }
        var occurrences: [(Int32, Float)] = []
        for word in parsed.unknownWords {
            let stem = vocabulary.analysis.stemming ? Analysis.stemIfWord(word) : word
            let match = typoIndex.nearest(stem, minimum: configuration.typoMinimumSimilarity) { df[Int($0)] }
                ?? typoIndex.nearest(word, minimum: configuration.typoMinimumSimilarity) { df[Int($0)] }
            guard let match else { continue }
            occurrences.append((match.term, Float(match.similarity)))
            parsed.sequence.append(match.term)
            parsed.corrections[word] = vocabulary.terms[Int(match.term)]
        }
        parsed.terms = weigh(occurrences)
    }
}
