// MARK: - Vocabulary

/// Maps token spellings to term ids without allocating per token: ASCII tokens are lower-cased into
/// a scratch buffer and looked up in a ``ByteMap``; each spelling is analysed (normalised, stemmed,
/// checked against the stop list) only the first time it is seen.
struct Vocabulary {
    static let stopWord: Int32 = -1
    static let unknown: Int32 = -2

    let analysis: Analysis
    /// Spelling (lower-cased bytes for ASCII, raw bytes otherwise) → term id or ``stopWord``.
    private var spellings = ByteMap(capacity: 4096)
    private static let maximumScratch = 64
    /// Term strings by id.
    private(set) var terms: [String] = []
    private var termIDs: [String: Int32] = [:]

    init(analysis: Analysis) { self.analysis = analysis }

    var count: Int { terms.count }

    func id(ofTerm term: String) -> Int32? { termIDs[term] }

    /// The term id of a token, adding the term when it is new (`insert`) or returning ``unknown``.
    @inline(__always)
    mutating func termID(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TokenSpan, insert: Bool) -> Int32 {
        let length = span.end - span.start
        if span.isASCII && length <= Self.maximumScratch && !isCapitalIT(bytes, span) {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maximumScratch) { buffer -> Int32 in
                for i in 0..<length {
                    let b = bytes[span.start + i]
                    buffer[i] = (b >= 65 && b <= 90) ? b | 0x20 : b
                }
                let key = UnsafeBufferPointer(rebasing: buffer[0..<length])
                let hash = ByteMap.hash(key)
                if let value = spellings.find(key, hash: hash) { return value }
                let value = resolve(bytes, span, insert: insert)
                if value != Self.unknown { spellings.insert(key, hash: hash, value: value) }
                return value
            }
        }
        let key = UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
        let hash = ByteMap.hash(key) &+ 1
        if let value = spellings.find(key, hash: hash) { return value }
        let value = resolve(bytes, span, insert: insert)
        if value != Self.unknown { spellings.insert(key, hash: hash, value: value) }
        return value
    }

    @inline(__always)
    private func isCapitalIT(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TokenSpan) -> Bool {
        analysis.style == .product && span.end - span.start == 2 && bytes[span.start] == UInt8(ascii: "I")
            && bytes[span.start + 1] == UInt8(ascii: "T")
    }

    private mutating func resolve(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TokenSpan, insert: Bool) -> Int32 {
        let result = analysis.analyze(bytes, span)
        if result.isStopWord && analysis.removeStopWords { return Self.stopWord }
        return intern(result.term, insert: insert)
    }

    /// The id of `term`, adding it when `insert` is set.
    mutating func intern(_ term: String, insert: Bool) -> Int32 {
        if let id = termIDs[term] { return id }
        guard insert else { return Self.unknown }
        let id = Int32(terms.count)
        terms.append(term)
        termIDs[term] = id
        return id
    }
}
