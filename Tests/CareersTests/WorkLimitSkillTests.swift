@testable import Careers
import Domain
import Testing

// MARK: - Skills and standards a physical limit rules out

@Suite("Work limits: what the physical limit closes")
struct WorkLimitSkillTests {
    @Test("a care assistant who hurt their back is not stepped up into care work built on moving and handling")
    func careAssistantWithBadBack() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Care assistant in a nursing home for nine years: personal care, hoisting and moving and handling residents, medication rounds. \
            I damaged my back turning a resident last winter.
            """))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("physical limit") }, "notices: \(diagnostic.notices)")
        for path in diagnostic.paths {
            #expect(!(path.sharedSkills.map(\.label) + path.missingSkills.map(\.label)).contains("Moving and handling"),
                    "\(path.occupation.title) lists moving and handling")
        }
    }

    @Test("a roofer with worn-out knees is not offered roofing again, as a move or a step up")
    func rooferWithBadKnees() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Roofer for eighteen years, my knees are shot now.
            """))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("physical limit") }, "notices: \(diagnostic.notices)")
        #expect(!diagnostic.paths.contains { $0.occupation.title == "Roofer" || $0.occupation.title == "Plasterer" },
                "\(diagnostic.paths.map(\.occupation.title))")
    }

    @Test("a limit that leaves the own job open says so in the desk move's reason")
    func deskReasonWhenOwnJobOpen() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Hairdresser for twelve years: cutting, colouring, styling and perms. I can't do shifts any more.
            """))
        checkPathInvariants(diagnostic)
        let desk = diagnostic.reskill.filter { $0.why.summary.contains("desk-based") }
        #expect(!desk.isEmpty, "\(diagnostic.reskill.map(\.occupation.title))")
        for path in desk {
            #expect(!path.why.summary.contains("closes much of your own kind of work"), "\(path.why.summary)")
        }
    }
}
