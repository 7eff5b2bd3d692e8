import Careers
import Domain
import Testing

// MARK: - Physical limits

@Suite("Physical limits")
struct PhysicalLimitTests {
    static let scaffolder = "Scaffolder for twelve years: erecting and dismantling scaffolds, working at height, manual handling, reading drawings, toolbox talks."

    /// Reskill paths whose occupation lists manual handling or working at height.
    static func physicalPaths(_ diagnostic: Diagnostic) -> [String] {
        diagnostic.reskill.filter { path in
            (path.sharedSkills.map(\.label) + path.missingSkills.map(\.label)).contains { $0 == "Manual handling" || $0 == "Working at height" }
        }
        .map(\.occupation.title)
    }

    @Test("Without a stated limit, a scaffolder is offered moves into physical work")
    func withoutLimit() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: Self.scaffolder))
        checkPathInvariants(diagnostic)
        #expect(!Self.physicalPaths(diagnostic).isEmpty, "paths: \(diagnostic.reskill.map(\.occupation.title))")
        #expect(!diagnostic.notices.contains { $0.contains("physical limit") })
    }

    @Test("A learner who says they cannot lift or climb gets no move into manual handling or work at height, and is told why", arguments: [
        " I have a back injury now and cannot do heavy lifting.",
        " My knees are bad now, so I can\u{2019}t climb ladders any more.",
    ])
    func limitStated(_ sentence: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: Self.scaffolder + sentence))
        checkPathInvariants(diagnostic)
        #expect(Self.physicalPaths(diagnostic).isEmpty)
        #expect(diagnostic.notices.contains { $0.contains("physical limit") }, "notices: \(diagnostic.notices)")
    }
}
