import Careers
import Domain
import Taxonomy
import Testing

// MARK: - The next step is in the learner's own pathway

/// A step up is the next step in the learner's own pathway or kind of job when there is one there: a
/// warehouse operative steps up to warehouse supervisor, not to a ship's officer of the watch sharing one
/// skill in the same route; a postman is not stepped up to cabin crew.
@Suite("Pathway step ups")
struct PathwayStepUpTests {
    @Test("a warehouse picker's and a postman's step ups stay in their own pathway or cluster", arguments: [
        "I've worked in a warehouse picking and packing for four years.",
        "Postman for 20 years, sorting and delivering mail on foot and in the van.",
    ])
    func stepUpsStayInPathway(text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let steps = diagnostic.upskill.map(\.occupation.title)
        #expect(!steps.isEmpty)
        #expect(!steps.contains { $0.hasPrefix("Officer of the watch") || $0 == "Cabin crew" }, "\(steps)")
        let current = try #require(diagnostic.currentOccupations.first { $0.occupation.scheme == .ifate }?.occupation)
        #expect(diagnostic.upskill.allSatisfy { $0.occupation.pathway == current.pathway }, "\(steps) from \(current.title), \(current.pathway ?? "-")")
    }
}
