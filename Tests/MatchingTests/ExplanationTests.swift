import Testing

@testable import Matching

// MARK: - Explanations

@Suite("Explanations")
struct ExplanationTests {
    let index = MatchIndex(documents: occupations)

    @Test("term contributions add up to the score, less the bonuses")
    func contributionsAddUp() throws {
        for query in ["registered nurse patients", "C++ developer software", "welding CNC drawings", "bookkeeper tax"] {
            for hit in index.search(query, top: 3) {
                let e = hit.explanation
                let parts = e.terms.reduce(0) { $0 + $1.contribution }
                #expect(abs(parts - e.formScore - e.bodyScore) < 1e-9)
                #expect(abs(hit.score - (e.formScore + e.bodyScore + e.exactBonus + e.phraseBonus + e.coverageBonus)) < 1e-5)
                #expect(zip(e.terms, e.terms.dropFirst()).allSatisfy { $0.contribution >= $1.contribution })
            }
        }
    }

    @Test("an explanation names the matched terms and the alias form")
    func namesTermsAndForm() throws {
        let hit = try #require(index.search("C++ developers", top: 1).first)
        #expect(hit.id == "dev")
        #expect(hit.explanation.matchedForm == "C++ developer")
        #expect(Set(hit.explanation.terms.map(\.term)) == ["c++", "develop"])
        #expect(hit.explanation.terms.allSatisfy { $0.formContribution > 0 })
        #expect(hit.explanation.formMatch == .normalized)
    }

    @Test("unmatched query terms do not appear, body matches are weighted")
    func bodyContribution() throws {
        let hit = try #require(index.search("welder drawings", top: 1).first)
        #expect(hit.id == "weld")
        let drawings = try #require(hit.explanation.terms.first { $0.term == "draw" })
        #expect(drawings.formContribution == 0 && drawings.bodyContribution > 0)
        let welder = try #require(hit.explanation.terms.first { $0.term == "welder" })
        #expect(welder.formContribution > 0)
        #expect(hit.explanation.coverageBonus > 0)
    }

    @Test("batch output carries the explanation when asked")
    func batchExplanation() throws {
        let hits = index.search("bookkeeper", top: 1)
        let line = BatchFormat.resultLine(queryID: "q1", hits: hits, explain: true)
        #expect(line.contains("\"matchedForm\":\"bookkeeper\""))
        #expect(line.contains("\"formMatch\":\"exact\""))
        #expect(!BatchFormat.resultLine(queryID: "q1", hits: hits).contains("explanation"))
    }
}
