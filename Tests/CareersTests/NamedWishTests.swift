import Careers
import Domain
import Foundation
import Testing

// MARK: - A job the wish names is always answered

/// A learner who names the job they want is shown it (or a first step towards it) with its gap, or
/// told why not: a plumber who wants to fit heat pumps and a call-centre worker who wants to be a
/// data analyst were offered neither before (`servingNamedWishes`).
@Suite("Named wish")
struct NamedWishTests {
    @Test("a plumber who wants to fit heat pumps is offered the heat pump technician's job, in their own route")
    func plumberToHeatPumps() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I've been a plumber for 10 years, boilers, bathrooms and central heating. I'd like to fit heat pumps.
            """))
        checkPathInvariants(diagnostic)
        let path = try #require(diagnostic.paths.first { $0.occupation.title.localizedCaseInsensitiveContains("heat pump") },
                                "\(diagnostic.paths.map(\.occupation.title))")
        #expect(path.why.summary.contains("your wish names"), "\(path.why.summary)")
    }

    @Test("a call-centre worker who wants to be a data analyst is offered a first step into data work, and told why not the degree-level job")
    func callCentreToDataAnalyst() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I work in a call centre taking customer calls, I'm good with Excel and I keep the team's spreadsheets. I want to be a data analyst.
            """))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.reskill.map(\.occupation.title)
        let first = try #require(diagnostic.reskill.first, "no move")
        #expect(first.occupation.title.localizedCaseInsensitiveContains("data"), "\(titles)")
        #expect((first.occupation.level ?? 9) <= 3, "\(titles)")
        #expect(diagnostic.notices.contains { $0.contains("which your wish names") && $0.contains("first step") }, "\(diagnostic.notices)")
    }

    @Test("a wish sentence's complaint about the body names no job: an HGV driver whose knees are shot is not sent to ordnance work")
    func complaintIsNoJob() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            HGV driver for 15 years, class 1, tachographs, loading and unloading. My knees are shot and I need something less physical.
            """))
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(!diagnostic.paths.contains { $0.why.summary.contains("which your wish names") }, "\(titles)")
        #expect(!diagnostic.notices.contains { $0.contains("which your wish names") }, "\(diagnostic.notices)")
    }
}
