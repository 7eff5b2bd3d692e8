@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Moves rest on what the target job is about

@Suite("Distinctive shared skills")
struct DistinctiveSkillTests {
    @Test("skills core to jobs in many routes are transferable; a trade's own skills are distinctive")
    func distinctivenessFollowsRouteSpread() async throws {
        let model = try await TestCatalogue.shared.value.model
        let value = { (label: String) throws -> Double in
            let position = try #require(model.skills.firstIndex { $0.label == label }, "\(label)")
            return model.distinctiveness[position]
        }
        for transferable in ["Customer service", "Stock control", "Record keeping"] {
            #expect(try value(transferable) < OccupationSkillModel.distinctiveFloor, "\(transferable)")
        }
        for trade in ["Welding", "Personal care"] {
            #expect(try value(trade) >= OccupationSkillModel.distinctiveFloor, "\(trade)")
        }
        // No target's distinctive core holds a transferable skill.
        for target in model.targets {
            #expect(target.distinctiveCore.allSatisfy { model.distinctiveness[$0] >= OccupationSkillModel.distinctiveFloor })
        }
    }

    @Test("a roofer who prices jobs and deals with customers is not moved into work resting only on pricing and customer service")
    func noMoveOnTransferableSkillsAlone() async throws {
        let diagnostician = try await TestCatalogue.shared.value
        let diagnostic = try diagnostician.diagnose(LearnerProfile(
            text: "Roofer for twenty years, slating, tiling and leadwork on houses. I price up every job and deal with the customers myself.",
            currentTitle: "Roofer"))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.isEmpty)
        let model = diagnostician.model
        for path in diagnostic.reskill where !path.why.summary.contains("desk-based") {
            let position = try #require(model.targetPosition[path.occupation.code])
            let core = Set(model.targets[position].distinctiveCore.map { model.skills[$0].id })
            #expect(path.sharedSkills.contains { core.contains($0.id) }, "\(path.occupation.title) rests on \(path.sharedSkills.map(\.label))")
        }
    }
}
