// MARK: - Exact-match phase, bonuses and explanations

extension IndexCore {
    /// Bonus that lifts a form spelled like the query above every other score.
    static let exactFormBonus: Float = 10
    /// Bonus for a form with the query's terms in another order or inflection.
    static let normalizedFormBonus: Float = 5

    /// Adds exact/normalised form matches to the candidates and applies the exact, phrase and
    /// coverage bonuses.
    mutating func rerank(_ candidates: inout [Candidate], query: String, parsed: ParsedQuery) {
        var exactForms: [Int32: Int32] = [:]
        if configuration.exactMatchFirst, parsed.corrections.isEmpty, parsed.unknownWords.isEmpty, !parsed.sequence.isEmpty,
            let forms = formsByKey[parsed.sequence.sorted()]
        {
            for form in forms {
                let slot = formDoc[Int(form)]
                if alive[Int(slot)] && exactForms[slot] == nil { exactForms[slot] = form }
            }
        }
        var queryWords: [String] = []
        if !exactForms.isEmpty {
            queryWords = TextAnalyzer(analysis: vocabulary.analysis).tokens(query).map(\.normalized)
            let present = Set(candidates.map(\.slot))
            for (slot, form) in exactForms where !present.contains(slot) {
                let base = formScore(form, parsed) + bodyScore(slot, parsed)
                candidates.append(Candidate(slot: slot, base: base, form: form, score: base))
            }
        }
        // Query word pairs, distinct (a short array: queries have few words, so no hashing).
        var bigrams: [UInt64] = []
        for i in parsed.sequence.indices.dropFirst() {
            let pair = UInt64(UInt32(bitPattern: parsed.sequence[i - 1])) << 32 | UInt64(UInt32(bitPattern: parsed.sequence[i]))
            if !bigrams.contains(pair) { bigrams.append(pair) }
        }
        var matched: [UInt64] = []
        let phraseBonus = Float(configuration.phraseBonus)
        let coverageBonus = Float(configuration.coverageBonus)
        for i in candidates.indices {
            let slot = candidates[i].slot
            var explanation = MatchExplanation()
            if let form = exactForms[slot] {
                candidates[i].form = form
                let formWords = TextAnalyzer(analysis: vocabulary.analysis).tokens(formText[Int(form)]).map(\.normalized)
                let kind: MatchExplanation.FormMatch = formWords == queryWords ? .exact : .normalized
                explanation.formMatch = kind
                explanation.exactBonus = Double(kind == .exact ? Self.exactFormBonus : Self.normalizedFormBonus)
            }
            let form = candidates[i].form
            if !bigrams.isEmpty, form >= 0, phraseBonus > 0 {
                matched.removeAll(keepingCapacity: true)
                let start = Int(formSeqStart[Int(form)])
                let end = Int(formSeqStart[Int(form) + 1])
                if end - start >= 2 {
                    for j in (start + 1)..<end {
                        let pair = UInt64(UInt32(bitPattern: formSeq[j - 1])) << 32 | UInt64(UInt32(bitPattern: formSeq[j]))
                        if bigrams.contains(pair) && !matched.contains(pair) { matched.append(pair) }
                    }
                }
                explanation.phraseBonus = Double(phraseBonus * Float(matched.count) / Float(bigrams.count))
            }
            if coverageBonus > 0, parsed.terms.count > 1 {
                explanation.coverageBonus = Double(coverageBonus * Float(matchedTermCount(slot, parsed)) / Float(parsed.terms.count))
            }
            candidates[i].explanation = explanation
            candidates[i].score = candidates[i].base + Float(explanation.exactBonus + explanation.phraseBonus + explanation.coverageBonus)
        }
    }

    /// How many of the query's (distinct) terms the document holds: a binary search per query term in
    /// its sorted distinct terms (`docTerms`).
    private func matchedTermCount(_ slot: Int32, _ parsed: ParsedQuery) -> Int {
        let lower = Int(docTermStart[Int(slot)])
        let upper = Int(docTermStart[Int(slot) + 1])
        return docTerms.withUnsafeBufferPointer { terms in
            parsed.terms.reduce(0) { count, term in
                var low = lower
                var high = upper
                while low < high {
                    let middle = (low + high) / 2
                    if terms[middle] < term.id { low = middle + 1 } else { high = middle }
                }
                return low < upper && terms[low] == term.id ? count + 1 : count
            }
        }
    }

    func formScore(_ form: Int32, _ parsed: ParsedQuery) -> Float {
        parsed.terms.reduce(0) { $0 + $1.weight * formPostings[Int($1.id)].weight(of: form) }
    }

    func bodyScore(_ slot: Int32, _ parsed: ParsedQuery) -> Float {
        effectiveBodyWeight * parsed.terms.reduce(0) { $0 + $1.weight * bodyPostings[Int($1.id)].weight(of: slot) }
    }

    /// Per-term contributions, the matched form and the field scores of a hit.
    func fillExplanation(_ explanation: inout MatchExplanation, candidate: Candidate, parsed: ParsedQuery) {
        let bodyWeight = effectiveBodyWeight
        let form = candidate.form
        let slot = candidate.slot
        if form >= 0 {
            explanation.matchedForm = formText[Int(form)]
            explanation.matchedFormIndex = Int(form - docFormStart[Int(slot)])
        }
        var contributions: [MatchExplanation.TermContribution] = []
        for (id, q) in parsed.terms {
            let viaForm = form >= 0 ? q * formPostings[Int(id)].weight(of: form) : 0
            let viaBody = q * bodyWeight * bodyPostings[Int(id)].weight(of: slot)
            guard viaForm > 0 || viaBody > 0 else { continue }
            contributions.append(.init(term: vocabulary.terms[Int(id)], queryWeight: Double(q), formContribution: Double(viaForm), bodyContribution: Double(viaBody)))
        }
        contributions.sort { $0.contribution > $1.contribution || ($0.contribution == $1.contribution && $0.term < $1.term) }
        explanation.terms = contributions
        explanation.formScore = contributions.reduce(0) { $0 + $1.formContribution }
        explanation.bodyScore = contributions.reduce(0) { $0 + $1.bodyContribution }
        explanation.corrections = parsed.corrections
    }
}
