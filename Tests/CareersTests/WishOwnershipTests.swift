@testable import Careers
import Domain
import Testing

// MARK: - Which clauses of a wish sentence are the learner's wish

@Suite("Wishes: the learner's own, and what goes with them")
struct WishOwnershipTests {
    @Test("a liked field or a ruled-out thing said before the wish stays with it", arguments: [
        ("I love horses, I'd like to work with them", "horses"),
        ("Cooking is what I'm good at, I'd like to do it somewhere bigger", "cooking"),
        ("No more nights, I'd like something in an office", "no more nights"),
    ])
    func leadingClauseKept(_ sentence: String, _ word: String) {
        let (history, wishes) = CareerDiagnostician.splitAspirations(sentence + ".")
        #expect(wishes.joined(separator: " ").lowercased().contains(word), "wishes: \(wishes)")
        #expect(!history.lowercased().contains(word), "history: \(history)")
    }

    @Test("where they stand before the wish is still history")
    func standingIsHistory() {
        let (history, _) = CareerDiagnostician.splitAspirations("I'm 18 and just finished college, I'd like to work outdoors.")
        #expect(history.contains("just finished college"), "history: \(history)")
    }

    @Test("a pronoun 'it' is not IT; 'IT' and 'it support' are")
    func pronounIt() {
        #expect(!CareerDiagnostician.wishRoutes("I'd like to do it in a school").contains("digital"))
        #expect(CareerDiagnostician.wishRoutes("I'd like to work in IT").contains("digital"))
        #expect(CareerDiagnostician.wishRoutes("I'd like an it support job").contains("digital"))
        #expect(CareerDiagnostician.wishRoutes("something in it").contains("digital"))
    }

    @Test("a trade counter is selling to the trades, not a trade; a trade alone still is", arguments: [
        ("could I do something on a bench or a trade counter", false),
        ("maybe the trade counter at a plumbers merchants", false),
        ("I'd like to work on one of the trade counters", false),
        ("I want to learn a trade", true),
    ])
    func tradeCounter(_ wish: String, _ construction: Bool) {
        let routes = CareerDiagnostician.wishRoutes(wish)
        #expect(routes.contains("construction-and-the-built-environment") == construction, "\(routes)")
        #expect(routes.contains("sales-marketing-and-procurement") == !construction, "\(routes)")
    }

    @Test("an animal lover's wish after a call-centre job finds animal-care paths")
    func animalLover() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I've taken calls for an energy supplier for five years. I love dogs, I'd really like to work with them.
            """))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.demandSignal.aspired)
        #expect(diagnostic.reskill.contains { $0.occupation.route == Route.agricultureEnvironmentalAndAnimalCare.rawValue },
                "\(diagnostic.reskill.map(\.occupation.title))")
    }

    @Test("a carer who wants to do 'it' in a hospital is offered health, not IT")
    func carerInHospital() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Home carer for six years. Caring is what I'm good at, I'd love to do it on a hospital ward.
            """))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.contains { $0.occupation.route == Route.digital.rawValue }, "\(diagnostic.paths.map(\.occupation.title))")
    }

    @Test("what the learner once wanted, or someone else wants for them, is neither a wish nor a skill", arguments: [
        ("I used to want to be a hairdresser but now I work on the tills at a supermarket.", "Hairdressing"),
        ("My mum wants me to do accounting but I love fixing cars.", "Accounting"),
        ("My dad wants me to go into hairdressing but I want to be a plumber.", "Hairdressing"),
    ])
    func notTheirWish(_ text: String, _ label: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.skills.flatMap(\.skills).contains { $0.label.hasPrefix(label) }, "\(diagnostic.skills.flatMap(\.skills).map(\.label))")
        let (_, wishes) = CareerDiagnostician.splitAspirations(text)
        #expect(!wishes.joined(separator: " ").lowercased().contains(label.lowercased().prefix(6)), "wishes: \(wishes)")
    }
}
