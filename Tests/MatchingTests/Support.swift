import Foundation

@testable import Matching

// MARK: - Test support

/// A small occupation-like catalogue.
let occupations: [MatchDocument] = [
    MatchDocument(id: "acc", title: "accountant", aliases: ["bookkeeper", "chartered accountant"],
                  body: "Accountants prepare financial statements, audit records and advise on tax."),
    MatchDocument(id: "nurse", title: "nurse responsible for general care", aliases: ["registered nurse", "staff nurse"],
                  body: "Nurses provide care to patients in hospitals and the community."),
    MatchDocument(id: "dev", title: "software developer", aliases: ["programmer", "software engineer", "C++ developer"],
                  body: "Developers write, test and maintain software for computers and devices."),
    MatchDocument(id: "weld", title: "welder", aliases: ["CNC welder", "welding technician"],
                  body: "Welders join metal parts using welding equipment and read technical drawings."),
    MatchDocument(id: "ml", title: "machine learning engineer", aliases: [],
                  body: "Builds learning systems from data and deploys models."),
    MatchDocument(id: "ml2", title: "engineer learning machine", aliases: [],
                  body: "Operates presses in a workshop."),
    MatchDocument(id: "analyst", title: "data analyst", aliases: ["business data analyst"],
                  body: "Analyses data sets and reports findings to managers."),
]

/// An independent, dictionary-based TF-IDF (smooth idf, raw tf, L2) cosine over scikit-learn
/// tokens, the reference for sklearn-mode scores.
struct ReferenceTFIDF {
    let documents: [[String: Double]]
    let idf: [String: Double]

    init(_ texts: [String]) {
        let counts = texts.map { text -> [String: Double] in
            var c: [String: Double] = [:]
            for term in TextAnalyzer.sklearn.terms(text) { c[term, default: 0] += 1 }
            return c
        }
        var df: [String: Double] = [:]
        for c in counts { for term in c.keys { df[term, default: 0] += 1 } }
        let n = Double(texts.count)
        let idf = df.mapValues { log((1 + n) / (1 + $0)) + 1 }
        self.idf = idf
        documents = counts.map { Self.normalize($0, idf) }
    }

    static func normalize(_ counts: [String: Double], _ idf: [String: Double]) -> [String: Double] {
        var v: [String: Double] = [:]
        for (term, tf) in counts { if let w = idf[term] { v[term] = tf * w } }
        let norm = v.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? v.mapValues { $0 / norm } : [:]
    }

    func scores(_ query: String) -> [Double] {
        var c: [String: Double] = [:]
        for term in TextAnalyzer.sklearn.terms(query) { c[term, default: 0] += 1 }
        let q = Self.normalize(c, idf)
        return documents.map { d in q.reduce(0) { $0 + $1.value * (d[$1.key] ?? 0) } }
    }
}

/// A seeded generator (SplitMix64) for reproducible synthetic corpora.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random documents over a Zipf-like vocabulary of pseudo-words.
func syntheticCorpus(documents: Int, words: Int, seed: UInt64) -> [MatchDocument] {
    var random = SeededGenerator(state: seed)
    let vocabulary = (0..<800).map { "w\($0)x" }
    func word() -> String {
        let u = Double.random(in: 0..<1, using: &random)
        return vocabulary[min(vocabulary.count - 1, Int(pow(u, 3) * Double(vocabulary.count)))]
    }
    return (0..<documents).map { i in
        MatchDocument(id: "d\(i)", title: (0..<3).map { _ in word() }.joined(separator: " "),
                      aliases: [(0..<2).map { _ in word() }.joined(separator: " ")],
                      body: (0..<words).map { _ in word() }.joined(separator: " "))
    }
}

func syntheticQueries(count: Int, words: Int, seed: UInt64) -> [String] {
    syntheticCorpus(documents: count, words: words, seed: seed).map(\.body)
}
