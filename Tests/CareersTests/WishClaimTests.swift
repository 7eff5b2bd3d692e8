import Careers
import Domain
import Testing

// MARK: - A why claims the wish only for paths the wish names

/// "It matches what you said you would like to do" is said of a path only when the wish names it or
/// its field: not of jobs in a field the wish reached only through a job title it happened to match
/// (an HGV driver's "my knees are shot" matched a title holding "shot").
@Suite("Wish claims")
struct WishClaimTests {
    @Test("a wish naming no field claims no path", arguments: [
        "HGV driver for 15 years, class 1, tachographs, loading and unloading. My knees are shot and I need something less physical.",
        "I do odd jobs, labouring on building sites and some gardening. I'd like something with a steady wage.",
    ])
    func noFieldNoClaim(text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        #expect(!diagnostic.paths.isEmpty)
        for path in diagnostic.paths {
            #expect(!path.why.summary.contains("matches what you said"), "\(path.occupation.title): \(path.why.summary)")
        }
    }

    @Test("a wish for helping people claims the care jobs it offers")
    func fieldWishClaims() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I've worked in a warehouse picking and packing for four years. I'd like to do something helping people.
            """))
        let care = diagnostic.reskill.filter { $0.occupation.route == Route.careServices.rawValue }
        #expect(!care.isEmpty, "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(care.allSatisfy { $0.why.summary.contains("matches what you said") })
    }
}
