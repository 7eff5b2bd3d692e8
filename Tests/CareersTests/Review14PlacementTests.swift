@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 14: the current job placed in its standard

/// Review 14's learners (development data): a job whose standard exists is placed in it, so an adult in
/// work is shown the next step up in their field.
@Suite("Review 14 placement: the current job found in its standard")
struct Review14PlacementTests {
    @Test("a standard's own title read as its first word and job noun places a highways operative in Highways maintenance skilled operative")
    func highwaysOperative() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "highways operative for the county council contractor 12 years, based at the depot in worcester. pothole patching, hot "
                + "and cold lay tarmac, kerbs, gully cleaning, i drive the gritter on nights in winter, NRSWA street works ticket, CSCS blue "
                + "card, class 2 licence. done a bit of running the gang when the ganger is off.",
            currentTitle: "Highways operative"))
        let codes = diagnostic.currentOccupations.map(\.occupation.code)
        #expect(codes.contains("ST0053"), "\(diagnostic.currentOccupations.map(\.occupation.title))")
        #expect(!diagnostic.upskill.isEmpty, "an adult placed in a level 2 job is shown a step up")
    }

    @Test("a job the text names plainly places the learner as a title does: a council tax officer's own standard agrees without a shared specific skill")
    func namedJobInText() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Benefits and council tax officer at the district council in Pershore for 8 yrs. Processing housing benefit and council "
                + "tax reduction claims, checking evidence, answering the phones, recovering overpayments. Its very stressful and all targets."))
        let codes = diagnostic.currentOccupations.map(\.occupation.code)
        #expect(codes.contains("ST0602"), "\(diagnostic.currentOccupations.map(\.occupation.title))")
    }
}
