@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - The field of a job no standard is linked to

/// A learner placed in a SOC 2020 unit group but on no standard steps up in the nearest field
/// (`CareerDiagnostician.fieldStandard`). A standard whose job titles code to several groups is linked to none,
/// yet its typical job title may be the group's own (Adult care worker's "care worker" for care workers and home
/// carers): that standard is the field, before another standard of the same sub-major group (caring personal
/// services also holds animal care) that names more of the group's tasks.
@Suite("Field standard of the own job")
struct FieldStandardOwnJobTests {
    static let activitiesCoordinator = "I'm an activities co-ordinator in a care home in Evesham, I plan activities for residents with dementia, "
        + "chair exercises, reminiscence sessions, and help with falls risk assessments."

    @Test("a care-home activities co-ordinator is not stepped up in animal care, and the notice names Adult care worker")
    func careHomeWorkerNotStepUpInAnimalCare() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: Self.activitiesCoordinator))
        checkPathInvariants(diagnostic)
        #expect(
            !diagnostic.upskill.contains { $0.occupation.route == Route.agricultureEnvironmentalAndAnimalCare.rawValue },
            "\(diagnostic.upskill.map(\.occupation.title))")
        // Adult care worker is now linked to care workers and home carers (weighed from its titles), so it is her
        // current job outright rather than named as the field in a notice.
        #expect(
            diagnostic.notices.contains { $0.contains("Adult care worker") }
                || diagnostic.currentOccupations.contains { $0.occupation.code == "ST0005" },
            "\(diagnostic.notices) \(diagnostic.currentOccupations.map(\.occupation.title))")
        #expect(!diagnostic.notices.contains { $0.contains("Animal care") }, "\(diagnostic.notices)")
    }

    @Test("a standard linked to no unit group stands for the group whose coding-index titles hold its typical job title")
    func unlinkedStandardStandsForItsGroup() async throws {
        let engine = try await TestCatalogue.shared.value
        guard let adult = engine.model.targetPosition["ST0005"], let animal = engine.model.targetPosition["ST0397"] else {
            Issue.record("the adult care and animal care standards are in the taxonomy")
            return
        }
        // Its exact job titles each code to several groups; weighing them links it to 6135 all the same.
        #expect(engine.model.targets[adult].standard.soc.map(\.code) == ["6135"])
        let titles = engine.groupTitles("6135")
        #expect(engine.standsFor(adult, group: "6135", titles: titles))
        #expect(!engine.standsFor(animal, group: "6135", titles: titles))
    }
}
