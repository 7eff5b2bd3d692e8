import Foundation

// MARK: - Term statistics and weights

extension IndexCore {
    /// The term-frequency factor of the configured weighting (TF-IDF only; BM25 has its own).
    @inline(__always)
    func tfWeight(_ tf: Float) -> Float {
        configuration.sublinearTF ? 1 + logf(tf) : tf
    }

    /// Recomputes idf, vector norms and posting weights after documents were added or removed.
    /// Costs one pass over the postings; no text is re-analysed.
    mutating func refresh() {
        if !termsToCompact.isEmpty {
            for term in termsToCompact {
                let alive = alive
                let formDoc = formDoc
                formPostings[Int(term)].compact { alive[Int(formDoc[Int($0)])] }
                bodyPostings[Int(term)].compact { alive[Int($0)] }
            }
            termsToCompact.removeAll()
        }
        let n = Float(liveCount)
        for t in 0..<df.count {
            let d = Float(df[t])
            switch configuration.weighting {
            case .tfidf: idf[t] = logf((1 + n) / (1 + d)) + 1
            case .bm25: idf[t] = logf(1 + (n - d + 0.5) / (d + 0.5))
            }
        }
        switch configuration.weighting {
        case .tfidf: refreshCosine()
        case .bm25(let k1, let b): refreshBM25(k1: Float(k1), b: Float(b))
        }
        if scratch.forms < formDoc.count || scratch.documents < ids.count {
            scratch = SearchScratch(forms: formDoc.count + formDoc.count / 4 + 16, documents: ids.count + ids.count / 4 + 16)
        }
        needsRefresh = false
    }

    private mutating func refreshCosine() {
        // sklearn computes in float64; accumulate norms in Double to stay within 1e-7 of it.
        for form in 0..<formDoc.count where alive[Int(formDoc[form])] {
            var sum = 0.0
            for i in Int(formBagStart[form])..<Int(formBagStart[form + 1]) {
                let w = Double(tfWeight(formBagTF[i])) * Double(idf[Int(formBagTerm[i])])
                sum += w * w
            }
            formNorm[form] = sum > 0 ? Float(sum.squareRoot()) : 1
        }
        for slot in 0..<ids.count where alive[slot] {
            var sum = 0.0
            for i in Int(bodyBagStart[slot])..<Int(bodyBagStart[slot + 1]) {
                let w = Double(tfWeight(bodyBagTF[i])) * Double(idf[Int(bodyBagTerm[i])])
                sum += w * w
            }
            bodyNorm[slot] = sum > 0 ? Float(sum.squareRoot()) : 1
        }
        let sublinear = configuration.sublinearTF
        let formNorm = formNorm
        let bodyNorm = bodyNorm
        for t in 0..<df.count {
            let termIDF = idf[t]
            Self.setWeights(&formPostings[t]) { id, tf in (sublinear ? 1 + logf(tf) : tf) * termIDF / formNorm[Int(id)] }
            Self.setWeights(&bodyPostings[t]) { id, tf in (sublinear ? 1 + logf(tf) : tf) * termIDF / bodyNorm[Int(id)] }
        }
    }

    private mutating func refreshBM25(k1: Float, b: Float) {
        var formLengths: Float = 0
        var liveForms: Float = 0
        var bodyLengths: Float = 0
        for form in 0..<formDoc.count where alive[Int(formDoc[form])] {
            formNorm[form] = Float(formSeqStart[form + 1] - formSeqStart[form])
            formLengths += formNorm[form]
            liveForms += 1
        }
        for slot in 0..<ids.count where alive[slot] { bodyLengths += bodyLength[slot] }
        let averageForm = max(formLengths / max(liveForms, 1), 1)
        let averageBody = max(bodyLengths / max(Float(liveCount), 1), 1)
        let formLength = formNorm
        let bodyLength = bodyLength
        for t in 0..<df.count {
            let termIDF = idf[t]
            Self.setWeights(&formPostings[t]) { id, tf in
                termIDF * tf * (k1 + 1) / (tf + k1 * (1 - b + b * formLength[Int(id)] / averageForm))
            }
            Self.setWeights(&bodyPostings[t]) { id, tf in
                termIDF * tf * (k1 + 1) / (tf + k1 * (1 - b + b * bodyLength[Int(id)] / averageBody))
            }
        }
    }

    private static func setWeights(_ postings: inout Postings, _ weight: (Int32, Float) -> Float) {
        if postings.weights.count != postings.ids.count {
            postings.weights = [Float](repeating: 0, count: postings.ids.count)
        }
        var maxWeight: Float = 0
        for i in 0..<postings.ids.count {
            let w = weight(postings.ids[i], postings.tf[i])
            postings.weights[i] = w
            maxWeight = max(maxWeight, w)
        }
        postings.maxWeight = maxWeight
    }
}
