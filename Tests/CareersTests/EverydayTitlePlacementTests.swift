@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Placing the learner by what they say they do, at the age they say they are

@Suite("Everyday titles, stated age and wished fields in placement")
struct EverydayTitlePlacementTests {
    static func standards(_ diagnostic: Diagnostic) -> [String] {
        diagnostic.currentOccupations.filter { $0.occupation.scheme == .ifate }.map(\.occupation.title)
    }

    @Test("the everyday job-title table says which standard a title is: a bar manager is a hospitality manager")
    func barManagerIsHospitalityManager() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Bar manager at a pub in Bromsgrove, 6 years. Cellar management, stock takes, rotas, cashing up, training staff, personal licence holder.",
            currentTitle: "Bar manager"))
        checkPathInvariants(diagnostic)
        #expect(Self.standards(diagnostic).contains("Hospitality manager"), "\(Self.standards(diagnostic))")
    }

    @Test("a learner who says they are 17 and names no job is placed in none")
    func seventeenNamesNoJob() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            17, left college after a few months, it wasnt for me. I like being outside, i help my grandad with his allotment and cut \
            hedges for neighbours.
            """))
        #expect(diagnostic.currentOccupations.isEmpty, "\(diagnostic.currentOccupations.map(\.occupation.title))")
    }

    @Test("a school leaver who wants to design buildings is offered construction and the built environment")
    func designBuildings() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            im 16 and just finished my GCSEs. Got a 7 in maths and a 6 in design technology. I love drawing houses. \
            I want to design buildings but dont know if I can without going to uni.
            """))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.reskill.prefix(3).contains { $0.occupation.route == "construction-and-the-built-environment" },
                "\(diagnostic.reskill.map { "\($0.occupation.title) (\($0.occupation.route ?? "-"))" })")
    }
}
