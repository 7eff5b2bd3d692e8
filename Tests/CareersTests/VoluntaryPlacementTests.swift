@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Volunteering is experience, not the job the learner holds

@Suite("Volunteering in placement")
struct VoluntaryPlacementTests {
    @Test("a sentence about volunteering does not place the learner in the volunteering's kind of job", arguments: [
        """
        2015-2018 kitchen porter; 2018-2020 delivery driver for a parcel firm, route planning, van checks; 2020-2024 warehouse \
        supervisor, rotas, health and safety, WMS, inducting new staff, KPIs. Volunteered with St John Ambulance as a first aider.
        """,
        """
        Forklift driver and warehouse operative at a distribution centre in Worcester for 9 years, picking, loading, stock checks.
        I volunteer as a special constable at weekends.
        """,
    ])
    func volunteeringIsNotTheJob(text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let placed = diagnostic.currentOccupations.map(\.occupation)
        let routes = Set(placed.compactMap(\.route))
        #expect(!placed.isEmpty)
        #expect(routes.isSubset(of: ["transport-and-logistics"]), "\(placed.map(\.title))")
        #expect(!placed.contains { ["6132", "3312", "ST0287"].contains($0.code) }, "\(placed.map(\.title))")
    }
}
