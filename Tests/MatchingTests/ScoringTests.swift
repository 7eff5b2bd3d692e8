import Foundation
import Testing

@testable import Matching

// MARK: - Product scoring

@Suite("Scoring")
struct ScoringTests {
    let index = MatchIndex(documents: occupations)

    @Test("plural queries find singular titles through stemming")
    func stemming() throws {
        let hits = index.search("Accountants", top: 3)
        #expect(hits.first?.id == "acc")
        #expect(index.search("welding technicians", top: 1).first?.id == "weld")
    }

    @Test("aliases are forms of their own; the best form counts")
    func aliases() throws {
        let hit = try #require(index.search("programmer", top: 1).first)
        #expect(hit.id == "dev")
        #expect(hit.explanation.matchedForm == "programmer")
        #expect(hit.explanation.matchedFormIndex == 1)
    }

    @Test("an exact form match is ranked first, a reordered one is marked normalised")
    func exactFirst() throws {
        let exact = try #require(index.search("Data Analyst", top: 2).first)
        #expect(exact.id == "analyst")
        #expect(exact.explanation.formMatch == .exact)
        #expect(exact.explanation.exactBonus > 0)
        let reordered = index.search("analysts, data", top: 2)
        #expect(reordered.first?.id == "analyst")
        #expect(reordered.first?.explanation.formMatch == .normalized)
        // Both machine-learning titles hold the same terms; only one spells the query.
        let ml = index.search("machine learning engineer", top: 2)
        #expect(ml.map(\.id) == ["ml", "ml2"])
        #expect(ml[0].explanation.formMatch == .exact && ml[1].explanation.formMatch == .normalized)
    }

    @Test("word pairs in query order earn the phrase bonus")
    func phraseBonus() throws {
        let hits = index.search("machine learning engineer vacancies", top: 2)
        #expect(hits.map(\.id) == ["ml", "ml2"])
        #expect(hits[0].explanation.phraseBonus > 0)
        #expect(hits[1].explanation.phraseBonus == 0)
        #expect(abs(hits[0].explanation.formScore - hits[1].explanation.formScore) < 1e-6)
    }

    @Test("a body-only match scores the weighted body cosine")
    func bodyOnly() throws {
        let hit = try #require(index.search("patients hospitals", top: 1).first)
        #expect(hit.id == "nurse")
        #expect(hit.explanation.matchedForm == nil)
        #expect(hit.explanation.formScore == 0)
        #expect(abs(hit.score - hit.explanation.bodyScore - hit.explanation.coverageBonus) < 1e-6)
        #expect(hit.explanation.bodyScore <= MatchConfiguration.product.bodyWeight + 1e-6)
    }

    @Test("a misspelt query falls back to character trigrams")
    func typoFallback() throws {
        let hit = try #require(index.search("acountant", top: 1).first)
        #expect(hit.id == "acc")
        #expect(hit.explanation.corrections["acountant"] == "account")
        var strict = MatchConfiguration.product
        strict.typoFallback = false
        #expect(MatchIndex(documents: occupations, configuration: strict).search("acountant", top: 1).isEmpty)
    }

    @Test("BM25 weighting is available and ranks like TF-IDF on labels")
    func bm25() throws {
        let bm25 = MatchIndex(documents: occupations, configuration: .productBM25)
        #expect(bm25.search("accountants", top: 1).first?.id == "acc")
        #expect(bm25.search("welding equipment", top: 1).first?.id == "weld")
        #expect((bm25.search("tax audit", top: 1).first?.score ?? 0) > 0)
    }

    @Test("results are best first and at most top")
    func ordering() {
        let hits = index.search("software engineer developer data", top: 3)
        #expect(hits.count == 3)
        #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(index.search("software", top: 0).isEmpty)
        #expect(index.search("the and of", top: 5).isEmpty)
    }

    @Test("sklearn mode reproduces TF-IDF cosine over the flattened document")
    func sklearnParity() throws {
        let corpus = syntheticCorpus(documents: 400, words: 30, seed: 7)
        let index = MatchIndex(documents: corpus, configuration: .sklearn)
        let reference = ReferenceTFIDF(corpus.map(\.flattened))
        for query in syntheticQueries(count: 40, words: 12, seed: 99) {
            let expected = reference.scores(query).enumerated().filter { $0.element > 0 }
                .sorted { $0.element > $1.element || ($0.element == $1.element && $0.offset < $1.offset) }.prefix(10)
            let hits = index.search(query, top: 10)
            #expect(hits.count == expected.count)
            for (hit, want) in zip(hits, expected) {
                #expect(abs(hit.score - want.element) < 1e-5)
                #expect(abs(reference.scores(query)[Int(hit.id.dropFirst())!] - hit.score) < 1e-5)
            }
        }
    }

    @Test("pruned scoring returns the exhaustive top-k on long queries")
    func pruningIsExact() throws {
        let corpus = syntheticCorpus(documents: 3000, words: 40, seed: 11)
        var pruned = MatchConfiguration.sklearn
        pruned.pruningAttempts = 4
        let index = MatchIndex(documents: corpus, configuration: pruned)
        let reference = ReferenceTFIDF(corpus.map(\.flattened))
        for query in syntheticQueries(count: 15, words: 30, seed: 5) {
            let scores = reference.scores(query)
            let kth = scores.sorted(by: >)[9]
            let hits = index.search(query, top: 10)
            #expect(hits.count == 10)
            // Every returned document scores at least the true 10th best (ties may swap).
            for hit in hits { #expect(scores[Int(hit.id.dropFirst())!] >= kth - 1e-5) }
        }
    }
}
