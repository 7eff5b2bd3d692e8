import Careers
import Domain
import Testing

// MARK: - A degree-level job the wish names is shown with its first step

@Suite("Long-term goal")
struct LongTermGoalTests {
    @Test("A factory worker who wants to be a social worker sees the first step and social work itself, marked as the goal")
    func goalAfterFirstStep() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I work on the production line at a food factory, packing and machine operating, 6 years. I volunteer at a youth club two "
                + "nights a week and have done a safeguarding course. I really want to become a social worker.",
            aspiration: "social worker"))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.reskill.map(\.occupation.title)
        let goal = try #require(titles.firstIndex { $0.hasPrefix("Social worker") }, "paths: \(titles)")
        let step = try #require(diagnostic.reskill.firstIndex { $0.why.summary.hasPrefix("A first step towards Social worker") }, "paths: \(titles)")
        #expect(step < goal)
        #expect(diagnostic.reskill[goal].why.summary.contains("long-term goal"))
    }
}

// MARK: - A step up in the learner's own pathway on a skill few jobs name

@Suite("Pathway step up")
struct PathwayCoreStepUpTests {
    @Test("An HR adviser returning to HR is stepped up in the human resources pathway")
    func hrReturner() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text:
            "I was an HR adviser at a manufacturing firm, handled absence, disciplinaries, recruitment and contracts, CIPD level 5. I stopped "
                + "work 4 years ago to care for my husband. He's well now and I want to go back into HR but feel out of date"))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.upskill.contains { $0.why.summary.contains("pathway (Human Resources)") }, "steps: \(diagnostic.upskill.map(\.occupation.title))")
        #expect(!diagnostic.notices.contains { $0.hasPrefix("No higher-level occupation") })
    }

    @Test("A job of the pathway on one core skill is no step up beside a step in the learner's own occupation family")
    func familyFirst() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text:
            "Landscape gardener for 15 years, patios, fencing, turfing, planting schemes. Got arthritis in both knees now and can't do the "
                + "heavy work. I know plants really well and I'm good with customers."))
        checkPathInvariants(diagnostic)
        let steps = diagnostic.upskill.map(\.occupation.title)
        #expect(steps.contains { $0.hasPrefix("Landscape or horticulture supervisor") }, "steps: \(steps)")
        #expect(!steps.contains { $0.hasPrefix("Crop technician") || $0.hasPrefix("Land-based") }, "steps: \(steps)")
    }
}
