import Careers
import Domain
import Testing

// MARK: - Wishes written in ordinary words

@Suite("Wishes in ordinary words")
struct WishWordingTests {
    @Test("A kitchen worker wanting to be hands on with patients is offered care work first, not a trade")
    func handsOnWithPeopleIsCare() async throws {
        let text = "Kitchen assistant in a nursing home in Droitwich for six years, breakfasts and teas, special diets and food hygiene. "
            + "I'd like to be more hands on with the patients next time."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let routes = diagnostic.reskill.map(\.occupation.route)
        // Care work is the main route of a caring wish, so its entry-level job leads.
        #expect(routes.first == "care-services", "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(!routes.contains("construction-and-the-built-environment"), "\(diagnostic.reskill.map(\.occupation.title))")
    }

    @Test("What the learner wants to leave behind names no path; the field they name comes first")
    func negatedClauseNamesNoRoute() async throws {
        let text = "Shift supervisor on a holiday bookings helpline for four years, managing eight agents, listening to calls, weekly reports. "
            + "I've been off with stress, I'd like something calmer like data, away from the phones."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.reskill.first?.occupation.route == "digital", "\(diagnostic.reskill.map(\.occupation.title))")
    }

    @Test("A wish after a negation in the same sentence is kept: the negation ends at the conjunction or the wish", arguments: [
        "I was not happy on the shop floor and I want to work in care.",
        "I never liked the late shifts but I would like to work in care.",
        "Not sure what yet but I want to work in care.",
    ])
    func wishAfterNegationKept(_ wish: String) async throws {
        let text = "Sales assistant in a garden centre for five years: till work, customer service, stock control. " + wish
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.demandSignal.aspired)
        #expect(diagnostic.reskill.first?.occupation.route == "care-services", "\(diagnostic.reskill.map(\.occupation.title))")
    }

    @Test("A stated aspiration that opens with what the learner has never done still names its field")
    func aspirationAfterNeverKept() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Sales assistant in a garden centre for five years: till work, customer service, stock control.",
            aspiration: "I have never worked in an office but I would like to try admin work"))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.reskill.first?.occupation.route == "business-and-administration", "\(diagnostic.reskill.map(\.occupation.title))")
    }

    @Test("Looking after animals is not a wish for care work")
    func lookingAfterAnimalsIsNotCare() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Sales assistant in a garden centre for five years: till work, customer service, stock control.",
            aspiration: "I'd like a job looking after horses"))
        checkPathInvariants(diagnostic)
        let routes = diagnostic.reskill.map(\.occupation.route)
        #expect(routes.first == "agriculture-environmental-and-animal-care", "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(!routes.contains("care-services"), "\(diagnostic.reskill.map(\.occupation.title))")
    }

    @Test("An empty reskill list says which field the skills belong to and what to say instead")
    func emptyListExplained() async throws {
        // No menu planning: since the careers data round a chef who plans menus is offered Food technologist (recipe development).
        // A cook: since careers data round 4 a text opening "Chef" is placed among chefs, whose minor group holds the fishmonger.
        let text = "Cook for eight years in a pub kitchen in Upton: cooking, food safety, stock control and ordering, managing the porters."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        try #require(diagnostic.reskill.isEmpty, "\(diagnostic.reskill.map(\.occupation.title))")
        let notice = diagnostic.notices.first { $0.contains("belong to") }
        #expect(notice?.contains("catering and hospitality") == true, "notices: \(diagnostic.notices)")
        #expect(notice?.contains("Say what you would like to do") == true, "notices: \(diagnostic.notices)")
    }
}
