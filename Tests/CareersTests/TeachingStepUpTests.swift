import Careers
import Domain
import Testing

// MARK: - Teaching or assessing a trade as a step up

@Suite("Teaching step-up")
struct TeachingStepUpTests {
    @Test("a level-3 worker who describes no skills of their trade is not offered teaching or assessing it")
    func noTradeNoTeaching() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I was a custody and detention officer for eight years."))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.upskill.contains { $0.occupation.route == Route.educationAndEarlyYears.rawValue },
                "\(diagnostic.upskill.map(\.occupation.title))")
        #expect(!diagnostic.upskill.contains { $0.why.summary.hasPrefix("Teaching or assessing your trade") })
    }
}
