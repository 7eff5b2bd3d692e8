@testable import Careers
import Taxonomy
import Testing

// MARK: - The routes a wish's words reach

/// `claimRoutes` reads the routes from each word's routes (`ClaimTexts`) instead of asking every job; it must
/// name exactly the routes of the jobs that hold one of the words (`holdsWish`).
@Suite("Claim routes")
struct ClaimRoutesTests {
    @Test("the routes read per word are those of the jobs holding a word of the wish", arguments: [
        ["warehouse"], ["depot", "office"], ["nursing", "associate"], ["health", "safety"], ["cyber"], ["animator", "game"],
        ["food", "inspection"], ["ecologist", "bat", "newt"], ["welding"], ["speech", "language", "therapist"], ["bookkeeping"],
        ["zzzz"],
    ])
    func sameAsAskingEveryJob(_ words: [String]) async throws {
        let engine = try await TestCatalogue.shared.value
        let wish = Set(words)
        let everyJob = Set(engine.model.targets.indices.filter { engine.holdsWish($0, words: wish) }.map { engine.model.targets[$0].standard.route })
        #expect(engine.claimRoutes(words: wish) == everyJob)
        if words != ["zzzz"] { #expect(!everyJob.isEmpty) }
    }
}
