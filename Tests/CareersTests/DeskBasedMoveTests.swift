@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - A desk-based move is a desk job

/// Desk-based moves (`CareerDiagnostician.deskTargets`) are office and customer-service jobs with no hands-on work at
/// their core (`handsOnSkills`): a funeral team member's cleaning and care of the deceased, a trade supplier's warehouse
/// are not what someone whose back has gone is looking for.
@Suite("Desk-based moves")
struct DeskBasedMoveTests {
    @Test("a care worker whose back has gone is offered desk-based moves that are desk jobs, none with hands-on work at its core")
    func deskMovesAreDeskJobs() async throws {
        let engine = try await TestCatalogue.shared.value
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Care worker for 6 years in a nursing home, personal care, moving and handling, medication rounds, care plans. My back "
                + "has gone and I can't do the lifting anymore. I've been dealing with families and doing the rotas."))
        checkPathInvariants(diagnostic)
        let desk = diagnostic.reskill.filter { $0.why.summary.contains("desk-based") }
        #expect(!desk.isEmpty, "\(diagnostic.reskill.map(\.occupation.title))")
        for path in desk {
            let position = try #require(engine.model.targetPosition[path.occupation.code])
            let core = engine.model.coreSkills[position].map { engine.model.skills[$0].label }
            #expect(!core.contains(where: CareerDiagnostician.handsOnSkills.contains), "\(path.occupation.title): \(core)")
        }
    }
}
