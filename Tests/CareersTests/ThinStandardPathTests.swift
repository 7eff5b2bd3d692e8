import Careers
import Domain
import Testing

// MARK: - Everyday jobs on thin standards

/// A barber, a commis chef or a sales assistant is shown the everyday standard the 2023 snapshot lists
/// only as a retired version (a thin standard, skills inferred) as their job and offered a next step;
/// a path to a thin standard says its skills are inferred; thin standards carry no move into another
/// field. The placement tests fail without the thin standards (no hair professional or commis chef).
@Suite("Thin standard paths")
struct ThinStandardPathTests {
    @Test("a barber is shown the hair professional standard as their job and offered the advanced hair professional, or teaching hair")
    func barberPlacedAndSteppedUp() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I've been a barber for six years: skin fades, beard trims, hot towel shaves and cutting men's hair. I also cash up at the end of the day \
            and mentor the apprentice.
            """))
        checkPathInvariants(diagnostic)
        let current = diagnostic.currentOccupations.map(\.occupation.code)
        #expect(current.contains("ST0213"), "\(diagnostic.currentOccupations.map(\.occupation.title))")
        #expect(heldSkillIDs(diagnostic).contains("hairdressing"))
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(titles.contains("Advanced and creative hair professional") || titles.contains { $0.contains("teacher") || $0.contains("Assessor") },
                "\(titles)")
        let fields = [Route.hairAndBeauty.rawValue, Route.educationAndEarlyYears.rawValue]
        #expect(diagnostic.upskill.allSatisfy { fields.contains($0.occupation.route ?? "") }, "\(titles)")
    }

    @Test("a commis chef steps up to chef de partie, whose why says its skills are inferred from a retired version")
    func stepUpToThinStandardNamesItsBasis() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Commis chef in a hotel kitchen for two years: prepping vegetables, cooking sauces, food hygiene and keeping my section clean.
            """))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.currentOccupations.contains { $0.occupation.code == "ST0228" })
        let chef = try #require(diagnostic.upskill.first { $0.occupation.code == "ST0227" }, "\(diagnostic.upskill.map(\.occupation.title))")
        // Inferred skills and a withdrawn version, said in a learner's words (review 10).
        #expect(chef.why.summary.contains("our best guess from the job's description"), "\(chef.why.summary)")
        #expect(chef.why.summary.contains("the official list of its skills has been withdrawn"))
        #expect(!chef.why.summary.contains("snapshot"))
        // A path to a standard with statements says nothing of the kind.
        for path in diagnostic.upskill where path.occupation.code != "ST0227" && path.occupation.code != "ST0230" {
            #expect(!path.why.summary.contains("best guess") && !path.why.summary.contains("updated since"), "\(path.occupation.title): \(path.why.summary)")
        }
    }

    @Test("thin standards are offered as a placement or step up, not as a move into another field", arguments: [
        "Sales assistant at a supermarket for three years: serving customers on the tills, handling cash, stock rotation and dealing with complaints.",
        "Painter and decorator for twelve years, but my asthma means I can't work with paint fumes any more. I price jobs and deal with customers.",
        "Customer service advisor in a call centre: taking calls, handling complaints, updating customer records on the CRM.",
    ])
    func noThinReskill(_ text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let thin: Set<String> = ["ST0072", "ST0178", "ST0185", "ST0213", "ST0228", "ST0233", "ST0326", "ST0327", "ST0384"]
        for path in diagnostic.reskill {
            #expect(!thin.contains(path.occupation.code), "\(path.occupation.title): \(path.why.summary)")
            // A retired version with statements may be a move; a thin one (skills inferred) may not.
            #expect(!path.why.summary.contains("skills inferred"), "\(path.occupation.title)")
        }
    }
}
