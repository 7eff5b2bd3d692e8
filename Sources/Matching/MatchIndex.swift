import Foundation

// MARK: - Match index

/// An in-memory inverted index over ``MatchDocument``s with top-k search and explanations.
///
/// Built from any sequence of documents; documents can be added, replaced and removed afterwards
/// without a rebuild (term statistics and weights are refreshed lazily on the next search, without
/// re-analysing any text). All methods are thread-safe; searches are serialised.
///
/// ```swift
/// let index = MatchIndex(documents: [MatchDocument(id: "1", title: "accountant", aliases: ["bookkeeper"])])
/// index.search("Accountants", top: 5).first?.id   // "1"
/// ```
public final class MatchIndex: @unchecked Sendable {
    /// The scoring configuration the index was built with.
    public let configuration: MatchConfiguration
    private let lock = NSLock()
    private var core: IndexCore

    /// Builds an index.
    /// - Parameters:
    ///   - documents: the documents; a later document with the same id replaces an earlier one.
    ///   - configuration: ``MatchConfiguration/product`` (default) or ``MatchConfiguration/sklearn``.
    public init(documents: some Sequence<MatchDocument>, configuration: MatchConfiguration = .product) {
        self.configuration = configuration
        core = IndexCore(configuration: configuration)
        for document in documents { core.add(document) }
        core.refresh()
    }

    /// The number of documents in the index.
    public var count: Int { lock.withLock { core.liveCount } }

    /// Whether a document with this id is indexed.
    public func contains(id: String) -> Bool { lock.withLock { core.slotByID[id] != nil } }

    /// The number of distinct terms seen (including those of removed documents).
    public var vocabularySize: Int { lock.withLock { core.vocabulary.count } }

    /// Adds a document, replacing any document with the same id.
    public func add(_ document: MatchDocument) {
        lock.withLock { core.add(document) }
    }

    /// Adds several documents (see ``add(_:)``).
    public func add(contentsOf documents: some Sequence<MatchDocument>) {
        lock.withLock { for document in documents { core.add(document) } }
    }

    /// Removes the document with this id.
    /// - Returns: whether such a document was indexed.
    @discardableResult
    public func remove(id: String) -> Bool {
        lock.withLock { core.remove(id: id) }
    }

    /// The best `top` documents for `query`, best first, each with an explanation.
    /// - Parameters:
    ///   - query: free text (a job title, a sentence, a profile).
    ///   - top: how many hits to return at most.
    public func search(_ query: String, top: Int) -> [MatchHit] {
        search(query, top: top, explain: true)
    }

    /// The best `top` documents for `query`; skip building explanations with `explain: false` when
    /// only ids and scores are needed (batch ranking).
    public func search(_ query: String, top: Int, explain: Bool) -> [MatchHit] {
        lock.withLock { core.search(query, top: top, explain: explain) }
    }
}

// MARK: - Index storage

/// The index's data and algorithms, kept in a struct so that the hot loops run without dynamic
/// exclusivity checks; ``MatchIndex`` wraps it with a lock.
struct IndexCore {
    let configuration: MatchConfiguration
    var vocabulary: Vocabulary
    // MARK: Documents (slots; removed documents stay as tombstones)

    var ids: [String] = []
    var slotByID: [String: Int32] = [:]
    var alive: [Bool] = []
    var liveCount = 0
    var docFormStart: [Int32] = []
    var docFormCount: [Int32] = []

    // MARK: Forms (title and aliases), product mode

    var formDoc: [Int32] = []
    var formText: [String] = []
    var formSeqStart: [Int32] = [0]
    var formSeq: [Int32] = []
    var formBagStart: [Int32] = [0]
    var formBagTerm: [Int32] = []
    var formBagTF: [Float] = []
    var formNorm: [Float] = []
    /// Sorted term sequence → forms with exactly those terms (the normalised-match phase).
    var formsByKey: [[Int32]: [Int32]] = [:]

    // MARK: Bodies

    var bodyBagStart: [Int32] = [0]
    var bodyBagTerm: [Int32] = []
    var bodyBagTF: [Float] = []
    var bodyLength: [Float] = []
    var bodyNorm: [Float] = []

    // MARK: Documents' terms

    /// Per document slot, where its distinct terms (over title, aliases and body) start in `docTerms`.
    var docTermStart: [Int32] = [0]
    /// Each document's distinct terms, ascending: the coverage bonus looks the query's terms up in
    /// them (`matchedTermCount`) instead of walking every form's and the body's term bag.
    var docTerms: [Int32] = []

    // MARK: Terms

    var df: [Int32] = []
    var idf: [Float] = []
    var formPostings: [Postings] = []
    var bodyPostings: [Postings] = []

    // MARK: State

    var needsRefresh = true
    var termsToCompact = Set<Int32>()
    var scratch = SearchScratch(forms: 0, documents: 0)
    var typoIndex: TrigramIndex?
    var bagMark: [Int32] = []
    var docMark: [Int32] = []
    var termCount: [Float] = []
    var stamp: Int32 = 0


    init(configuration: MatchConfiguration) {
        self.configuration = configuration
        vocabulary = Vocabulary(analysis: configuration.analysis)
    }

    mutating func add(_ document: MatchDocument) {
        if let slot = slotByID[document.id] { delete(slot: slot) }
        insert(document)
        needsRefresh = true
    }

    mutating func remove(id: String) -> Bool {
        guard let slot = slotByID[id] else { return false }
        delete(slot: slot)
        needsRefresh = true
        return true
    }

    // MARK: - Insertion

    private mutating func growTermArrays() {
        while df.count < vocabulary.count {
            df.append(0)
            idf.append(0)
            formPostings.append(Postings())
            bodyPostings.append(Postings())
            bagMark.append(0)
            docMark.append(-1)
            termCount.append(0)
        }
    }

    /// Analyses `text` into term ids (stop words dropped), adding new terms.
    private mutating func analyze(_ text: String, into sequence: inout [Int32]) {
        var text = text
        let style = vocabulary.analysis.style
        text.withUTF8 { bytes in
            scanTokens(bytes, style: style) { span in
                let id = vocabulary.termID(bytes, span, insert: true)
                if id >= 0 { sequence.append(id) }
            }
        }
    }

    /// The distinct terms of `sequence` with their frequencies, in first-occurrence order.
    private mutating func distinct(_ sequence: [Int32], into bag: inout [(Int32, Float)]) {
        bag.removeAll(keepingCapacity: true)
        stamp &+= 1
        let counting = stamp
        for term in sequence {
            let t = Int(term)
            if bagMark[t] != counting {
                bagMark[t] = counting
                termCount[t] = 0
            }
            termCount[t] += 1
        }
        stamp &+= 1
        for term in sequence where bagMark[Int(term)] == counting {
            bagMark[Int(term)] = stamp
            bag.append((term, termCount[Int(term)]))
        }
    }

    /// Document frequency counts a term once per document, whichever field holds it.
    private mutating func countDocument(_ term: Int32, slot: Int32) {
        if docMark[Int(term)] != slot {
            docMark[Int(term)] = slot
            df[Int(term)] += 1
            docTerms.append(term)
        }
    }

    private mutating func insert(_ document: MatchDocument) {
        let slot = Int32(ids.count)
        ids.append(document.id)
        slotByID[document.id] = slot
        alive.append(true)
        liveCount += 1
        docFormStart.append(Int32(formDoc.count))

        var sequence: [Int32] = []
        var bag: [(Int32, Float)] = []
        if configuration.mode == .product {
            docFormCount.append(Int32(1 + document.aliases.count))
            for position in 0...document.aliases.count {
                let text = position == 0 ? document.title : document.aliases[position - 1]
                let form = Int32(formDoc.count)
                sequence.removeAll(keepingCapacity: true)
                analyze(text, into: &sequence)
                growTermArrays()
                formDoc.append(slot)
                formText.append(text)
                formSeq.append(contentsOf: sequence)
                formSeqStart.append(Int32(formSeq.count))
                distinct(sequence, into: &bag)
                for (term, tf) in bag {
                    formBagTerm.append(term)
                    formBagTF.append(tf)
                    formPostings[Int(term)].append(form, tf: tf)
                    countDocument(term, slot: slot)
                }
                formBagStart.append(Int32(formBagTerm.count))
                formNorm.append(0)
                if !sequence.isEmpty { formsByKey[sequence.sorted(), default: []].append(form) }
            }
            sequence.removeAll(keepingCapacity: true)
            analyze(document.body, into: &sequence)
        } else {
            docFormCount.append(0)
            analyze(document.flattened, into: &sequence)
        }
        growTermArrays()
        distinct(sequence, into: &bag)
        for (term, tf) in bag {
            bodyBagTerm.append(term)
            bodyBagTF.append(tf)
            bodyPostings[Int(term)].append(slot, tf: tf)
            countDocument(term, slot: slot)
        }
        bodyBagStart.append(Int32(bodyBagTerm.count))
        bodyLength.append(Float(sequence.count))
        bodyNorm.append(0)
        docTerms[Int(docTermStart[Int(slot)])...].sort()
        docTermStart.append(Int32(docTerms.count))
    }

    // MARK: - Removal

    /// The distinct terms of a document slot, over all fields.
    func distinctTerms(slot: Int32) -> ArraySlice<Int32> {
        docTerms[Int(docTermStart[Int(slot)])..<Int(docTermStart[Int(slot) + 1])]
    }

    private mutating func delete(slot: Int32) {
        let index = Int(slot)
        guard alive[index] else { return }
        alive[index] = false
        liveCount -= 1
        slotByID[ids[index]] = nil
        for term in distinctTerms(slot: slot) {
            df[Int(term)] -= 1
            termsToCompact.insert(term)
        }
        let first = Int(docFormStart[index])
        for form in first..<(first + Int(docFormCount[index])) {
            let key = Array(formSeq[Int(formSeqStart[form])..<Int(formSeqStart[form + 1])]).sorted()
            guard !key.isEmpty else { continue }
            formsByKey[key]?.removeAll { $0 == Int32(form) }
            if formsByKey[key]?.isEmpty == true { formsByKey[key] = nil }
        }
    }
}
