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

    @Test("special cases of the algorithm", arguments: [
        ("generously", "generous"), ("skies", "sky"), ("dying", "die"), ("succeeded", "succeed"), ("inning", "inning"),
        ("accountants", "account"), ("communication", "communic"), ("engineer's", "engin"), ("a", "a"), ("by", "by"),
    ])
    func specialCases(word: String, stem: String) {
        #expect(Porter2.stem(word) == stem)
    }
}
