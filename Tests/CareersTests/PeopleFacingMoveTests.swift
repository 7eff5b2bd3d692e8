import Careers
import Domain
import Testing

// MARK: - Skills of working with people carry people-facing moves

@Suite("People-facing moves")
struct PeopleFacingMoveTests {
    @Test("A prison officer whose other skills carry no move is offered support work on the safeguarding they describe, said to carry over")
    func prisonOfficer() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text:
            "Prison officer for 7 years, keyworker for prisoners, safeguarding, de-escalation and dealing with vulnerable people, writing reports. "
                + "I want a change."))
        checkPathInvariants(diagnostic)
        let carried = diagnostic.reskill.filter { $0.why.summary.contains("carries over to it") }
        #expect(!carried.isEmpty, "paths: \(diagnostic.reskill.map(\.occupation.title))")
        #expect(carried.allSatisfy { path in path.sharedSkills.contains { $0.label == "Safeguarding" } })
    }

    @Test("A learner whose skills carry field moves is not given people-facing moves as well")
    func notWhenFieldMovesExist() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text:
            "Warehouse operative for six years: forklift, picking and packing, stock control, loading the wagons and good customer service on the trade counter."))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.contains { $0.why.summary.contains("carries over to it") }, "paths: \(diagnostic.reskill.map(\.occupation.title))")
    }
}
