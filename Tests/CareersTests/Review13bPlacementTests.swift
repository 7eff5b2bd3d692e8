@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 13 (round 2): what the learner does now, placed in the right trade

/// Review 13's learners (development data): the job a learner names is placed by its own words, written
/// closed up or as the place they manage, and a sentence about what they dislike places them nowhere.
@Suite("Review 13b placement: closed-up titles, places managed, dislikes")
struct Review13bPlacementTests {
    static func socCodes(_ diagnostic: Diagnostic) -> [String] {
        diagnostic.currentOccupations.filter { $0.occupation.scheme == .soc2020 }.map(\.occupation.code)
    }

    @Test("a job title written as one word is the job title it closes up: a coachbuilder builds coaches, not buildings")
    func closedUpTitle() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Coachbuilder at a sports car maker for 20 years. Building the ash frames, fitting and hand forming the aluminium panels, "
                + "some wiring looms, final fettling and road test checks.",
            currentTitle: "Coachbuilder"))
        #expect(Self.socCodes(diagnostic).first == "5232", "\(diagnostic.currentOccupations.map(\.occupation.title))")
        #expect(!Self.socCodes(diagnostic).contains("3114"))
    }

    @Test("'manager of a pizza takeaway' is the takeaway's manager or owner, not the till system they fix")
    func managerOfAPlace() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "manager of a pizza takeaway in redditch, 5 yrs, staff rotas, ordering, the till and epos system which i fix when it goes "
                + "down, set up the online ordering and the wifi and cameras, 16 staff."))
        #expect(Self.socCodes(diagnostic).first == "1222", "\(diagnostic.currentOccupations.map(\.occupation.title))")
    }

    @Test("a dislike is no evidence of the job: 'I dont like phones' does not place a shelf stacker among telephonists")
    func dislikeIsNoJob() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Im 23 and autistic. I work nights shelf stacking at Lidl in Droitwich, 3 years, I like nights because its quiet and I know "
                + "exactly what to do. I dont like phones or crowds. I'm really good with computers, I build PCs and I've taught myself Python "
                + "and SQL from YouTube, I make spreadsheets of everything. Want a job with data or computers where I can wear headphones and "
                + "not have to talk to customers"))
        #expect(!Self.socCodes(diagnostic).contains("7212"), "\(diagnostic.currentOccupations.map(\.occupation.title))")
        // A sentence stating the job is kept, dislike or not.
        #expect(CareerDiagnostician.droppingDislikeSentences("I hate my job as a welder. I dont like phones.") == "I hate my job as a welder")
    }

    @Test("knowing the products a trade counter sells is no trade: 'product knowledge from fixings to plumbing' is not plumbing")
    func productKnowledgeIsNoTrade() async throws {
        let held = { (text: String) async throws -> [String] in
            try await TestCatalogue.diagnose(LearnerProfile(text: text)).skills.flatMap(\.skills).map(\.id)
        }
        let counter = try await held(
            "Trade counter assistant at Screwfix in Worcester for 6 years, serving tradesmen, picking orders, stock, click and collect, "
                + "product knowledge on everything from fixings to plumbing.")
        #expect(!counter.contains("plumbing"), "\(counter)")
        #expect(try await held("Plumber for 12 years, bathrooms, boilers and general plumbing.").contains("plumbing"))
    }
}
