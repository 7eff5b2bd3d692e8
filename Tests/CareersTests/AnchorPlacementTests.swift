import Careers
import Domain
import Taxonomy
import Testing

// MARK: - The learner's current job agrees with their SOC placement

@Suite("Anchor placement")
struct AnchorPlacementTests {
    /// The standards shown as the learner's likely job.
    static func standards(_ diagnostic: Diagnostic) -> [OccupationGuess] {
        diagnostic.currentOccupations.filter { $0.occupation.scheme == .ifate }
    }

    /// The SOC 2020 unit group the diagnostic places the learner in.
    static func placedGroup(_ diagnostic: Diagnostic) -> String? {
        diagnostic.currentOccupations.first { $0.occupation.scheme == .soc2020 }?.occupation.code
    }

    @Test("a kitchen porter is not placed in a standard that only shares the word 'kitchen', and is told no standard fits")
    func elementaryJobHasNoStandardOnWordsAlone() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: """
                Kitchen porter in a busy pub kitchen for three years: scrubbing pans, running the dishwasher, mopping down at close, \
                unpacking the food order into the walk-in fridge and peeling veg for the chefs. Food hygiene certificate.
                """,
            currentTitle: "Kitchen porter"))
        checkPathInvariants(diagnostic)
        #expect(Self.placedGroup(diagnostic) == "9263", "\(diagnostic.currentOccupations.map(\.occupation.title))")
        #expect(Self.standards(diagnostic).isEmpty, "shown as their job: \(Self.standards(diagnostic).map(\.occupation.title))")
        #expect(diagnostic.upskill.isEmpty)
        #expect(diagnostic.notices.contains { $0.contains("kitchen and catering assistants") && $0.contains("no apprenticeship standard") }, "\(diagnostic.notices)")
    }

    @Test("every standard shown as a supervisor's or manager's job codes to their SOC group, or rests on skills they describe", arguments: [
        ("Shop supervisor", "Supervisor in a garden centre for six years: cashing up, writing the staff rota, handling refunds and complaints, showing new staff the tills and placing weekly orders with suppliers."),
        ("Store manager", "Store manager of a discount homeware shop for eight years: running a team of twelve, hitting sales targets, stock counts, staff rotas, recruiting and training, and banking the takings."),
    ])
    func shownStandardsAgreeWithPlacement(_ title: String, _ text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: title))
        let taxonomy = try SkillsTaxonomy.bundled()
        let group = try #require(Self.placedGroup(diagnostic))
        let held = heldSkillIDs(diagnostic)
        for guess in Self.standards(diagnostic) {
            let standard = try #require(taxonomy.standard(reference: guess.occupation.code))
            let codes = standard.soc.map(\.code)
            let linked = codes.contains { $0.prefix(3) == group.prefix(3) }
            // Job titles coding to another group: another job unless two of its skills are the learner's.
            let sharedSkills = standard.skillIDs.filter(held.contains).count
            #expect(linked || (codes.isEmpty && sharedSkills >= 1) || sharedSkills >= 2,
                "\(title) (SOC \(group)) shown as \(standard.title), linked to \(codes), sharing \(sharedSkills) skills")
        }
    }

    @Test("pay named in a wish ('better money') names no field, so no finance job is offered for it")
    func payIsNotAField() async throws {
        let text = """
            Gardener for the parish council for five years: mowing the verges and the rec with a ride-on, hedge trimming, \
            strimming round the graves in the churchyard and keeping the mowers and strimmers serviced.
            """
        let asked = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Gardener", aspiration: "Outside still, with better money"))
        checkPathInvariants(asked)
        #expect(!asked.reskill.contains { $0.occupation.route == "legal-finance-and-accounting" }, "\(asked.reskill.map(\.occupation.title))")
        let finance = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Gardener", aspiration: "Something with money and numbers"))
        #expect(finance.reskill.contains { $0.occupation.route == "legal-finance-and-accounting" }, "\(finance.reskill.map(\.occupation.title))")
    }
}
