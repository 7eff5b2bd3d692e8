import Careers
import Domain
import Taxonomy
import Testing

// MARK: - The job the learner's words name places them (review 5, G6)

/// A learner names their job anywhere in the text ("I used to be a …", "12 years … as a …", "worked in a
/// call centre"), often after a sentence about their health, their family or why they left: the job
/// named places them, not the opening words, and their own job is where they are now, never a move.
@Suite("Job mentions place the learner")
struct JobMentionPlacementTests {
    static func codes(_ diagnostic: Diagnostic, _ scheme: OccupationScheme) -> [String] {
        diagnostic.currentOccupations.filter { $0.occupation.scheme == scheme }.map(\.occupation.code)
    }

    static func titles(_ diagnostic: Diagnostic, _ scheme: OccupationScheme) -> [String] {
        diagnostic.currentOccupations.filter { $0.occupation.scheme == scheme }.map(\.occupation.title)
    }

    @Test("a job named after the opening words places the learner in its unit group", arguments: [
        ("Back on the job market now my youngest has started school. I used to be a pharmacy assistant at Boots for 6 years, "
            + "serving customers, handing out prescriptions and ordering stock.", "7114"),
        ("Ex army. Served 9 years in the Royal Logistic Corps as an HGV driver, class 1, convoys and load securing. Now looking for something local.",
         "8211"),
        ("Returning to work after caring for my mum. I used to be a laboratory technician at a water company testing samples - pH, "
            + "microbiology, recording results on LIMS. Been out 6 years so need updating.", "3111"),
        ("Back after five years at home. I worked on the IT service desk at a hospital, password resets, building laptops and logging tickets.",
         "3132"),
    ])
    func laterMention(_ text: String, _ code: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        #expect(Self.codes(diagnostic, .soc2020).first == code, "\(Self.titles(diagnostic, .soc2020))")
    }

    @Test("a sentence about the learner's health or status is read past, not as their job", arguments: [
        ("Registered disabled since a car accident. Worked as a forklift driver at a distribution centre for 4 years, loading and "
            + "unloading trailers, stock rotation.", "8222"),
        ("Partially sighted since birth. Worked in a warehouse for 3 years picking orders with a scanner and packing parcels.", "9252"),
        ("Registered partially sighted. Worked in a call centre for an energy company handling complaints and billing queries for 6 years. "
            + "Very good with screen readers and JAWS, Excel.", "7211"),
    ])
    func statusClauseReadPast(_ text: String, _ code: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        #expect(Self.codes(diagnostic, .soc2020).first == code, "\(Self.titles(diagnostic, .soc2020))")
        #expect(!Self.titles(diagnostic, .soc2020).contains { $0.lowercased().contains("nurs") })
    }

    @Test("unpaid work named first is not the learner's job")
    func voluntaryWorkIsNoJob() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Volunteered with St John Ambulance as a first aider for years. I was a warehouse supervisor at Next, rotas, WMS, inducting new staff."))
        #expect(Self.codes(diagnostic, .soc2020).first == "9251", "\(Self.titles(diagnostic, .soc2020))")
    }

    @Test("a job named in the text stands for the standard whose typical job title it is, wherever SOC codes it")
    func typicalTitleNamesTheStandard() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Left the Royal Engineers last year after 12 years as a plant operator on excavators, dumpers and rollers. Want to get back into construction."))
        #expect(Self.titles(diagnostic, .ifate).contains("Construction plant operative"), "\(Self.titles(diagnostic, .ifate))")
        #expect(!diagnostic.reskill.contains { $0.occupation.title == "Construction plant operative" })
    }

    @Test("the learner's own job is where they are now: not 'not that job', never a move or a step up")
    func ownJobIsNoMove() async throws {
        let assistant = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Been signed off with anxiety after 7 years as a teaching assistant in a junior school. Supported a child with autism, "
                + "ran reading groups and phonics."))
        #expect(Self.titles(assistant, .ifate).first == "Teaching assistant", "\(Self.titles(assistant, .ifate))")
        #expect(!assistant.paths.contains { $0.occupation.title == "Teaching assistant" }, "\(assistant.paths.map(\.occupation.title))")
        #expect(!assistant.notices.contains { $0.contains("is not that job") }, "\(assistant.notices)")
        let negotiator = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I have been a lettings negotiator for three years at an agency in Kidderminster: viewings, tenant referencing, "
                + "negotiating rents, inventories."))
        #expect(Self.codes(negotiator, .soc2020).first == "3555", "\(Self.titles(negotiator, .soc2020))")
        #expect(!negotiator.paths.contains { $0.occupation.title == "Junior estate agent" }, "\(negotiator.paths.map(\.occupation.title))")
    }
}
