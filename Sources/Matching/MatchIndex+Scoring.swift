// MARK: - Term-at-a-time scoring with MaxScore-style pruning

extension IndexCore {
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
        let s = scratch
        var state = ScoringState(scratch: s)

        var next = 0
        var candidates: [Int32]?
        var attempts = 0
        while next < order.count {
            let t = Int(order[next].id)
            let length = formPostings[t].count + bodyPostings[t].count
            if attempts < 3, next > 0, length > 512, state.touchedForms + state.touchedBodies < remainingLength[next] / 2 {
                attempts += 1
                combine(&state)
                var top = TopK(capacity: pool)
                for i in 0..<state.touchedDocs {
                    let slot = s.touchedDocs[i]
                    top.offer(s.docForm[Int(slot)] + s.bodyAcc[Int(slot)], slot)
                }
                let threshold = top.threshold
                if threshold > remainingBound[next] {
                    var kept: [Int32] = []
                    for i in 0..<state.touchedDocs {
                        let slot = s.touchedDocs[i]
                        if s.docForm[Int(slot)] + s.bodyAcc[Int(slot)] + remainingBound[next] >= threshold { kept.append(slot) }
                    }
                    candidates = kept
                }
                clearDocuments(&state)
                if candidates != nil { break }
            }
            accumulate(formPostings[t], bodyPostings[t], weight: order[next].weight, bodyWeight: bodyWeight, &state)
            next += 1
        }
        if let candidates {
            for i in next..<order.count {
                let t = Int(order[i].id)
                let q = order[i].weight
                for slot in candidates {
                    let body = bodyPostings[t].weight(of: slot)
                    if body > 0 {
                        if s.bodyAcc[Int(slot)] == 0 { state.touchBody(slot) }
                        s.bodyAcc[Int(slot)] += q * bodyWeight * body
                    }
                    let first = docFormStart[Int(slot)]
                    for form in first..<(first + docFormCount[Int(slot)]) {
                        let w = formPostings[t].weight(of: form)
                        guard w > 0 else { continue }
                        if s.formAcc[Int(form)] == 0 { state.touchForm(form) }
                        s.formAcc[Int(form)] += q * w
                    }
                }
            }
        }
        combine(&state)
        var top = TopK(capacity: pool)
        for i in 0..<state.touchedDocs {
            let slot = s.touchedDocs[i]
            top.offer(s.docForm[Int(slot)] + s.bodyAcc[Int(slot)], slot)
        }
        let result = top.sorted().map { entry in
            Candidate(slot: entry.slot, base: entry.score, form: s.docBestForm[Int(entry.slot)], score: entry.score)
        }
        clearDocuments(&state)
        for i in 0..<state.touchedForms { s.formAcc[Int(s.touchedForms[i])] = 0 }
        for i in 0..<state.touchedBodies { s.bodyAcc[Int(s.touchedBodies[i])] = 0 }
        return result
    }

    /// Adds one term's postings to the form and body accumulators.
    @inline(__always)
    private func accumulate(_ forms: Postings, _ bodies: Postings, weight q: Float, bodyWeight: Float, _ state: inout ScoringState) {
        let acc = state.scratch.formAcc
        let touched = state.scratch.touchedForms
        var count = state.touchedForms
        forms.ids.withUnsafeBufferPointer { ids in
            forms.weights.withUnsafeBufferPointer { weights in
                for i in 0..<ids.count {
                    let form = Int(ids[i])
                    if acc[form] == 0 {
                        touched[count] = ids[i]
                        count += 1
                    }
                    acc[form] += q * weights[i]
                }
            }
        }
        state.touchedForms = count
        let bodyAcc = state.scratch.bodyAcc
        let touchedBodies = state.scratch.touchedBodies
        var bodyCount = state.touchedBodies
        let qb = q * bodyWeight
        bodies.ids.withUnsafeBufferPointer { ids in
            bodies.weights.withUnsafeBufferPointer { weights in
                for i in 0..<ids.count {
                    let slot = Int(ids[i])
                    if bodyAcc[slot] == 0 {
                        touchedBodies[bodyCount] = ids[i]
                        bodyCount += 1
                    }
                    bodyAcc[slot] += qb * weights[i]
                }
            }
        }
        state.touchedBodies = bodyCount
    }

    /// Folds form scores into per-document best forms and lists the touched documents.
    private func combine(_ state: inout ScoringState) {
        let s = state.scratch
        formDoc.withUnsafeBufferPointer { formDoc in
            for i in 0..<state.touchedForms {
                let form = s.touchedForms[i]
                let slot = Int(formDoc[Int(form)])
                if !s.docSeen[slot] {
                    s.docSeen[slot] = true
                    state.touchDocument(Int32(slot))
                }
                let value = s.formAcc[Int(form)]
                if value > s.docForm[slot] || (value == s.docForm[slot] && s.docBestForm[slot] < 0) {
                    s.docForm[slot] = value
                    s.docBestForm[slot] = form
                }
            }
        }
        for i in 0..<state.touchedBodies {
            let slot = s.touchedBodies[i]
            if !s.docSeen[Int(slot)] {
                s.docSeen[Int(slot)] = true
                state.touchDocument(slot)
            }
        }
    }

    private func clearDocuments(_ state: inout ScoringState) {
        let s = state.scratch
        for i in 0..<state.touchedDocs {
            let slot = Int(s.touchedDocs[i])
            s.docSeen[slot] = false
            s.docForm[slot] = 0
            s.docBestForm[slot] = -1
        }
        state.touchedDocs = 0
    }
}

/// Counts of the touched lists during one scoring pass.
struct ScoringState {
    let scratch: SearchScratch
    var touchedForms = 0
    var touchedBodies = 0
    var touchedDocs = 0

    init(scratch: SearchScratch) { self.scratch = scratch }

    @inline(__always) mutating func touchForm(_ form: Int32) {
        scratch.touchedForms[touchedForms] = form
        touchedForms += 1
    }

    @inline(__always) mutating func touchBody(_ slot: Int32) {
        scratch.touchedBodies[touchedBodies] = slot
        touchedBodies += 1
    }

    @inline(__always) mutating func touchDocument(_ slot: Int32) {
        scratch.touchedDocs[touchedDocs] = slot
        touchedDocs += 1
    }
}
