@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Rules from careers round 10

/// Each rule careers round 10 added so that the paths are ones an adviser would accept, on a profile
/// written for it (not a fixture's text).
@Suite("Careers round 10 rules")
struct AdviserPathRuleTests {
    /// Whether a path is a plain office or customer-service entry role that shares none of the learner's skills.
    static func isBareDeskRole(_ path: CareerPath) -> Bool {
        let title = path.occupation.title.lowercased()
        return path.sharedSkills.isEmpty && CareerDiagnostician.plainEntryTitles.contains { title.hasPrefix($0) }
    }

    // MARK: Desk work

    @Test("Wanting out of the weather is no call for an office job that shares nothing")
    func weatherIsNoCallForABareDeskRole() async throws {
        let text = "Scaffolder for eight years on commercial sites, tube and fitting, erecting and dismantling, loading the lorry. "
            + "I've had enough of the weather."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Scaffolder"))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.contains(where: Self.isBareDeskRole), "\(diagnostic.reskill.map(\.occupation.title))")
    }

    @Test("With no standard for their job, the own field of someone out of the weather is their SOC group's")
    func weatherOwnFieldFromThePlacementWithoutAStandard() async throws {
        // No apprenticeship standard stands for scaffolders (SOC 8151); the other construction operatives of
        // its minor group say his field is construction, not the warehouse work of loading the lorry.
        let text = "Scaffolder 6 years, tube and fitting and system scaffold, working off the drawings, loading the lorry and doing "
            + "the scaffold inspections and tags. Sick of being out in the rain all winter."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Scaffolder"))
        checkPathInvariants(diagnostic)
        let first = try #require(diagnostic.reskill.first, "no reskill path")
        #expect(first.occupation.route == "construction-and-the-built-environment", "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(first.why.summary.contains("indoor side of your own field"), "\(first.why.summary)")
    }

    @Test("Wanting out of the weather looks first at the indoor side of the learner's own field")
    func weatherLooksIndoorsInTheOwnFieldFirst() async throws {
        let text = "Groundworker for ten years on housing sites, laying drains, kerbs and foundations, reading levels and setting out. "
            + "I've had enough of the rain and the cold."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Groundworker"))
        checkPathInvariants(diagnostic)
        let first = try #require(diagnostic.reskill.first, "no reskill path")
        #expect(first.occupation.route == "construction-and-the-built-environment", "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(first.why.summary.contains("indoor side of your own field"), "\(first.why.summary)")
        #expect(!first.sharedSkills.isEmpty, "\(first.occupation.title)")
    }

    @Test("A limit that calls for desk work offers one plain entry role sharing nothing, after any move that keeps a skill")
    func deskCallingLimitOffersOneBareRoleLast() async throws {
        let text = "Roofer for fifteen years, slating and tiling, leadwork and felt. My back has gone and I need a desk job now."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Roofer"))
        checkPathInvariants(diagnostic)
        let bare = diagnostic.reskill.indices.filter { Self.isBareDeskRole(diagnostic.reskill[$0]) }
        #expect(bare.count == 1, "\(diagnostic.reskill.map(\.occupation.title))")
        let sharing = diagnostic.reskill.indices.filter { !diagnostic.reskill[$0].sharedSkills.isEmpty }
        #expect(sharing.allSatisfy { $0 < (bare.first ?? .max) }, "\(diagnostic.reskill.map(\.occupation.title))")
    }

    @Test("A wish for a desk job closes driving as a step up too")
    func deskWishClosesDrivingStepUps() async throws {
        let text = "Van driver for six years on multi-drop parcels, loading the van, planning my route on the handheld. "
            + "My back is bad now and I need a desk job."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Van driver"))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(!titles.contains { $0.lowercased().contains("driver") }, "\(titles)")
    }

    @Test("Someone with a job, no move and an office skill is offered desk work resting on it")
    func noMoveWithAnOfficeSkillGetsDeskWork() async throws {
        let text = "Self-employed driving instructor for ten years, teaching pupils, lesson planning, keeping my own diary and accounts. "
            + "I want something steadier."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Driving instructor"))
        checkPathInvariants(diagnostic)
        let first = try #require(diagnostic.reskill.first, "no reskill path: \(diagnostic.notices)")
        #expect(first.why.summary.contains("desk-based move"), "\(first.why.summary)")
        #expect(!first.sharedSkills.isEmpty, "\(first.occupation.title)")
    }

    // MARK: Fresh starts and levels

    @Test("A field wished for in general terms is entered at its entry level when nothing is shared")
    func generalWishFreshStartsAtEntryLevel() async throws {
        let text = "Personal trainer for seven years in a gym in Redditch, one to one sessions, writing training programmes, nutrition "
            + "advice and running spin classes. Since long covid I get exhausted after an hour or two. I'd like to help people with "
            + "their health, part time."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Personal trainer"))
        checkPathInvariants(diagnostic)
        let bare = diagnostic.reskill.filter { $0.sharedSkills.isEmpty }
        #expect(bare.allSatisfy { ($0.occupation.level ?? 0) <= 2 }, "\(bare.map { "\($0.occupation.title) (\($0.occupation.level ?? 0))" })")
    }

    @Test("A wished field's job more than a level above the learner's needs a real share of its core")
    func wishedJobFarAboveNeedsACoreShare() async throws {
        let text = "Production line operative at a car parts factory for six years, assembling brake units, torque checks and quality "
            + "checks. I want to be an engineer."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Production operative"))
        checkPathInvariants(diagnostic)
        #expect(
            diagnostic.reskill.allSatisfy { ($0.occupation.level ?? 0) <= 3 },
            "\(diagnostic.reskill.map { "\($0.occupation.title) (\($0.occupation.level ?? 0))" })")
    }

    @Test("A wish naming a job of the learner's own route reaches it as a step up beyond two levels")
    func namedJobReachesBeyondTwoLevels() async throws {
        let text = "Teaching assistant in a reception class for four years, reading with children, phonics, supporting two children "
            + "with SEN. I want to go on and train as a teacher."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Teaching assistant"))
        checkPathInvariants(diagnostic)
        let teacher = try #require(diagnostic.upskill.first { $0.occupation.title == "Teacher" }, "\(diagnostic.upskill.map(\.occupation.title))")
        #expect(teacher.why.summary.contains("your wish names it"), "\(teacher.why.summary)")
    }

    @Test("'lvl 3' is a qualification level, so a level-3 nursery worker steps up in their pathway")
    func shortLevelIsAQualificationLevel() async throws {
        #expect(CareerDiagnostician.qualificationLevel(in: "i have lvl 3 childcare") == 3)
        let text = "i work in a nursery with toddlers, doing nappies, observations and learning journals, i have lvl 3 childcare"
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        #expect(
            diagnostic.upskill.contains { $0.occupation.title == "Early years lead practitioner" }, "\(diagnostic.upskill.map(\.occupation.title))")
    }

    @Test("An experienced tradesperson at level 2 may step up to teaching or assessing the trade")
    func experienceQualifiesForTeachingTheTrade() async throws {
        let text = "Plasterer for sixteen years on new builds and extensions, skimming and rendering. My knees have gone, so I'd like "
            + "something less physical, such as teaching the trade."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Plasterer"))
        checkPathInvariants(diagnostic)
        #expect(CareerDiagnostician.yearsInWork("Plasterer for sixteen years, 3 years in the army") == 16)
        let teaching = diagnostic.upskill.first { $0.why.summary.hasPrefix("Teaching or assessing your trade") }
        #expect(teaching != nil, "\(diagnostic.upskill.map(\.occupation.title))")
    }

    // MARK: Wishes

    @Test("'Get off the road' is left behind: no road job is read as the wish, and driving is closed")
    func offTheRoadIsLeftBehind() async throws {
        let text = "HGV class 2 driver for the council for eight years, tipper and hook loader, tachograph and daily checks. "
            + "I'd like to get off the road now, perhaps something in planning."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "HGV driver"))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map { $0.occupation.title.lowercased() }
        #expect(!titles.contains { $0.contains("road") || $0.contains("driver") }, "\(titles)")
    }

    @Test("Working from home is a circumstance, not a job title")
    func fromHomeIsACircumstance() {
        let kept = CareerDiagnostician.droppingCircumstances("I'd still like to help, part time or from home if I can")
        #expect(!kept.lowercased().contains("home"), "\(kept)")
    }

    @Test("Animation and illustration are creative work")
    func animationIsCreativeWork() {
        #expect(CareerDiagnostician.wishRoutes("I really want to do animation").contains("creative-and-design"))
        #expect(CareerDiagnostician.wishRoutes("maybe illustration").contains("creative-and-design"))
    }

    @Test("A wish the step up answers is not answered again by a fresh start in that field")
    func wishAnsweredByTheStepUpIsNotRepeated() async throws {
        let text = "Hairdresser for nine years, cutting, colouring and blow drys, running the salon diary. I'm thinking about teaching hairdressing."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Hairdresser"))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.upskill.contains { $0.occupation.route == "education-and-early-years" }, "\(diagnostic.upskill.map(\.occupation.title))")
        let fresh = diagnostic.reskill.filter { $0.occupation.route == "education-and-early-years" && $0.sharedSkills.isEmpty }
        #expect(fresh.isEmpty, "\(fresh.map(\.occupation.title))")
    }
}
