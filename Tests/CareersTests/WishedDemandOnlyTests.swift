@testable import Careers
import Domain
import Testing

// MARK: - The demand signal records as wished for only the jobs the learner asked for

/// `DemandSignal.aspired` with its occupations says what learners want: it lists only paths that answer the
/// wish (`CareerDiagnostician.answersWish`), not the other paths shown beside them.
@Suite("Wished demand only")
struct WishedDemandOnlyTests {
    @Test("a dispensing assistant who wants to go further in pharmacy is recorded as wanting pharmacy, not the other paths shown")
    func onlyWishedJobsRecorded() async throws {
        let engine = try await TestCatalogue.shared.value
        let diagnostic = try engine.diagnoseForLearner(LearnerProfile(
            text: "I'm a dispensing assistant at Boots in Redditch, 4 years. I label and dispense prescriptions, do the controlled drugs "
                + "register, order stock and advise customers on over the counter meds. I'd like to go further in pharmacy."), today: TestCatalogue.today)
        checkPathInvariants(diagnostic)
        let signal = diagnostic.demandSignal
        #expect(signal.aspired)
        #expect(!signal.occupations.isEmpty)
        for id in signal.occupations {
            let path = try #require(diagnostic.paths.first { $0.occupation.id == id }, "\(id) is no path")
            #expect(CareerDiagnostician.answersWish(path), "\(path.occupation.title): \(path.why.summary)")
        }
        // Some path shown does not answer the wish, and it is not recorded as wished for.
        let unwished = diagnostic.paths.filter { !CareerDiagnostician.answersWish($0) }
        #expect(!unwished.isEmpty, "\(diagnostic.paths.map(\.occupation.title))")
        #expect(!unwished.contains { signal.occupations.contains($0.occupation.id) })
    }
}
