@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Wishes read whole: a pronoun "it", a title's "and", a wish without "I"

@Suite("Wishes: pronoun it, a title's 'and', and a wish without 'I'")
struct WishPronounAndTitledPairTests {
    @Test("'go back into it' is the learner's own field, never IT")
    func backIntoItIsNoIT() async throws {
        #expect(CareerDiagnostician.wishRoutes("not sure if I want to go back into it").isEmpty)
        #expect(CareerDiagnostician.wishRoutes("I'd like to get into it support").contains("digital"))
        #expect(CareerDiagnostician.wishRoutes("something in it maybe").contains("digital"))
        #expect(CareerDiagnostician.droppingPronounIt("go back into it or do something else") == "go back into  or do something else")
        let text = """
            Qualified social worker (BA hons) but Ive not practised for 7 years due to family stuff and my registration lapsed. \
            I did child protection in Worcestershire. Not sure if I want to go back into it or do something less stressful.
            """
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Social worker"))
        checkPathInvariants(diagnostic)
        let routes = diagnostic.paths.map(\.occupation.route)
        #expect(!routes.contains("digital"), "\(diagnostic.paths.map(\.occupation.title))")
        #expect(!diagnostic.demandSignal.routes.contains("digital"), "\(diagnostic.demandSignal.routes)")
    }

    @Test("'learning and development' is one wish, the L&D job, not 'development' in an engineer's title")
    func titledPairIsOneWish() async throws {
        let text = """
            Cabin crew for seven years. Safety demos, first aid, dealing with difficult passengers, and I was a trainer for new crew. \
            Want to stop flying now I have a baby.
            """
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, aspiration: "learning and development"))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(titles.contains { $0.lowercased().contains("learning and development") }, "\(titles)")
        #expect(!titles.contains { $0.lowercased().contains("software") }, "\(titles)")
        #expect(!diagnostic.notices.contains { $0.lowercased().contains("software") }, "\(diagnostic.notices)")
    }

    @Test("a wish written without 'I' ('want a proper career but still with animals') is read")
    func wishWithoutI() async throws {
        let wishes = CareerDiagnostician.splitAspirations(
            "Im 24 and the pay is rubbish, want a proper career but still with animals if possible").wishes
        #expect(CareerDiagnostician.wishRoutes(wishes.joined(separator: " ")).contains("agriculture-environmental-and-animal-care"), "\(wishes)")
        let text = """
            Ive worked as a groom at a livery yard since I left school, mucking out and giving meds. \
            Im 24 and the pay is rubbish, want a proper career but still with animals if possible
            """
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.demandSignal.aspired)
        #expect(diagnostic.demandSignal.routes.contains("agriculture-environmental-and-animal-care"), "\(diagnostic.demandSignal.routes)")
        // The same words in a plain report are no wish.
        #expect(CareerDiagnostician.splitAspirations("Worked in a warehouse picking orders for five years.").wishes.isEmpty)
    }

    @Test("'an apprenticeship doing machinery' is a wish for engineering")
    func machineryWish() {
        let wishes = CareerDiagnostician.splitAspirations("Not good at exams. want a apprenticeship doing machinery").wishes
        #expect(CareerDiagnostician.wishRoutes(wishes.joined(separator: " ")).contains("engineering-and-manufacturing"), "\(wishes)")
    }
}
