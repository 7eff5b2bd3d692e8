import ArgumentParser
@testable import CLI
import Testing

// MARK: - rank and eval

@Suite("rank and eval commands")
struct RankCommandTests {
    @Test("rank parses its options with the documented defaults")
    func rankOptions() throws {
        let command = try #require(try Skillway.parseAsRoot(["rank", "--corpus", "docs.jsonl", "--queries", "q.jsonl"]) as? Skillway.Rank)
        #expect(command.top == 10 && command.mode == .product && !command.explain && !command.timing)
        let sklearn = try #require(
            try Skillway.parseAsRoot(["rank", "--corpus", "d", "--queries", "q", "--top", "1000", "--mode", "sklearn", "--explain", "--timing"])
                as? Skillway.Rank)
        #expect(sklearn.top == 1000 && sklearn.mode == .sklearn && sklearn.explain && sklearn.timing)
    }

    @Test("rank refuses a top outside 1…1000, an unknown mode and missing files")
    func rankValidation() {
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["rank", "--corpus", "d", "--queries", "q", "--top", "0"]) }
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["rank", "--corpus", "d", "--queries", "q", "--top", "1001"]) }
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["rank", "--corpus", "d", "--queries", "q", "--mode", "fuzzy"]) }
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["rank", "--queries", "q"]) }
    }

    @Test("eval parses a task, an ablation and a baseline")
    func evalOptions() throws {
        let command = try #require(try Skillway.parseAsRoot(["eval", "occupations", "--variant", "no-body", "--against", "sklearn"]) as? Skillway.Eval)
        #expect(command.task == .occupations && command.variant == .noBody && command.against == .sklearn)
    }
}
