// MARK: - Term-at-a-time scoring with MaxScore-style pruning

extension MatchIndex {
    /// The body weight applied in this mode.
    var effectiveBodyWeight: Float { configuration.mode == .product ? Float(configuration.bodyWeight) : 1 }

    /// The `pool` best documents by base score (best form's score + body weight × body score).
    ///
    /// Terms are processed rarest first. Before a long postings list, if the remaining terms' upper
    /// bounds cannot lift an unseen document above the current `pool`-th score, scoring switches to
    /// updating only the documents that can still reach the pool, by binary search in the remaining
    /// postings. The result equals exhaustive scoring.
    func score(_ terms: [(id: Int32, weight: Float)], pool: Int) -> [Candidate] {
        let bodyWeight = effectiveBodyWeight
        let order = terms.sorted {
            let a = formPostings[Int($0.id)].count + bodyPostings[Int($0.id)].count
            let b = formPostings[Int($1.id)].count + bodyPostings[Int($1.id)].count
            return a < b || (a == b && $0.id < $1.id)
        }
        var remainingBound = [Float](repeating: 0, count: order.count + 1)
        var remainingLength = [Int](repeating: 0, count: order.count + 1)
        for i in stride(from: order.count - 1, through: 0, by: -1) {
            let t = Int(order[i].id)
            let bound = order[i].weight * (formPostings[t].maxWeight + bodyWeight * bodyPostings[t].maxWeight)
            remainingBound[i] = remainingBound[i + 1] + bound * 1.000_01
            remainingLength[i] = remainingLength[i + 1] + formPostings[t].count + bodyPostings[t].count
        }

        var next = 0
        var candidates: [Int32]?
        var attempts = 0
        while next < order.count {
            let t = Int(order[next].id)
            let length = formPostings[t].count + bodyPostings[t].count
            if attempts < 4, next > 0, length > 1024, scratch.touchedForms.count + scratch.touchedBodies.count < remainingLength[next] / 2 {
                attempts += 1
                combine()
                var top = TopK(capacity: pool)
                for slot in scratch.touchedDocs { top.offer(baseScore(slot), slot) }
                let threshold = top.threshold
                if threshold > remainingBound[next] {
                    candidates = scratch.touchedDocs.filter { baseScore($0) + remainingBound[next] >= threshold }
                }
                clearDocuments()
                if candidates != nil { break }
            }
            accumulate(term: t, weight: order[next].weight, bodyWeight: bodyWeight)
            next += 1
        }
        if let candidates {
            for i in next..<order.count {
                let t = Int(order[i].id)
                let q = order[i].weight
                for slot in candidates {
                    let body = bodyPostings[t].weight(of: slot)
                    if body > 0 {
                        if scratch.bodyAcc[Int(slot)] == 0 { scratch.touchedBodies.append(slot) }
                        scratch.bodyAcc[Int(slot)] += q * bodyWeight * body
                    }
                    let first = docFormStart[Int(slot)]
                    for form in first..<(first + docFormCount[Int(slot)]) {
                        let w = formPostings[t].weight(of: form)
                        guard w > 0 else { continue }
                        if scratch.formAcc[Int(form)] == 0 { scratch.touchedForms.append(form) }
                        scratch.formAcc[Int(form)] += q * w
                    }
                }
            }
        }
        combine()
        var top = TopK(capacity: pool)
        for slot in scratch.touchedDocs { top.offer(baseScore(slot), slot) }
        let result = top.sorted().map { entry in
            Candidate(slot: entry.slot, base: entry.score, form: scratch.docBestForm[Int(entry.slot)], score: entry.score)
        }
        clearAll()
        return result
    }

    @inline(__always)
    private func baseScore(_ slot: Int32) -> Float {
        scratch.docForm[Int(slot)] + scratch.bodyAcc[Int(slot)]
    }

    /// Adds one term's postings to the form and body accumulators.
    @inline(__always)
    private func accumulate(term t: Int, weight q: Float, bodyWeight: Float) {
        formPostings[t].ids.withUnsafeBufferPointer { ids in
            formPostings[t].weights.withUnsafeBufferPointer { weights in
                scratch.formAcc.withUnsafeMutableBufferPointer { acc in
                    for i in 0..<ids.count {
                        let form = Int(ids[i])
                        if acc[form] == 0 { scratch.touchedForms.append(ids[i]) }
                        acc[form] += q * weights[i]
                    }
                }
            }
        }
        let qb = q * bodyWeight
        bodyPostings[t].ids.withUnsafeBufferPointer { ids in
            bodyPostings[t].weights.withUnsafeBufferPointer { weights in
                scratch.bodyAcc.withUnsafeMutableBufferPointer { acc in
                    for i in 0..<ids.count {
                        let slot = Int(ids[i])
                        if acc[slot] == 0 { scratch.touchedBodies.append(ids[i]) }
                        acc[slot] += qb * weights[i]
                    }
                }
            }
        }
    }

    /// Folds form scores into per-document best forms and lists the touched documents.
    private func combine() {
        for form in scratch.touchedForms {
            let slot = Int(formDoc[Int(form)])
            if !scratch.docSeen[slot] {
                scratch.docSeen[slot] = true
                scratch.touchedDocs.append(Int32(slot))
            }
            let value = scratch.formAcc[Int(form)]
            if value > scratch.docForm[slot] || (value == scratch.docForm[slot] && scratch.docBestForm[slot] < 0) {
                scratch.docForm[slot] = value
                scratch.docBestForm[slot] = form
            }
        }
        for slot in scratch.touchedBodies where !scratch.docSeen[Int(slot)] {
            scratch.docSeen[Int(slot)] = true
            scratch.touchedDocs.append(slot)
        }
    }

    private func clearDocuments() {
        for slot in scratch.touchedDocs {
            scratch.docSeen[Int(slot)] = false
            scratch.docForm[Int(slot)] = 0
            scratch.docBestForm[Int(slot)] = -1
        }
        scratch.touchedDocs.removeAll(keepingCapacity: true)
    }

    private func clearAll() {
        clearDocuments()
        for form in scratch.touchedForms { scratch.formAcc[Int(form)] = 0 }
        for slot in scratch.touchedBodies { scratch.bodyAcc[Int(slot)] = 0 }
        scratch.touchedForms.removeAll(keepingCapacity: true)
        scratch.touchedBodies.removeAll(keepingCapacity: true)
    }
}
