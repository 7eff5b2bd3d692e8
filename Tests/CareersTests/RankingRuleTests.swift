import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Sideways moves within the learner's own route

@Suite("Ranking rules")
struct RankingRuleTests {
    @Test("a taxi driver, whose skills belong to transport, is offered sideways moves into other kinds of transport job")
    func driverGetsSidewaysMoves() async throws {
        // (An HGV driver's skills now also reach construction plant work, so other routes give two moves.)
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Taxi driver for eight years around Worcester, airport runs, card payments and helping elderly passengers.",
            currentTitle: "Taxi driver"))
        checkPathInvariants(diagnostic)
        let transport = Route.transportAndLogistics.rawValue
        let sideways = diagnostic.reskill.filter { $0.occupation.route == transport }
        #expect(!sideways.isEmpty, "\(diagnostic.reskill.map(\.occupation.title))")
        let anchor = try #require(diagnostic.currentOccupations.first { $0.occupation.scheme == .ifate })
        for path in sideways {
            #expect(path.occupation.id != anchor.occupation.id)
            #expect((path.occupation.level ?? 9) <= (anchor.occupation.level ?? 0), "\(path.occupation.title) is a step up, not sideways")
            // Two shared skills, or one for a learner naming three skills or fewer (the few-skills rule).
            #expect(path.sharedSkills.count >= (heldSkillIDs(diagnostic).count <= 3 ? 1 : 2), "\(path.occupation.title)")
            #expect(path.why.summary.hasPrefix("A sideways move within Transport and logistics"), "\(path.why.summary)")
        }
        #expect(!diagnostic.notices.contains { $0.contains("a move is not suggested from skills alone") })
    }

    @Test("an electrician, whose skills reach other routes, gets no sideways move within construction")
    func noSidewaysWhenOtherRoutesFit() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Qualified domestic electrician, 18th edition, rewires, consumer unit changes, inspection and testing, fault finding and PAT testing.",
            currentTitle: "Electrician"))
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
        #expect(!diagnostic.reskill.contains { $0.occupation.id == first.occupation.id }, "the step up is offered again as a move")
    }

    // MARK: Skills named in passing

    @Test("a call-centre agent's first moves are not a fishmonger's counter, which names customer service and complaints only in passing")
    func incidentalSkillsRankLower() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Call centre advisor for a utility company for four years, dealing with customer complaints, billing queries, taking \
            payments and updating records on the CRM system.
            """))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.isEmpty)
        let first = diagnostic.reskill.prefix(3)
        #expect(!first.contains { $0.occupation.title == "Fishmonger" }, "\(first.map(\.occupation.title))")
    }

    @Test("a chef is not sent to a fishmonger's counter, whose standard names cooking and food safety only in passing")
    func incidentalOnlyMovesDropped() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Chef de partie for six years in a busy hotel kitchen. Food preparation, cooking, food hygiene and food safety, stock \
            rotation, menu planning and running the section.
            """))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.contains { $0.occupation.title == "Fishmonger" }, "\(diagnostic.reskill.map(\.occupation.title))")
        // With nothing in another route built on their skills, the diagnostic says how to see more.
        if diagnostic.reskill.isEmpty {
            #expect(diagnostic.notices.contains { $0.contains("a move is not suggested from skills alone") }, "\(diagnostic.notices)")
        }
    }

    @Test("a bank cashier's cash handling, which a bus conductor's standard names in passing, does not send them into transport")
    func cashierNotSentIntoTransport() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I worked as a bank cashier for five years, then took six years out to look after my family. Cash handling, opening \
            customer accounts, balancing the tills and some Excel.
            """))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.isEmpty)
        for path in diagnostic.reskill { #expect(path.occupation.route != Route.transportAndLogistics.rawValue, "\(path.occupation.title)") }
    }

    @Test("a cleaner's moves do not rest on health and safety, which most standards name: no florist or clock maker")
    func commonplaceSkillsBuildNoJob() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Office cleaner for 3 years, early mornings. Cleaning, using chemicals safely under COSHH, emptying bins and restocking \
            supplies. I'd like a job helping people.
            """))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.isEmpty)
        for path in diagnostic.reskill {
            #expect(!["Florist", "Clock maker"].contains(path.occupation.title), "\(diagnostic.reskill.map(\.occupation.title))")
            #expect(!path.why.summary.contains("built on health and safety"), "\(path.why.summary)")
        }
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

// MARK: - The level the learner works at

@Suite("Learner level")
struct LearnerLevelTests {
    @Test("a checkout assistant works at level 2, so no reskill path is more than one level up without a strong fit")
    func checkoutAssistantLevel() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Five years on the tills at a supermarket: cash handling, customer service, stock replenishment and helping with the online order picking.",
            currentTitle: "Checkout assistant"))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.isEmpty)
        for path in diagnostic.reskill { #expect((path.occupation.level ?? 9) <= 3, "\(path.occupation.title) is level \(path.occupation.level ?? 0)") }
        // The word "assistant" also matches a level-3 design technician's standard: that is not their job to step up from.
        for path in diagnostic.upskill { #expect(path.occupation.route != Route.engineeringAndManufacturing.rawValue, "\(path.occupation.title)") }
        if diagnostic.upskill.isEmpty {
            #expect(diagnostic.notices.contains { $0.hasPrefix("Your job title reads as retail cashiers") }, "\(diagnostic.notices)")
        }
    }

    /// A returning nursery nurse who names an NVQ level 3.
    static let nurseryNurseWithNVQ3 = LearnerProfile(text: """
        Back to work after ten years at home with my family. Before that I was a nursery nurse with an NVQ level 3 in childcare; \
        I also volunteer at my children's primary school hearing readers.
        """)

    @Test("a nursery nurse who names an NVQ level 3 works at level 3, so a level-4 practitioner role is one step up")
    func namedQualificationLevel() async throws {
        let diagnostic = try await TestCatalogue.diagnose(Self.nurseryNurseWithNVQ3)
        checkPathInvariants(diagnostic)
        let levelFour = try #require(diagnostic.reskill.first { $0.occupation.level == 4 }, "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(levelFour.why.summary.contains("level 3 work you describe"), "\(levelFour.why.summary)")
    }

    @Test("a nursery nurse who names an NVQ level 3 is not offered a level-5 job: two levels above their qualification")
    func namedQualificationCapsLevel() async throws {
        let diagnostic = try await TestCatalogue.diagnose(Self.nurseryNurseWithNVQ3)
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.isEmpty)
        for path in diagnostic.reskill { #expect((path.occupation.level ?? 9) <= 4, "\(path.occupation.title) is level \(path.occupation.level ?? 0)") }
    }

    @Test("a hairdresser at the top of their route, with no lead role in it, steps up by teaching or assessing hair")
    func hairdresserTeachesTheTrade() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            // Teaching the trade rests on something of teaching shown, never on a 0% match (`TradeTeachingStepTests`).
            text: "Hair stylist for ten years in a busy salon: cuts, colours, highlights and blow dries, keeping a regular clientele and taking bookings. "
                + "I mentor the apprentices.",
            currentTitle: "Hairdresser"))
        checkPathInvariants(diagnostic)
        let first = try #require(diagnostic.upskill.first, "no upskill path; notices: \(diagnostic.notices)")
        #expect(diagnostic.upskill.allSatisfy { $0.occupation.route == Route.educationAndEarlyYears.rawValue })
        #expect(["assessor", "teacher", "trainer", "tutor"].contains { first.occupation.title.lowercased().contains($0) }, "\(first.occupation.title)")
        #expect(first.why.summary.hasPrefix("Teaching or assessing your trade"), "\(first.why.summary)")
        #expect(!diagnostic.notices.contains { $0.hasPrefix("No higher-level occupation") })
    }

    // MARK: Moves resting on one skill

    @Test("after the paths a wish leads with, a move sharing two or more meaningful skills ranks ahead of one sharing a single skill")
    func twoSharedSkillsFirst() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: """
                Bus driver in Redditch for twelve years. Town routes and the hospital shuttle, taking fares, helping people with prams and \
                wheelchairs on board, calming down the odd awkward passenger and doing the walk round checks before each shift.
                """,
            currentTitle: "Bus driver", aspiration: "A job where I'm helping people more"))
        checkPathInvariants(diagnostic)
        try #require(diagnostic.reskill.count >= 3, "\(diagnostic.reskill.map(\.occupation.title))")
        // The first two lead the two routes the wish names (care; health and science).
        let third = diagnostic.reskill[2]
        #expect(third.sharedSkills.count >= 2, "\(third.occupation.title) shares \(third.sharedSkills.map(\.label))")
        let firstSingle = diagnostic.reskill.dropFirst(2).firstIndex { $0.sharedSkills.count == 1 }
        let lastSolid = diagnostic.reskill.dropFirst(2).lastIndex { $0.sharedSkills.count >= 2 && $0.occupation.route == Route.transportAndLogistics.rawValue }
        if let firstSingle, let lastSolid { #expect(lastSolid < firstSingle, "\(diagnostic.reskill.map(\.occupation.title))") }
        for path in diagnostic.reskill.dropFirst(2) where path.sharedSkills.count == 1 {
            #expect(path.why.summary.contains("fewer than two of your skills that are specific"), "\(path.occupation.title): \(path.why.summary)")
        }
    }
}
