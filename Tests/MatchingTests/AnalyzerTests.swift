import Testing

@testable import Matching

// MARK: - Tokenisation and analysis

@Suite("Text analyzer")
struct AnalyzerTests {
    let analyzer = TextAnalyzer()

    @Test("technical tokens survive tokenisation")
    func technicalTokens() {
        let normalized = analyzer.tokens("C++ and C# on .NET, ASP.NET or Node.js; CNC 3D printing; A-level, level 3; R&D").map(\.normalized)
        #expect(normalized == ["c++", "and", "c#", "on", ".net", "asp.net", "or", "node.js", "cnc", "3d", "printing", "a-level", "level", "3", "r&d"])
    }

    @Test("terms are stemmed, lower-cased and free of stop words")
    func terms() {
        #expect(analyzer.terms("The Accountants of the Engineering Departments") == ["account", "engin", "depart"])
        #expect(analyzer.terms("A-levels") == ["a-level"])
        #expect(TextAnalyzer(stemming: false).terms("The Accountants") == ["accountants"])
        #expect(TextAnalyzer(removeStopWords: false).terms("the nurse") == ["the", "nurs"])
    }

    @Test("diacritics and case fold, curly apostrophes straighten")
    func folding() {
        #expect(analyzer.tokens("Café CRÈME Ångström").map(\.normalized) == ["cafe", "creme", "angstrom"])
        #expect(analyzer.terms("engineer\u{2019}s") == analyzer.terms("engineer's"))
    }

    @Test("ranges point back into the input, stop words are flagged")
    func rangesAndStopWords() {
        let text = "Lead  Welder for the CNC café"
        let tokens = analyzer.tokens(text)
        #expect(tokens.map { String(text[$0.range]) } == ["Lead", "Welder", "for", "the", "CNC", "café"])
        #expect(tokens.map(\.isStopWord) == [false, false, true, true, false, false])
    }

    @Test("capital IT is a term, the pronoun is a stop word")
    func informationTechnology() {
        #expect(analyzer.terms("IT support") == ["it", "support"])
        #expect(analyzer.terms("it works") == ["work"])
    }

    @Test("scikit-learn token pattern keeps runs of two or more word characters")
    func sklearnPattern() {
        #expect(TextAnalyzer.sklearn.terms("C++ a_b 3D x Über-Größe it's") == ["a_b", "3d", "über", "größe", "it"])
    }

    @Test("empty and symbol-only text yields no tokens")
    func emptyText() {
        #expect(analyzer.tokens("").isEmpty)
        #expect(analyzer.terms(" -- ++ ## ").isEmpty)
    }
}
