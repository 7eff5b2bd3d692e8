import Careers
import Domain
import Testing

// MARK: - Jobs of the armed forces are for those who served or ask for them

/// A job whose standard names service in the armed forces (a military engineering construction technician) is
/// not a civilian's step up on a trade skill it shares (`CareerDiagnostician.closedToCivilians`).
@Suite("Armed forces jobs")
struct ArmedForcesJobTests {
    @Test("a kitchen fitter who wants to become a software developer is not stepped up to a military engineering job")
    func noForcesJobForCivilian() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Kitchen fitter for 10 years, self employed. Ive been teaching myself python and javascript in the evenings on "
                + "freecodecamp and built a website for my business. Want to become a software developer.",
            aspiration: "software developer"))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.contains { $0.occupation.title.lowercased().contains("military") }, "\(diagnostic.paths.map(\.occupation.title))")
        #expect(!diagnostic.paths.contains { $0.missingSkills.contains { $0.label == "Armed forces" } },
                "\(diagnostic.paths.map { "\($0.occupation.title): \($0.missingSkills.prefix(4).map(\.label))" })")
    }
}
