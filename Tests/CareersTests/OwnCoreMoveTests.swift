@testable import Careers
import Taxonomy
import Testing

// MARK: - A move resting on the core of the learner's own work

@Suite("Own core moves")
struct OwnCoreMoveTests {
    /// Principle: one specific skill core both to the learner's own job and to another job means the two jobs are
    /// about the same work seen from another side, so it may carry a move on its own; a widespread skill never does.
    @Test("a farm worker whose tractor and machinery work is core to his job is offered land-based service engineering")
    func farmMachineryLeadsToLandBasedEngineering() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Been on a dairy farm for 8 years. Milking twice a day, calving, foot trimming, feeding, tractor and loader work, \
            silage and muck spreading, fixing fences and a bit of welding on the machinery. I want a job with weekends off.
            """))
        let titles = diagnostic.reskill.map(\.occupation.title)
        #expect(titles.contains("Land-based service engineer"), "\(titles)")
        #expect(!titles.contains { $0.contains("Military") }, "\(titles)")
    }
}
