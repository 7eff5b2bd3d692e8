import Careers
import Domain
import Foundation
import Testing

// MARK: - Named wishes answered with the right standard (review 15)

/// A job the learner names is answered with the standard for it, wherever the wish's other words point: the
/// place the job is done at is not the job, a job the wish names is a first step whatever its route, and being
/// out on the road is how the work is done, not road work.
@Suite("Review 15 named wishes")
struct Review15WishTests {
    /// Principle: a workplace after the job ("at a bodyshop") is where the job is done; the job is the words before it.
    @Test("a school leaver who wants to be a car sprayer at a bodyshop is offered the vehicle paint technician's job")
    func workplaceAfterTheJob() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            im 16 and i work saturdays in a sandwich shop, making up the sandwiches and the till. i love cars and i do airbrushing on models. \
            i want to be a car sprayer at a bodyshop.
            """))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        let path = try #require(diagnostic.paths.first { $0.occupation.code == "ST0448" }, "\(titles)")
        #expect(path.why.summary.contains("your wish names"), "\(path.why.summary)")
    }

    /// Principle: a job the wish names itself is a first step towards the degree-level job it names, whatever its route.
    @Test("a coach driver who wants to be a transport planner is offered transport planning technician as the first step, not a surveyor")
    func namedJobIsTheFirstStep() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: """
                Coach driver 16 years for a family coach firm. school contracts, day trips, D licence, CPC, tachograph rules, walkround checks. \
                I'd like to work in the office as a transport planner.
                """,
            currentTitle: "Coach driver"))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0336" }, "\(titles)")
        #expect(!diagnostic.paths.contains { $0.occupation.title.hasPrefix("Geospatial survey") }, "\(titles)")
    }

    /// Principle: "on the road" says the work is travelling, like "from home" says where it is done; it names no road work.
    @Test("a herdsman who wants to be a service technician on the road is not offered road surfacing as the job his wish names")
    func onTheRoadIsNoRoadWork() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Herdsman on a 300 cow dairy farm, 14 years. milking, calving, foot trimming, heat detection, the herd records on the computer. \
            We put in 4 milking robots and I sort them out when they alarm, cleaning the lasers, changing teat cups, calibrating. \
            Id like to work as a robot milking service technician for the dealer, on the road
            """))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(!diagnostic.paths.contains { $0.occupation.title.hasPrefix("Road surfacing") }, "\(titles)")
    }
}
