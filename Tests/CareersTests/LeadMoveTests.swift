@testable import Careers
import Domain
import Foundation
import Taxonomy
import Testing

// MARK: - A move into a new field is not a job leading others in it

/// Principle: one takes on a supervisor's, manager's or team leader's job in work one knows. A move into another
/// kind of work is not a job whose title names leading others unless the learner shows they lead people or work
/// (or their own job is a lead role), or their wish names that job.
@Suite("Lead jobs as moves")
struct LeadMoveTests {
    static func leadTitles(_ diagnostic: Diagnostic) -> [String] {
        diagnostic.reskill.map(\.occupation.title).filter { title in
            title.lowercased().split(whereSeparator: { !$0.isLetter }).contains { OccupationSkillModel.titleLeadWords.contains(String($0)) }
        }
    }

    @Test("A home cake maker who needs a wage is not moved to a line leader's job on her food safety and food production")
    func cakeMakerNotLineLeader() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I've made wedding and birthday cakes from my kitchen for 9 years, self employed. Sugarcraft, piping, baking sponges and "
                + "fruit cakes, food hygiene level 2, costing orders and delivering them. Orders have dropped right off so I need a regular "
                + "wage now, maybe in a bakery or a food factory.",
            currentTitle: "Cake maker"))
        checkPathInvariants(diagnostic)
        #expect(Self.leadTitles(diagnostic).isEmpty, "moves: \(diagnostic.reskill.map(\.occupation.title))")
    }

    @Test("A sonographer who can no longer scan is not moved to a transport and warehouse supervisor's job on her auditing")
    func sonographerNotWarehouseSupervisor() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Sonographer in an NHS trust for 12 years, obstetric and abdominal scans. My shoulder has gone from years of scanning and "
                + "occupational health say no more scanning lists. I teach the student sonographers and I ran the department audits and wrote "
                + "our protocols. I'd like to stay in the NHS, maybe teaching or the imaging IT side.",
            currentTitle: "Sonographer"))
        checkPathInvariants(diagnostic)
        let moves = diagnostic.reskill.map(\.occupation.title)
        #expect(!moves.contains { $0.localizedCaseInsensitiveContains("warehouse") }, "moves: \(moves)")
        #expect(Self.leadTitles(diagnostic).isEmpty, "moves: \(moves)")
    }

    @Test("Someone who manages staff may still be moved to a job leading others: a bar manager to security first line manager")
    func barManagerMayLead() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Bar manager at a busy pub in Worcester city centre, 8 yrs in pubs altogether. Cellar management and cleaning the lines, "
                + "stock takes and ordering, rotas for 12 staff, cashing up, licensing, and dealing with drunk customers and the door staff. "
                + "Fed up of the late nights.",
            currentTitle: "Bar manager"))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.reskill.contains { $0.occupation.title == "Security first line manager" },
            "moves: \(diagnostic.reskill.map(\.occupation.title))")
    }
}

// MARK: - A first step towards a wished job is not a supervisor's job

@Suite("First steps are not lead jobs")
struct FirstStepLeadTests {
    @Test("A plant hire counter assistant who surveys bats and wants to be an ecologist is not given a supervisor's job as the first step")
    func ecologistFirstStepNotSupervisor() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Counter assistant at a tool hire shop for 5 years, hiring out kit, checking it back in, invoices. I volunteer with the "
                + "wildlife trust doing bat surveys and newt surveys at weekends. I would love to be an ecologist.",
            currentTitle: "Counter assistant", aspiration: "ecologist"))
        checkPathInvariants(diagnostic)
        let steps = (diagnostic.upskill + diagnostic.reskill).filter { $0.why.summary.contains("first step towards") }.map(\.occupation.title)
        #expect(!steps.contains { $0.localizedCaseInsensitiveContains("supervisor") }, "first steps: \(steps)")
    }
}
