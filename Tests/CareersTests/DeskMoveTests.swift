import Careers
import Domain
import Testing

// MARK: - Desk-based moves when the learner's own work is closed

@Suite("Desk-based moves")
struct DeskMoveTests {
    static let deskRoutes: Set<String> = [
        Route.businessAndAdministration.rawValue, Route.salesMarketingAndProcurement.rawValue, Route.legalFinanceAndAccounting.rawValue,
    ]

    @Test("a plasterer whose back rules out the trade is offered desk-based roles at level 2 or 3 among the top three, and told why")
    func plastererWithBadBack() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Plasterer for fifteen years, skimming, rendering and dry lining, working at height on scaffolds and manual handling of boards. \
            I wrecked my back last year so I cannot lift any more. I do all my own quotes and deal with customers.
            """))
        checkPathInvariants(diagnostic)
        let desk = diagnostic.reskill.prefix(3).filter { $0.why.summary.contains("desk-based") }
        #expect(!desk.isEmpty, "top three: \(diagnostic.reskill.prefix(3).map(\.occupation.title))")
        for path in desk {
            #expect(Self.deskRoutes.contains(path.occupation.route ?? ""), "\(path.occupation.title)")
            #expect((2...3).contains(path.occupation.level ?? 0), "\(path.occupation.title)")
            #expect(path.why.summary.contains("can no longer do"), "\(path.why.summary)")
            #expect(!path.sharedSkills.isEmpty)
        }
    }

    @Test("a returner whose skills no other field is built on still gets a desk-based move their transferable skills fit")
    func returnerWithNothingElse() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Shift supervisor at a discount store for six years: the cash office, opening and closing, dealing with complaints and doing             the rotas. I have had time off to look after my son and I'm now looking to return.
            """))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.isEmpty, "notices: \(diagnostic.notices)")
        for path in diagnostic.reskill {
            #expect(path.why.summary.contains("desk-based") && path.why.summary.contains("no job in another field"), "\(path.why.summary)")
            #expect(Self.deskRoutes.contains(path.occupation.route ?? ""), "\(path.occupation.title)")
            #expect(!path.sharedSkills.isEmpty)
        }
    }

    @Test("placed on a job with no step up and no move built on what they do, a returner gets desk work their skills fit, not a padding move")
    func placedReturnerWithoutStepUp() async throws {
        // Now placed as an adult care worker (Adult care worker is linked to care workers and home carers), she has no
        // step up and no move built on what she does: funeral work on person-centred care and social media is padding.
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Activities coordinator at a care home in Malvern for 4 years - planning the weekly programme, quizzes, arts and crafts, music \
            afternoons, trips out and one to ones with the residents with dementia, plus the newsletter and the facebook page. I left 3 \
            years ago to look after my dad when he got ill. He passed in the summer and I'm ready to go back to work.
            """))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.currentOccupations.contains { $0.occupation.code == "ST0005" })
        #expect(!diagnostic.reskill.contains { $0.occupation.title == "Funeral team member" }, "\(diagnostic.reskill.map(\.occupation.title))")
        // Since the healthcare support worker standard (ST0216) is loaded, her dementia care carries a move into it;
        // otherwise she gets desk work her skills fit.
        #expect(diagnostic.reskill.contains { $0.why.summary.contains("desk-based") || $0.occupation.code == "ST0216" },
                "\(diagnostic.reskill.map(\.occupation.title))")
    }

    @Test("a desk-based move for someone leaving customers rests on another of their skills, not on customer service", arguments: [
        "Receptionist at a car dealership for six years: greeting customers, booking services, taking payments and keeping the diary. I'm fed up with customers.",
        "Bank cashier for five years: cash handling, customer service, opening accounts, processing payments and keeping spreadsheets. I'm fed up with customers.",
    ])
    func deskMoveNotOnWhatTheyLeave(_ text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("dealing with customers") })
        for path in diagnostic.reskill where path.why.summary.contains("desk-based") {
            // A plain entry role (business administrator) may rest on no shared skill; none rests on what they leave.
            #expect(path.sharedSkills.isEmpty || path.sharedSkills.contains { $0.label != "Customer service" && $0.label != "Complaint handling" },
                    "\(path.occupation.title) rests on \(path.sharedSkills.map(\.label))")
        }
    }
}
