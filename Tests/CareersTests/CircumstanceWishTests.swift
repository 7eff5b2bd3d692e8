import Careers
import Domain
import Testing

// MARK: - Hours and travel in a wish that also names a kind of work

@Suite("Circumstances in a wish")
struct CircumstanceWishTests {
    static let retail = "Sales assistant in a supermarket for six years: till work, stock replenishment, helping customers find things."

    @Test("working hours in the same clause as a kind of work leave the kind of work in place")
    func partTimeCare() async throws {
        let plain = try await TestCatalogue.diagnose(LearnerProfile(text: Self.retail + " I want to work in care."))
        let partTime = try await TestCatalogue.diagnose(LearnerProfile(text: Self.retail + " I want to work part-time in care."))
        checkPathInvariants(partTime)
        let care = { (diagnostic: Diagnostic) in diagnostic.reskill.filter { $0.occupation.route == "care-services" }.map(\.occupation.title) }
        #expect(!care(plain).isEmpty, "\(plain.reskill.map(\.occupation.title))")
        #expect(care(partTime) == care(plain), "\(partTime.reskill.map(\.occupation.title))")
    }

    @Test("\"get to\" meaning a chance to do a kind of work is not about travel")
    func getToWorkWithAnimals() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: Self.retail + " I would love to get to work with animals."))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.reskill.contains { $0.occupation.route == "agriculture-environmental-and-animal-care" },
                "\(diagnostic.reskill.map(\.occupation.title))")
    }
}
