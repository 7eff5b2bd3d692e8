import Careers
import Domain
import Testing

// MARK: - Conditions that limit physical work

/// Conditions that commonly limit standing and lifting (fibromyalgia, chronic fatigue, arthritis, a bad
/// back) and a need to sit rule out jobs built on physical work, as a stated physical limit does: a
/// supermarket baker with fibromyalgia who needs to sit is not offered Baker.
@Suite("Physical conditions")
struct PhysicalConditionTests {
    @Test("a baker with fibromyalgia who needs to sit down is offered no physical job", arguments: [
        "I've baked bread and cakes in a supermarket bakery for six years and served on the counter. I've got fibromyalgia now.",
        "I've baked bread and cakes in a supermarket bakery for six years and served on the counter. I need a sit down job these days.",
        "I've baked bread and cakes in a supermarket bakery for six years and served on the counter. I have chronic fatigue.",
    ])
    func fibromyalgiaRulesOutBaker(text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(!titles.contains("Baker"), "\(titles)")
        #expect(diagnostic.notices.contains { $0.contains("physical limit") }, "\(diagnostic.notices)")
    }

    @Test("standing all day at work, said as a fact, is no limit")
    func standingAsFactIsNoLimit() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I've baked bread and cakes in a supermarket bakery for six years, on my feet all day, and served on the counter.
            """))
        #expect(!diagnostic.notices.contains { $0.contains("physical limit") }, "\(diagnostic.notices)")
    }
}
