import Careers
import Domain
import Testing

// MARK: - Heavy manual trades and conditions said to be in a part of the body

@Suite("Heavy work limits")
struct HeavyWorkLimitTests {
    /// Every path title, steps up and moves.
    static func titles(_ diagnostic: Diagnostic) -> [String] {
        (diagnostic.upskill + diagnostic.reskill).map(\.occupation.title)
    }

    @Test("A landscaper whose back has gone is offered no heavy manual trade, even one whose standard names no manual handling")
    func heavyTradeClosed() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text:
            "Landscape gardener for 15 years, patios, fencing, turfing, planting schemes. Got arthritis in both knees now and can't do the "
                + "heavy work. I know plants really well and I'm good with customers."))
        checkPathInvariants(diagnostic)
        let heavy = ["fencing", "groundworker", "bricklayer", "roofer", "scaffolder", "demolition"]
        #expect(!Self.titles(diagnostic).contains { title in heavy.contains { title.lowercased().contains($0) } }, "paths: \(Self.titles(diagnostic))")
        #expect(diagnostic.notices.contains { $0.contains("physical limit") })
    }

    @Test("Without a limit, the same landscaper may be offered fencing")
    func fencingOpenWithoutLimit() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text:
            "Landscape gardener for 15 years, patios, fencing, turfing, planting schemes. I know plants really well and I'm good with customers."))
        checkPathInvariants(diagnostic)
        #expect(Self.titles(diagnostic).contains { $0.hasPrefix("Fencing") }, "paths: \(Self.titles(diagnostic))")
    }

    @Test("A condition said to be in the hands, after another part of the body, closes work with the hands", arguments: [
        "Got arthritis in both knees and my hands now.",
        "I have tendonitis in my left wrist.",
    ])
    func conditionInHands(_ sentence: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: "Joiner for twelve years, first and second fix, kitchens and staircases. " + sentence))
        #expect(diagnostic.notices.contains { $0.contains("condition of your hands") }, "notices: \(diagnostic.notices)")
    }

    @Test("No pain in the hands is no hand condition")
    func deniedCondition() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text:
            "Joiner for twelve years, first and second fix, kitchens and staircases. No pain in my hands, I just want a change."))
        #expect(!diagnostic.notices.contains { $0.contains("condition of your hands") }, "notices: \(diagnostic.notices)")
    }
}

// MARK: - Leaving classroom teaching

@Suite("Classroom teaching limit")
struct ClassroomTeachingLimitTests {
    @Test("A teacher who cannot go back into a classroom is offered no teaching job, as a move or a step up")
    func teacherLeavingClassroom() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Taught geography at a high school for 9 years, head of year for the last 3. I've been signed off with anxiety since Easter "
                + "and I know I can't go back into a classroom, the behaviour broke me. I'm organised and good at explaining things.",
            currentTitle: "Secondary school teacher"))
        checkPathInvariants(diagnostic)
        let titles = (diagnostic.upskill + diagnostic.reskill).map(\.occupation.title)
        #expect(!titles.contains { $0.lowercased().contains("teacher") || $0.lowercased().contains("lecturer") }, "paths: \(titles)")
        #expect(diagnostic.notices.contains { $0.contains("classroom teaching") }, "notices: \(diagnostic.notices)")
    }
}
