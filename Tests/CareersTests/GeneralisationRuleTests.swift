import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Rules from the fifth blind set (careers round 8)

/// Each rule careers round 8 added after the fifth blind adviser set, on a profile written for it.
@Suite("Careers round 8 rules")
struct GeneralisationRuleTests {
    static let asked = "It matches what you said you would like to do."

    // MARK: Wishes

    @Test("A job with a pension and sick pay names no field: no pensions administrator on nothing shared")
    func benefitsNameNoField() async throws {
        let text = "Self-employed gardener in Ledbury for twelve years, mowing, hedges, borders and tree work, doing my own invoices. "
            + "I'd like a proper job with a pension and sick pay now."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.reskill.map(\.occupation.title)
        #expect(!titles.contains { $0.lowercased().contains("pension") }, "\(titles)")
        #expect(!diagnostic.reskill.contains { $0.sharedSkills.isEmpty }, "\(titles)")
    }

    @Test("Cabin crew is matched on the job it names, not on 'cabin' in a modular cabin fitter's title")
    func wishMatchedOnItsHeadWord() async throws {
        let text = "Sales assistant at a department store in Hereford for three years, tills, returns, helping customers and the fragrance counter. "
            + "I'd love to be cabin crew."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let routes = diagnostic.reskill.map(\.occupation.route)
        #expect(!routes.contains("construction-and-the-built-environment"), "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(!diagnostic.reskill.contains { $0.sharedSkills.isEmpty }, "\(diagnostic.reskill.map(\.occupation.title))")
    }

    @Test("Plants are horticulture: a school leaver who likes growing things is not sent to a plant operator's job")
    func plantsAreHorticulture() async throws {
        let text = "I've just finished year 11. I help at the garden centre on Sundays, potting on and watering, and I'd like to work with plants."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let routes = diagnostic.reskill.map(\.occupation.route)
        #expect(routes.first == "agriculture-environmental-and-animal-care", "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(!routes.contains("engineering-and-manufacturing"), "\(diagnostic.reskill.map(\.occupation.title))")
    }

    @Test("What someone is fed up of is what they leave, not a field: shifts do not wish for a shift manager's route")
    func fedUpOfIsNoWish() async throws {
        let text = "Production operative at a bakery in Worcester for four years, mixing, loading the ovens, packing and cleaning down. "
            + "Fed up of rotating shifts and want to learn something new."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.contains { $0.why.summary.contains(Self.asked) }, "\(diagnostic.reskill.map(\.occupation.title))")
    }

    @Test("A wish for other work in the learner's own route (a refuse loader who wants to drive) brings its jobs forward")
    func ownRouteWishRanksSidewaysMoves() async throws {
        let text = "Refuse loader for the district council for five years, emptying bins onto the wagon, recycling rounds and guiding the driver "
            + "when reversing. I want to get my lorry licence and become a delivery driver."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Refuse loader"))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.reskill.first?.occupation.route == "transport-and-logistics", "\(diagnostic.reskill.map(\.occupation.title))")
    }

    // MARK: Moves

    @Test("A move built on one widespread skill its learner's job is not about (cleaning, for a college student) is not offered")
    func widespreadSingleSkillIsNoMove() async throws {
        let text = "I'm 17 and doing drama at college, leaving this summer. I work part time at a cinema on the kiosk and tickets and "
            + "cleaning the screens after, and I run the lights for our college plays. I want to work backstage in theatre."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.reskill.map(\.occupation.title)
        #expect(!diagnostic.reskill.contains { $0.occupation.route == "construction-and-the-built-environment" }, "\(titles)")
    }

    // MARK: Anchors

    @Test("A standard the text's SOC group does not back is not the learner's job, and the notice says so")
    func textGroupVetsTheAnchor() async throws {
        let text = "Ran a fruit and veg stall on Bromsgrove market for twenty years, buying at the wholesale market, pricing up, cash and the regulars."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let standards = diagnostic.currentOccupations.filter { $0.occupation.scheme == .ifate }
        #expect(!standards.contains { ($0.occupation.level ?? 0) >= 6 }, "\(standards.map(\.occupation.title))")
        #expect(diagnostic.upskill.allSatisfy { ($0.occupation.level ?? 0) <= 4 }, "\(diagnostic.upskill.map(\.occupation.title))")
    }

    @Test("A learner who gives their age as 17 and is at college is starting out")
    func ageMarksASchoolLeaver() async throws {
        let text = "I'm 17 and studying music tech at college. I work weekends at the bowling alley on the desk and the café."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("starting out") }, "\(diagnostic.notices)")
        #expect(diagnostic.upskill.isEmpty)
    }
}
