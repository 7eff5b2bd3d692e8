@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - What a wish sentence also says

@Suite("Wish sentences")
struct WishSentenceReadingTests {
    @Test("a school leaver's stage counts when it is said in the same sentence as what they do not want")
    func stageInAWishSentence() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I'm 17 and just got my GCSEs back, I don't want to stay on for A levels. At weekends I help at my uncle's garage changing \
            tyres and doing oil changes.
            """))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("starting out") }, "notices: \(diagnostic.notices)")
        #expect(diagnostic.upskill.isEmpty)
        #expect(diagnostic.reskill.allSatisfy { ($0.occupation.level ?? 9) <= 3 }, "\(diagnostic.reskill.map(\.occupation.title))")
    }

    @Test("'I want a job that is quiet and not dealing with customers' is a wish, and what it rules out is read as a limit")
    func plainWantIsAWish() async throws {
        let text = """
            Receptionist at a busy dental practice for five years, booking appointments and taking payments. I want a job that is quiet \
            and not dealing with customers.
            """
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        #expect(!CareerDiagnostician.splitAspirations(text).wishes.isEmpty)
        // A wish about how to work that names no job or field records no wished-for demand (review 5, G10).
        #expect(!diagnostic.demandSignal.aspired)
        #expect(diagnostic.notices.contains { $0.contains("dealing with customers") }, "notices: \(diagnostic.notices)")
    }

    @Test("the clauses of a wish sentence before its first wish say where the learner stands, not what they want")
    func clausesBeforeTheWishAreHistory() {
        let (history, wishes) = CareerDiagnostician.splitAspirations(
            "I'm 18 and just finished my A levels in English, history and psychology, I don't want to go to university.")
        #expect(history.contains("A levels"), "history: \(history)")
        #expect(wishes == ["I don't want to go to university."], "wishes: \(wishes)")
    }

    @Test("a route a wish reaches only through a matched job title offers its other jobs only on a shared specific skill")
    func titleOnlyRouteNeedsASharedSkill() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I'm 18 and just finished my A levels in art and history. I've helped at the town library on Saturdays for two years and I'm very organised.",
            aspiration: "Something in museums or archives"))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.isEmpty)
        for path in diagnostic.reskill where !path.sharedSkills.contains(where: { $0.kind == .technical || $0.kind == .digital }) {
            let title = path.occupation.title.lowercased()
            #expect(title.contains("museum") || title.contains("archive"), "\(path.occupation.title) shares no specific skill and is not what the wish names")
        }
    }
}
