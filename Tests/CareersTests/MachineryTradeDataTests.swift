@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Jobs whose standards' wording hides their core skills (Taxonomy/occupation-skills.txt)

/// A land-based service engineer maintains the machinery of agriculture, forestry and horticulture, and a textile
/// manufacturing operative spins yarns and fabrics, though their standards' wording hardly says so: the occupation
/// skill profiles name those core skills, so a school leaver who fixes tractors meets the land-based engineer's job.
@Suite("Machinery trade data")
struct MachineryTradeDataTests {
    @Test("a school leaver who fixes tractors on his uncle's farm is offered land-based service engineering")
    func tractorFixerMeetsLandBasedEngineering() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I'm 16 and just left school with no exams. I've always helped on my uncle's farm fixing the tractors and quad bikes, "
                + "changing oil, greasing and welding bits back on. I want to work with machines."))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.paths.contains { $0.occupation.title == "Land-based service engineer" }, "\(diagnostic.paths.map(\.occupation.title))")
    }

    @Test("the textile manufacturing operative's core is textiles as well as machine operation")
    func textileOperativeCore() async throws {
        let engine = try await TestCatalogue.shared.value
        let model = engine.model
        let position = try #require(model.targets.indices.first { model.targets[$0].standard.title == "Textile manufacturing operative" })
        let core = model.coreSkills[position].map { model.skills[$0].label }
        #expect(core.contains("Fashion and textiles"), "\(core)")
    }
}
