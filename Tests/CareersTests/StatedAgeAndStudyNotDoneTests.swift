@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - A stated age, and a stage of study the learner never did

@Suite("Stated age and study not done")
struct StatedAgeAndStudyNotDoneTests {
    @Test("an age under 19 stated alone ('16, live near Pershore', 'I'm 17,') makes the learner early-career")
    func bareAgeIsEarlyCareer() async throws {
        #expect(CareerDiagnostician.isEarlyCareer("16, live near Pershore, always fixing tractors on my uncles farm. Not good at exams."))
        #expect(CareerDiagnostician.isEarlyCareer("I'm 17, I babysit my cousins and helped at a nursery."))
        #expect(!CareerDiagnostician.isEarlyCareer("I'm 45, worked on the tills for years."))
        let text = "16, live near Pershore, always fixing tractors and quad bikes on my uncles farm, done welding with him too. Not good at exams."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        // A school leaver's text names no job to step up from.
        #expect(diagnostic.upskill.isEmpty, "\(diagnostic.upskill.map(\.occupation.title))")
        #expect(LearnerProfile(text: text).resolvingAgeBand().constraints.ageBand == .youth)
    }

    @Test("an adult who 'didnt do A levels' is not 16 to 18")
    func studyNotDoneIsNoStage() {
        let text = """
            I'm an activities co-ordinator in a care home in Evesham, I plan activities for residents with dementia and help with \
            falls risk assessments. I want to become an occupational therapist but didnt do A levels.
            """
        #expect(!CareerDiagnostician.isEarlyCareer(text))
        #expect(LearnerProfile(text: text).resolvingAgeBand().constraints.ageBand == .adult)
        #expect(!Circumstances.droppingStudyNotDone("I never did my GCSEs, left at 15").contains("gcse"))
        // A learner doing their A levels still is.
        #expect(LearnerProfile(text: "Doing my A levels at sixth form, I like art.").resolvingAgeBand().constraints.ageBand == .youth)
    }
}
