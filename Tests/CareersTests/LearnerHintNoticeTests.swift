import Careers
import Domain
import Testing

// MARK: - Hints in the notices do not ask for what the learner already gave

/// "Adding your job title helps" is said only to someone who gave no title and has a job to name, and "Say what
/// you would like to do" only to someone who said nothing of what they want.
@Suite("Learner hint notices")
struct LearnerHintNoticeTests {
    @Test("a learner who gave their job title is not told that adding it helps")
    func noTitleHintAfterTitle() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Scaffolding for 12 years, tube and fitting and system scaffolds, CISRS card. I run a gang and do the toolbox talks.",
            currentTitle: "Scaffolder"))
        #expect(!diagnostic.notices.contains { $0.contains("Adding your job title helps") }, "\(diagnostic.notices)")
    }

    @Test("a school leaver with no job is not told that adding a job title helps")
    func noTitleHintForSchoolLeaver() async throws {
        let engine = try await TestCatalogue.shared.value
        let diagnostic = try engine.diagnoseForLearner(LearnerProfile(
            text: "17, left college after a few months, it wasnt for me. I like being outside, i help my grandad with his allotment and "
                + "cut hedges for neighbours. quite fancy tree surgery or something outdoors",
            aspiration: "tree surgeon", constraints: LearnerConstraints(ageBand: .youth)), today: TestCatalogue.today)
        #expect(!diagnostic.notices.contains { $0.contains("Adding your job title helps") }, "\(diagnostic.notices)")
    }

    @Test("a returner who said she wants to get back to work is not told to say what she would like to do")
    func noWishHintAfterWish() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Ran my own florist shop in Evesham for 10 years, weddings and funerals, arranging, buying from the wholesaler at dawn, "
                + "social media and the books. Closed it in covid and have been at home since. Want to get back into work but not sure doing what."))
        #expect(!diagnostic.notices.contains { $0.contains("Say what you would like to do") }, "\(diagnostic.notices)")
    }
}
