import Careers
import Taxonomy
import Testing

// MARK: - The start-up breakdown behind `skillway bench startup`

@Suite("Engine start-up parts")
struct EngineStartupTests {
    @Test("every catalogue-independent part of the engine is built and timed once, in order")
    func partsInOrder() throws {
        let parts = EngineStartup.timeParts(taxonomy: try SkillsTaxonomy.bundled())
        #expect(parts.map(\.name) == EngineStartup.partNames)
        #expect(parts.allSatisfy { $0.seconds >= 0 && $0.seconds.isFinite })
        // The skill model and its limit tables do real work on the bundled taxonomy.
        #expect(parts[0].seconds > 0)
    }
}
