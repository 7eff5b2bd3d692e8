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

    @Test("an office cleaner, a call-centre adviser and a decorator are not moved into jobs resting only on skills many kinds of work share", arguments: [
        "Office cleaner for four years: cleaning, using chemicals safely, emptying bins and restocking the supplies cupboard.",
        "Customer service advisor in a call centre for an energy company for three years: handling complaints, billing queries, taking payments and updating customer records.",
        "Painter and decorator for ten years: preparing walls, filling and sanding, hanging wallpaper, pricing up jobs and dealing with customers.",
    ])
    func noMoveOnTransferableSkillsAlone(_ text: String) async throws {
        let diagnostician = try await TestCatalogue.shared.value
        let diagnostic = try diagnostician.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.isEmpty)
        let model = diagnostician.model
        var held = Array(repeating: false, count: model.skills.count)
        for id in heldSkillIDs(diagnostic) { if let position = model.skillPosition[id] { held[position] = true } }
        // Desk-based and people-facing moves rest on transferable skills by design, and say so.
        for path in diagnostic.reskill where !path.why.summary.contains("desk-based") && !path.why.summary.contains("over to it") {
            let position = try #require(model.targetPosition[path.occupation.code])
            let fit = model.fit(of: model.targets[position], held: held, heldWeight: model.weight(of: held))
            // It shares a skill that tells the job from others, or transferable skills that are what the job is about.
            #expect(fit.distinctiveShared > 0 || fit.core >= CareerDiagnostician.transferableCore,
                    "\(path.occupation.title) rests on \(path.sharedSkills.map(\.label))")
        }
    }
}
