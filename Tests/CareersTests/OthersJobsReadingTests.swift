import Careers
import Domain
import Testing

// MARK: - Other people's jobs are not the learner's

/// A clause whose subject is someone else ("my wife went back to nursing", "my dad was a plumber")
/// gives the learner none of that job's skills, no placement in it and no wish for it.
@Suite("Other people's jobs")
struct OthersJobsReadingTests {
    @Test("a wife's nursing gives a forklift driver no nursing skill")
    func wifeNursing() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I've been a forklift driver in a warehouse for ten years. My wife went back to nursing last year so I need to do days now."))
        #expect(heldSkillIDs(diagnostic).contains("forklift-operation"))
        #expect(!heldSkillIDs(diagnostic).contains("nursing-care"), "\(heldSkillIDs(diagnostic))")
        checkPathInvariants(diagnostic)
    }

    @Test("a husband who drives buses gives a care assistant no bus driving skills or driving moves")
    func husbandBusDriver() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Care assistant in a residential home for 4 years, personal care, hoisting, medication rounds. My husband is a bus driver."))
        let held = heldSkillIDs(diagnostic)
        #expect(held.contains("personal-care"))
        #expect(held.isDisjoint(with: ["bus-and-coach-driving", "passenger-transport", "driving-licence"]), "\(held)")
        #expect(!diagnostic.paths.contains { $0.occupation.title.lowercased().contains("bus") }, "\(diagnostic.paths.map(\.occupation.title))")
    }

    @Test("a daughter training to teach gives a hairdresser no teaching skill")
    func daughterTeacher() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Hairdresser for 10 years, cutting, colouring, perms and blow dries. My daughter is training to be a teacher."))
        #expect(heldSkillIDs(diagnostic).contains("hairdressing"))
        #expect(!heldSkillIDs(diagnostic).contains("teaching"), "\(heldSkillIDs(diagnostic))")
    }

    @Test("a son's wish to be an electrician is not the learner's wish")
    func sonsWish() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Cleaner at a primary school for six years, mopping, hoovering and the toilets. My son wants to be an electrician."))
        #expect(!diagnostic.demandSignal.aspired, "\(diagnostic.demandSignal)")
    }

    @Test("what someone else wants the learner to do gives them no skill: 'she wants me to train as a dental nurse'")
    func othersWishForLearner() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Receptionist at a dental practice, booking appointments and taking payments. She wants me to train as a dental nurse."))
        #expect(heldSkillIDs(diagnostic).contains("reception"))
        #expect(!heldSkillIDs(diagnostic).contains("dental-nursing"), "\(heldSkillIDs(diagnostic))")
    }

    @Test("the learner's own part stays theirs: 'my husband and I ran a pub', 'my dad taught me plumbing'")
    func ownPartStays() async throws {
        let pub = try await TestCatalogue.diagnose(LearnerProfile(text: "My husband and I ran a pub for 12 years, bar work and cellar management."))
        #expect(heldSkillIDs(pub).contains("food-and-beverage-service"), "\(heldSkillIDs(pub))")
        let plumbing = try await TestCatalogue.diagnose(LearnerProfile(text: "My dad taught me plumbing and I helped him on bathroom fits for years."))
        #expect(heldSkillIDs(plumbing).contains("plumbing"), "\(heldSkillIDs(plumbing))")
    }
}
