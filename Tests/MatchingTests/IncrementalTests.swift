import Foundation
import Testing

@testable import Matching

// MARK: - Incremental updates

@Suite("Incremental updates")
struct IncrementalTests {
    static let queries = ["software engineer", "nurse", "welding CNC", "data", "accountant tax", "learning machine"]

    func results(_ index: MatchIndex) -> [[String]] {
        Self.queries.map { query in index.search(query, top: 5).map { "\($0.id) \(String(format: "%.6f", $0.score))" } }
    }

    @Test("adding documents one by one equals building at once", arguments: [MatchConfiguration.product, .sklearn])
    func addEqualsBuild(configuration: MatchConfiguration) {
        let built = MatchIndex(documents: occupations, configuration: configuration)
        let grown = MatchIndex(documents: occupations.prefix(2), configuration: configuration)
        _ = grown.search("nurse", top: 1)  // weights computed before the additions
        for document in occupations.dropFirst(2) { grown.add(document) }
        #expect(grown.count == occupations.count)
        #expect(results(grown) == results(built))
    }

    @Test("removing documents equals building without them", arguments: [MatchConfiguration.product, .sklearn])
    func removeEqualsBuild(configuration: MatchConfiguration) {
        let kept = occupations.filter { $0.id != "dev" && $0.id != "ml" }
        let shrunk = MatchIndex(documents: occupations, configuration: configuration)
        _ = shrunk.search("software", top: 1)
        #expect(shrunk.remove(id: "dev"))
        #expect(shrunk.remove(id: "ml"))
        #expect(!shrunk.remove(id: "dev"))
        #expect(!shrunk.contains(id: "dev"))
        #expect(shrunk.count == kept.count)
        #expect(results(shrunk) == results(MatchIndex(documents: kept, configuration: configuration)))
        #expect(!shrunk.search("software developer programmer", top: 10).contains { $0.id == "dev" })
    }

    @Test("adding a document with a known id replaces it")
    func replace() throws {
        let index = MatchIndex(documents: occupations)
        index.add(MatchDocument(id: "weld", title: "plumber", aliases: ["pipe fitter"]))
        #expect(index.count == occupations.count)
        #expect(index.search("plumbers", top: 1).first?.id == "weld")
        #expect(!index.search("welder", top: 10).contains { $0.id == "weld" })
        #expect(index.search("pipe fitter", top: 1).first?.explanation.formMatch == .exact)
    }

    @Test("an index can start empty and be emptied again")
    func emptyIndex() {
        let index = MatchIndex(documents: [MatchDocument]())
        #expect(index.search("anything", top: 5).isEmpty)
        index.add(occupations[0])
        #expect(index.search("accountant", top: 5).map(\.id) == ["acc"])
        index.remove(id: "acc")
        #expect(index.search("accountant", top: 5).isEmpty)
    }

    @Test("many random updates keep results equal to a rebuild")
    func randomUpdates() {
        let corpus = syntheticCorpus(documents: 600, words: 20, seed: 3)
        let index = MatchIndex(documents: corpus.prefix(300), configuration: .sklearn)
        var live = Array(corpus.prefix(300))
        var random = SeededGenerator(state: 42)
        for document in corpus.dropFirst(300) {
            index.add(document)
            live.append(document)
            if Bool.random(using: &random) {
                let victim = live.remove(at: Int.random(in: 0..<live.count, using: &random))
                index.remove(id: victim.id)
            }
        }
        let rebuilt = MatchIndex(documents: live, configuration: .sklearn)
        for query in syntheticQueries(count: 10, words: 8, seed: 8) {
            let a = index.search(query, top: 10)
            let b = rebuilt.search(query, top: 10)
            #expect(a.map(\.id) == b.map(\.id))
            #expect(zip(a, b).allSatisfy { abs($0.score - $1.score) < 1e-5 })
        }
    }
}
