import Careers
import Domain
import Testing

// MARK: - A sixth former's degree-level wish is answered, not dropped

/// A 17-year-old doing A levels who names a degree-level job that shares none of their skills is told it
/// is a degree apprenticeship they can apply for from 18 — even when their subjects led to other paths in
/// the same field (biology and chemistry to a laboratory technician), which used to leave the wish unsaid.
/// An adult whose words only happen to name a job ("my knees are shot") is still told nothing of it
/// (`NamedWishTests.complaintIsNoJob`).
@Suite("Sixth former's degree-level wish")
struct SixthFormerDegreeWishTests {
    @Test("an A-level student who wants to be a paramedic hears that Paramedic is a degree apprenticeship", arguments: [
        "I'm 17 and doing A levels in biology and chemistry. I want to be a paramedic but I don't want to go to uni.",
        "I'm in year 13 doing A levels in chemistry and maths. I want to be a paramedic.",
    ])
    func paramedicWish(_ text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let notice = try #require(diagnostic.notices.first { $0.hasPrefix("Paramedic") && $0.contains("which your wish names") }, "\(diagnostic.notices)")
        #expect(notice.contains("degree apprenticeship you can apply for from 18 with A levels"), "\(notice)")
        #expect(!notice.contains("fresh start"), "\(notice)")
        // Their other paths stay at the levels they could start at: up to level 4 with A levels (`LeaverStartLevelTests`).
        #expect(diagnostic.paths.allSatisfy { ($0.occupation.level ?? 0) <= 4 }, "\(diagnostic.paths.map(\.occupation.title))")
    }

    @Test("a 17-year-old with no level-3 study who names a degree job is told it is a fresh start, as before")
    func noLevelThreeStudy() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: "I'm 17. I want to be a paramedic."))
        let notice = try #require(diagnostic.notices.first { $0.hasPrefix("Paramedic") }, "\(diagnostic.notices)")
        #expect(notice.contains("fresh start"), "\(notice)")
    }
}
