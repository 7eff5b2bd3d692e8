import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Sideways moves within the learner's own route

@Suite("Ranking rules")
struct RankingRuleTests {
    @Test("an HGV driver, whose skills belong to transport, is offered sideways moves into other kinds of transport job")
    func driverGetsSidewaysMoves() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Class 1 HGV driver for twelve years, multi-drop deliveries, tachograph, vehicle checks, load securing and forklift licence.",
            currentTitle: "HGV driver"))
        checkPathInvariants(diagnostic)
        let transport = Route.transportAndLogistics.rawValue
        let sideways = diagnostic.reskill.filter { $0.occupation.route == transport }
        #expect(!sideways.isEmpty, "\(diagnostic.reskill.map(\.occupation.title))")
        let anchor = try #require(diagnostic.currentOccupations.first { $0.occupation.scheme == .ifate })
        for path in sideways {
            #expect(path.occupation.id != anchor.occupation.id)
            #expect((path.occupation.level ?? 9) <= (anchor.occupation.level ?? 0), "\(path.occupation.title) is a step up, not sideways")
            #expect(path.sharedSkills.count >= 2, "\(path.occupation.title)")
            #expect(path.why.summary.hasPrefix("A sideways move within Transport and logistics"), "\(path.why.summary)")
        }
        #expect(!diagnostic.notices.contains { $0.hasPrefix("No occupation in another route") })
    }

    @Test("a care worker, whose skills reach other routes, gets no sideways move within care")
    func noSidewaysWhenOtherRoutesFit() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I have worked as a care worker in a residential home for 5 years. Personal care, giving medication, moving and handling \
            with hoists, safeguarding and writing care plans.
            """))
        let anchorRoute = try #require(diagnostic.currentOccupations.first { $0.occupation.scheme == .ifate }?.occupation.route)
        #expect(diagnostic.reskill.count >= 2)
        #expect(!diagnostic.reskill.contains { $0.occupation.route == anchorRoute }, "\(diagnostic.reskill.map(\.occupation.title))")
    }

    // MARK: Upskill at the top of a pathway

    @Test("a head chef placed on the level-4 senior culinary chef standard steps up into a lead or management role")
    func headChefGetsLeadRole() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: """
                Chef for ten years, the last four as head chef of a gastro pub. Menu planning, costing dishes, ordering and stock control, \
                food safety and HACCP, training and leading a kitchen team of six.
                """,
            currentTitle: "Chef"))
        checkPathInvariants(diagnostic)
        let first = try #require(diagnostic.upskill.first, "no upskill path; notices: \(diagnostic.notices)")
        #expect(first.occupation.route == Route.cateringAndHospitality.rawValue)
        let words = first.occupation.title.lowercased()
        #expect(["manager", "supervisor", "lead", "leader", "head"].contains { words.contains($0) }, "\(first.occupation.title)")
        #expect(first.why.summary.contains("lead or management role"), "\(first.why.summary)")
        #expect(!diagnostic.notices.contains { $0.hasPrefix("No higher-level occupation") })
    }

    // MARK: Skills named in passing

    @Test("a call-centre agent is not sent to a fishmonger's counter on customer service and complaints the standard names in passing")
    func incidentalSkillsRankLower() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Call centre advisor for a utility company for four years, dealing with customer complaints, billing queries, taking \
            payments and updating records on the CRM system.
            """))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.isEmpty)
        #expect(!diagnostic.reskill.contains { $0.occupation.title == "Fishmonger" }, "\(diagnostic.reskill.map(\.occupation.title))")
    }

    @Test("a move resting on a skill the target job is built on says so in its why")
    func whyNamesTheSkillTheJobIsBuiltOn() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "MIG and TIG welding, fabrication of steel frames, reading engineering drawings, using grinders and measuring tools.",
            currentTitle: "Welder fabricator"))
        let path = try #require(diagnostic.reskill.first)
        #expect(path.why.summary.contains("The job is built on"), "\(path.why.summary)")
    }
}
