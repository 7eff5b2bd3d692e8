@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - A job named beside a health clause in the same sentence

/// "I was a porter at the Alex but ive had long covid for 2 years": the health clause names no job,
/// but the clause before "but" does, and it places the learner.
@Suite("Job named beside a health clause")
struct StatusClauseJobMentionTests {
    @Test("a hospital porter with long covid is placed as a porter, not an IT manager")
    func porterBesideLongCovid() async throws {
        let text = """
            I was a porter at the Alex in Redditch but ive had long covid for 2 years, bad fatigue and brain fog. \
            Can only manage a few hours a day sat down. Good on computers and i used to do the porter rota.
            """
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let groups = diagnostic.currentOccupations.filter { $0.occupation.scheme == .soc2020 }.map(\.occupation.title)
        #expect(groups.first?.lowercased().contains("porter") == true, "\(groups)")
        #expect(!groups.contains { $0.lowercased().contains("it ") || $0.hasPrefix("IT") }, "\(groups)")
    }
}

// MARK: - A way of studying is no limit on work

@Suite("Study mode is no work limit")
struct StudyModeNotWorkLimitTests {
    @Test("'not full time uni' rules out a way of studying, not long hours at work")
    func fullTimeUniIsNoLimit() {
        let text = "Doing A levels in maths and physics at sixth form. I built a go kart with my dad and like CAD."
        let wishes = "I want to do engineering but not full time uni, maybe something at Worcester Bosch."
        let limits = WorkLimit.stated(in: text + "\n" + wishes, wishes: wishes).map { WorkLimit.all[$0].name }
        #expect(limits.isEmpty, "\(limits)")
        // Full-time work ruled out still is a limit when the learner's health says so.
        let tired = "I have long covid and get tired quickly."
        #expect(!WorkLimit.stated(in: tired, wishes: "").isEmpty)
    }
}

// MARK: - An everyday title's wording in its own sense

@Suite("Everyday title wording in its own sense")
struct EverydayTitleWordingSenseTests {
    @Test("a taxi driver is placed among drivers, not as a plant hire controller ('private hire' is no hire desk)")
    func taxiDriverIsNoHireController() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "taxi driver in worcester 11 years self employed, know every road, airport runs, school contracts with SEN kids.",
            currentTitle: "Taxi driver"))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.currentOccupations.map(\.occupation.title)
        #expect(!titles.contains { $0.lowercased().contains("hire controller") }, "\(titles)")
        #expect(titles.contains { $0.lowercased().contains("taxi") }, "\(titles)")
    }
}
