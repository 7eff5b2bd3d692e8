import Foundation
import Testing

@testable import Matching

// MARK: - Porter2 against the reference implementation

@Suite("Porter2 stemmer")
struct Porter2Tests {
    /// `word<TAB>stem` pairs produced by snowballstemmer 3.1.1 (Benchmarks/make_stemmer_pairs.py).
    static func referencePairs() throws -> [(String, String)] {
        let url = try #require(Bundle.module.url(forResource: "porter2-pairs", withExtension: "tsv", subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
    }

    @Test("every reference pair matches snowballstemmer")
    func referenceOutput() throws {
        let pairs = try Self.referencePairs()
        #expect(pairs.count > 10_000)
        let mismatches = pairs.filter { Porter2.stem($0.0) != $0.1 }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(10))")
    }

    @Test("remembered stems are the algorithm's: every reference word stemmed twice, from both threads")
    func memoAgreesWithAlgorithm() async throws {
        let pairs = try Self.referencePairs()
        let words = pairs.map(\.0) + pairs.map(\.0).reversed()
        // Two tasks stem the same words at once, so reads and first writes of the memo interleave.
        async let first = words.filter { Porter2.stem($0) != Porter2.computeStem($0) }
        async let second = words.reversed().filter { Porter2.stem($0) != Porter2.computeStem($0) }
        let (a, b) = await (first, second)
        #expect(a.isEmpty && b.isEmpty, "memo disagrees for \((a + b).prefix(10))")
        #expect(Porter2.computeStem("accountants") == "account")
    }

    @Test("special cases of the algorithm", arguments: [
        ("generously", "generous"), ("skies", "sky"), ("dying", "die"), ("succeeded", "succeed"), ("inning", "inning"),
        ("accountants", "account"), ("communication", "communic"), ("engineer's", "engin"), ("a", "a"), ("by", "by"),
    ])
    func specialCases(word: String, stem: String) {
        #expect(Porter2.stem(word) == stem)
    }
}
