// TEMPORARY stand-in for the Matching module's API until branch `matching` is merged; delete on merge.
import Foundation

struct MatchDocument: Sendable {
    var id: String
    var title: String
    var aliases: [String]
    var body: String
}

struct MatchHit: Sendable {
    var id: String
    var score: Double
    var explanation: String
}

struct TextAnalyzer: Sendable {
    static let stop: Set<String> = ["a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "with", "as", "at", "by", "is", "i", "my", "was", "be"]
    func terms(_ text: String) -> [String] {
        PhraseTokenizer.tokens(text).filter { !Self.stop.contains($0.lower) }.map(\.stem)
    }
}

final class MatchIndex: @unchecked Sendable {
    var docs: [(id: String, title: [String: Double], body: [String: Double])]
    var idf: [String: Double]
    var all: [MatchDocument]
    func add(_ document: MatchDocument) { rebuild(all + [document]) }
    func remove(id: String) { rebuild(all.filter { $0.id != id }) }
    private func rebuild(_ documents: [MatchDocument]) { let other = MatchIndex(documents: documents); docs = other.docs; idf = other.idf; all = documents }
    init(documents: [MatchDocument]) {
        all = documents
        let analyzer = TextAnalyzer()
        var df: [String: Int] = [:]
        var built: [(id: String, title: [String: Double], body: [String: Double])] = []
        for doc in documents {
            var title: [String: Double] = [:], body: [String: Double] = [:]
            for t in analyzer.terms(([doc.title] + doc.aliases).joined(separator: " ")) { title[t, default: 0] += 1 }
            for t in analyzer.terms(doc.body) { body[t, default: 0] += 1 }
            for t in Set(title.keys).union(body.keys) { df[t, default: 0] += 1 }
            built.append((doc.id, title, body))
        }
        docs = built
        idf = df.mapValues { log(Double(documents.count + 1) / Double($0)) }
    }
    func search(_ query: String, top: Int) -> [MatchHit] {
        let terms = Set(TextAnalyzer().terms(query))
        var hits: [MatchHit] = []
        for doc in docs {
            var score = 0.0
            for t in terms {
                let w = idf[t] ?? 0
                if let c = doc.title[t] { score += w * 3 * (1 + log(c)) / (1 + log(Double(doc.title.count + 1))) }
                if let c = doc.body[t] { score += w * (1 + log(c)) / (1 + log(Double(doc.body.count + 1))) }
            }
            if score > 0 { hits.append(MatchHit(id: doc.id, score: score, explanation: "")) }
        }
        return Array(hits.sorted { ($0.score, $1.id) > ($1.score, $0.id) }.prefix(top))
    }
}
