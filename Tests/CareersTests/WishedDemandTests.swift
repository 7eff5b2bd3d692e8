import Careers
import Testing

// MARK: - Demand from a wish that names no work

/// A wish about hours or place alone ("want to go back part time") names no work: the demand signal
/// does not record its paths as wished for, while a wish naming a field does.
@Suite("Wished demand")
struct WishedDemandTests {
    @Test("a wish about hours alone is no wished-for demand; a wish naming a field is")
    func hoursAloneIsNoWish() async throws {
        let hours = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I've been at home with the children for 5 years. Before that I was a legal secretary at a solicitors, audio typing, \
            conveyancing files and diary management. Want to go back part time.
            """))
        #expect(!hours.demandSignal.aspired)
        let field = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Legal secretary at a solicitors for 9 years, audio typing, conveyancing files and diary management. \
            I want to go back part time, maybe in accounts.
            """))
        #expect(field.demandSignal.aspired)
    }
}
