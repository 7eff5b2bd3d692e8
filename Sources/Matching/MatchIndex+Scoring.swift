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
        // Postings lengths looked up first: a sort closure reading the index's arrays copied the whole index per search.
        let lengths: [Int] = terms.map { formPostings[Int($0.id)].count + bodyPostings[Int($0.id)].count }
        let byLength: [Int] = terms.indices.sorted { (a: Int, b: Int) -> Bool in
            lengths[a] < lengths[b] || (lengths[a] == lengths[b] && terms[a].id < terms[b].id)
        }
        let order: [(id: Int32, weight: Float)] = byLength.map { terms[$0] }
        var bound = [Float](repeating: 0, count: order.count)
        var length = [Int](repeating: 0, count: order.count)
        for i in stride(from: order.count - 1, through: 0, by: -1) {
            let t = Int(order[i].id)
            bound[i] = order[i].weight * (formPostings[t].maxWeight + bodyWeight * bodyPostings[t].maxWeight) * 1.000_01
            length[i] = formPostings[t].count + bodyPostings[t].count
        }
        let s = scratch
        var state = ScoringState(scratch: s)
        func process(_ i: Int) {
            let t = Int(order[i].id)
            accumulate(formPostings[t], bodyPostings[t], weight: order[i].weight, bodyWeight: bodyWeight, &state)
        }
        func threshold() -> Float {
            combine(&state)
            var top = TopK(capacity: pool)
            for i in 0..<state.touchedDocs {
                let slot = s.touchedDocs[i]
                top.offer(s.docForm[Int(slot)] + s.bodyAcc[Int(slot)], slot, form: -1)
            }
            return top.threshold
        }

        // MaxScore: terms whose bounds together stay below the current pool threshold cannot lift an
        // unseen document into the pool; they are deferred and later looked up for live candidates only.
        var deferred = [Bool](repeating: false, count: order.count)
        var deferredBound: Float = 0
        var attempts = 0
        let maxAttempts = configuration.pruningAttempts
        for next in 0..<order.count where !deferred[next] {
            if attempts < maxAttempts, next > 0, length[next] > 2048, state.touchedForms + state.touchedBodies >= pool {
                attempts += 1
                let theta = threshold()
                clearDocuments(&state)
                if theta.isFinite {
                    let remaining = (next..<order.count).filter { !deferred[$0] }
                        .sorted { (a: Int, b: Int) -> Bool in bound[a] < bound[b] || (bound[a] == bound[b] && a < b) }
                    for i in remaining {
                        guard deferredBound + bound[i] < theta else { break }
                        deferredBound += bound[i]
                        deferred[i] = true
                    }
                }
                if deferred[next] { continue }
            }
            process(next)
        }
        let late = (0..<order.count).filter { deferred[$0] }
        if !late.isEmpty {
            let theta = threshold()
            var candidates: [Int32] = []
            for i in 0..<state.touchedDocs {
                let slot = s.touchedDocs[i]
                if s.docForm[Int(slot)] + s.bodyAcc[Int(slot)] + deferredBound >= theta { candidates.append(slot) }
            }
            clearDocuments(&state)
            candidates.sort()
            let lateLength = late.reduce(0) { $0 + length[$1] }
            if candidates.count * late.count * 4 < lateLength {
                for i in late { lookUp(order[i], for: candidates, bodyWeight: bodyWeight, &state) }
            } else {
                for i in late { process(i) }
            }
        }
        return select(&state, pool: pool)
    }

    // MARK: Selection

    /// The `pool` best documents from the accumulators (best form + body), which it leaves zeroed.
    ///
    /// Each touched form lifts its document's best form score (`docForm`). Documents are then
    /// offered once: through their forms, then those matched only in the body; once either
    /// accumulator is dense, by one sequential scan of all documents instead. The matched form is
    /// looked up only for the documents kept.
    private func select(_ state: inout ScoringState, pool: Int) -> [Candidate] {
        let s = state.scratch
        var top = TopK(capacity: pool)
        // Scores are positive, so `limit` also keeps untouched documents out.
        var limit = Float.leastNonzeroMagnitude
        @inline(__always) func offer(_ total: Float, _ slot: Int) {
            if total >= limit {
                top.offer(total, Int32(slot), form: -1)
                limit = max(top.threshold, .leastNonzeroMagnitude)
            }
        }
        let formAcc = s.formAcc
        let bodyAcc = s.bodyAcc
        let docForm = s.docForm
        let touchedForms = s.touchedForms
        let formCount = state.touchedForms
        let documents = ids.count
        let denseForms = state.denseForms
        formDoc.withUnsafeBufferPointer { formDoc in
            if denseForms {
                // Forms ascend with their documents: one sequential pass.
                for form in 0..<formDoc.count {
                    let slot = Int(formDoc[form])
                    docForm[slot] = max(docForm[slot], formAcc[form])
                }
            } else {
                for i in 0..<formCount {
                    let form = Int(touchedForms[i])
                    let slot = Int(formDoc[form])
                    docForm[slot] = max(docForm[slot], formAcc[form])
                }
            }
            if state.denseBodies || denseForms {
                var slot = 0
                while slot + 8 <= documents {
                    // Cheap screen of eight documents; a full offer only when one can enter.
                    var peak: Float = 0
                    for lane in slot..<(slot + 8) { peak = max(peak, docForm[lane] + bodyAcc[lane]) }
                    if peak >= limit {
                        for lane in slot..<(slot + 8) { offer(docForm[lane] + bodyAcc[lane], lane) }
                    }
                    slot += 8
                }
                while slot < documents {
                    offer(docForm[slot] + bodyAcc[slot], slot)
                    slot += 1
                }
            } else {
                // A document is offered once: its best form score turns negative once offered.
                for i in 0..<formCount {
                    let slot = Int(formDoc[Int(touchedForms[i])])
                    let best = docForm[slot]
                    if best > 0 {
                        offer(best + bodyAcc[slot], slot)
                        docForm[slot] = -1
                    }
                }
                for i in 0..<state.touchedBodies {
                    let slot = Int(s.touchedBodies[i])
                    if docForm[slot] == 0 { offer(bodyAcc[slot], slot) }
                }
            }
        }
        let result = top.sorted().map { Candidate(slot: $0.slot, base: $0.score, form: bestForm(of: $0.slot, formAcc), score: $0.score) }
        if denseForms {
            formAcc.update(repeating: 0, count: formDoc.count)
            docForm.update(repeating: 0, count: documents)
        } else {
            formDoc.withUnsafeBufferPointer { formDoc in
                for i in 0..<formCount {
                    let form = Int(touchedForms[i])
                    docForm[Int(formDoc[form])] = 0
                    formAcc[form] = 0
                }
            }
        }
        if state.denseBodies {
            bodyAcc.update(repeating: 0, count: documents)
        } else {
            for i in 0..<state.touchedBodies { bodyAcc[Int(s.touchedBodies[i])] = 0 }
        }
        state.touchedForms = 0
        state.touchedBodies = 0
        state.denseBodies = false
        state.denseForms = false
        return result
    }

    /// The document's highest-scoring form in `formAcc` (the first of equals), or -1.
    @inline(__always)
    private func bestForm(of slot: Int32, _ formAcc: UnsafeMutablePointer<Float>) -> Int32 {
        var best: Float = 0
        var form: Int32 = -1
        let first = Int(docFormStart[Int(slot)])
        for f in first..<(first + Int(docFormCount[Int(slot)])) where formAcc[f] > best {
            best = formAcc[f]
            form = Int32(f)
        }
        return form
    }

    /// Adds one term's weights for the given documents only (`candidates` ascending), galloping
    /// through its sorted postings.
    private func lookUp(_ term: (id: Int32, weight: Float), for candidates: [Int32], bodyWeight: Float, _ state: inout ScoringState) {
        let s = state.scratch
        let t = Int(term.id)
        let q = term.weight
        var bodyCursor = 0
        var formCursor = 0
        let bodies = bodyPostings[t]
        let forms = formPostings[t]
        for slot in candidates {
            let body = Self.gallop(bodies.ids, to: slot, from: &bodyCursor)
            if body >= 0 {
                if s.bodyAcc[Int(slot)] == 0 { state.touchBody(slot) }
                s.bodyAcc[Int(slot)] += q * bodyWeight * bodies.weights[body]
            }
            guard forms.count > 0 else { continue }
            let first = docFormStart[Int(slot)]
            for form in first..<(first + docFormCount[Int(slot)]) {
                let position = Self.gallop(forms.ids, to: form, from: &formCursor)
                guard position >= 0 else { continue }
                if s.formAcc[Int(form)] == 0 { state.touchForm(form) }
                s.formAcc[Int(form)] += q * forms.weights[position]
            }
        }
    }

    /// The position of `target` in ascending `ids` at or after `cursor` (-1 if absent); moves
    /// `cursor` to the first id ≥ `target`.
    @inline(__always)
    static func gallop(_ ids: [Int32], to target: Int32, from cursor: inout Int) -> Int {
        ids.withUnsafeBufferPointer { ids in
            var low = cursor
            guard low < ids.count else { return -1 }
            if ids[low] >= target {
                return ids[low] == target ? low : -1
            }
            var step = 1
            var high = low + 1
            while high < ids.count && ids[high] < target {
                low = high
                step <<= 1
                high = low + step
            }
            high = min(high, ids.count)
            // ids[low] < target ≤ ids[high] (or high == count)
            var lo = low + 1
            var hi = high
            while lo < hi {
                let mid = (lo + hi) >> 1
                if ids[mid] < target { lo = mid + 1 } else { hi = mid }
            }
            cursor = lo
            return lo < ids.count && ids[lo] == target ? lo : -1
        }
    }

    /// Adds one term's postings to the form and body accumulators.
    @inline(__always)
    private func accumulate(_ forms: Postings, _ bodies: Postings, weight q: Float, bodyWeight: Float, _ state: inout ScoringState) {
        state.touchedForms = Self.add(
            forms, times: q, into: state.scratch.formAcc, touched: state.scratch.touchedForms, count: state.touchedForms, dense: state.denseForms)
        if state.touchedForms > formDoc.count / 4 { state.denseForms = true }
        state.touchedBodies = Self.add(
            bodies, times: q * bodyWeight, into: state.scratch.bodyAcc, touched: state.scratch.touchedBodies, count: state.touchedBodies,
            dense: state.denseBodies)
        if state.touchedBodies > ids.count / 4 { state.denseBodies = true }
    }

    /// Adds `factor` × each posting's weight into `acc`, recording slots touched for the first time in
    /// `touched` (from `count`) unless the accumulator is `dense`; returns the new touched count.
    @inline(__always)
    private static func add(
        _ postings: Postings, times factor: Float, into acc: UnsafeMutablePointer<Float>, touched: UnsafeMutablePointer<Int32>, count: Int,
        dense: Bool
    ) -> Int {
        var count = count
        postings.ids.withUnsafeBufferPointer { ids in
            postings.weights.withUnsafeBufferPointer { weights in
                if dense {
                    for i in 0..<ids.count { acc[Int(ids[i])] += factor * weights[i] }
                    return
                }
                // Branch-free touched list: always write, advance only for a new entry.
                for i in 0..<ids.count {
                    let slot = Int(ids[i])
                    let value = acc[slot]
                    touched[count] = ids[i]
                    count &+= value == 0 ? 1 : 0
                    acc[slot] = value + factor * weights[i]
                }
            }
        }
        return count
    }

    /// Folds form scores into per-document best forms and lists the touched documents.
    private func combine(_ state: inout ScoringState) {
        let s = state.scratch
        let dense = state.denseForms
        let formCount = dense ? formDoc.count : state.touchedForms
        formDoc.withUnsafeBufferPointer { formDoc in
            for i in 0..<formCount {
                let form = dense ? Int32(i) : s.touchedForms[i]
                if dense && s.formAcc[i] == 0 { continue }
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
        let bodyCount = state.denseBodies ? ids.count : state.touchedBodies
        let denseBodies = state.denseBodies
        for i in 0..<bodyCount {
            let slot = denseBodies ? Int32(i) : s.touchedBodies[i]
            if denseBodies && s.bodyAcc[i] == 0 { continue }
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
    /// Once a quarter of all documents are touched in the body, stop listing them and scan all at the end.
    var denseBodies = false
    /// Likewise for forms, once a quarter of them are touched.
    var denseForms = false

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
