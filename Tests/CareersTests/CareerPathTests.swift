import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Career paths for realistic profiles

@Suite("Career paths")
struct CareerPathTests {
    @Test("A retail manager who wants logistics or HR gets a logistics path that uses their stock and customer skills")
    func retailManagerToLogistics() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: """
                Store manager at a large supermarket for 8 years. Running a team of 12, rotas, stock control, cash handling, \
                merchandising and customer service. I want to move into logistics or HR.
                """,
            currentTitle: "Retail store manager"))
        checkPathInvariants(diagnostic)
        let held = heldSkillIDs(diagnostic)
        #expect(held.contains("stock-control"))
        #expect(!held.contains("logistics"), "a wish is not a skill held")
        let logistics = try #require(diagnostic.reskill.first { $0.occupation.route == Route.transportAndLogistics.rawValue })
        #expect(logistics.sharedSkills.contains { $0.id == "stock-control" })
        #expect(diagnostic.reskill.contains { $0.occupation.route == Route.businessAndAdministration.rawValue }, "HR was asked for")
        #expect(diagnostic.demandSignal.aspired)
        #expect(diagnostic.demandSignal.routes.contains(Route.transportAndLogistics.rawValue))
    }

    @Test("An HGV driver is recognised as a driver and every reskill path shares a skill")
    func hgvDriver() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Class 1 HGV driver for 15 years. Tachograph, multi-drop deliveries, forklift licence, loading and securing loads, route planning.",
            currentTitle: "HGV driver"))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.currentOccupations.contains { $0.occupation.scheme == .soc2020 && $0.occupation.code == "8211" })
        #expect(heldSkillIDs(diagnostic).isSuperset(of: ["hgv-driving", "forklift-operation"]))
        // Other routes share one incidental skill at most (weighbridge operator shares HGV driving):
        // no move is suggested on that, and the diagnostic says how to see some.
        for path in diagnostic.reskill { #expect(path.sharedSkills.count >= 2, "\(path.occupation.title) shares too little") }
        if diagnostic.reskill.isEmpty { #expect(diagnostic.notices.contains { $0.contains("a move is not suggested from skills alone") }) }
        #expect(!diagnostic.reskill.contains { $0.occupation.title.contains("weighbridge") })
    }

    @Test("A retail store manager is placed below the retail leadership degree and steps up to it")
    func storeManagerStepsUp() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Store manager at a large supermarket for 8 years. Running a team of 12, rotas, stock control, cash handling and customer service.",
            currentTitle: "Retail store manager"))
        checkPathInvariants(diagnostic)
        let degree = try #require(diagnostic.upskill.first { $0.occupation.title.hasPrefix("Retail leadership") }, "the degree is the step up")
        #expect(degree.why.summary.contains("step up from level 4"))
        #expect(!heldSkillIDs(diagnostic).contains("customs-and-border"))
    }

    @Test("Reskill paths share a core skill of the occupation, not a single incidental one")
    func welderReskillSharesCore() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Welder fabricator for 10 years: MIG and TIG welding, reading engineering drawings, grinding, working at height.",
            currentTitle: "Welder"))
        #expect(!diagnostic.reskill.isEmpty)
        #expect(!diagnostic.reskill.contains { $0.occupation.title.lowercased().contains("puppet") })
        for path in diagnostic.reskill { #expect(path.sharedSkills.count >= 2) }
    }

    @Test("A care worker's upskill paths stay in care services, a level or two up, with the adult care diploma")
    func careWorkerUpskill() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: """
                Care worker in a residential home for 6 years. Personal care, medication administration, moving and handling, \
                safeguarding, dementia care, record keeping. Level 2 diploma in health and social care.
                """))
        checkPathInvariants(diagnostic)
        let current = try #require(diagnostic.currentOccupations.first { $0.occupation.scheme == .ifate })
        #expect(current.occupation.route == Route.careServices.rawValue)
        let currentLevel = try #require(current.occupation.level)
        #expect(!diagnostic.upskill.isEmpty)
        for path in diagnostic.upskill {
            #expect(path.occupation.route == Route.careServices.rawValue)
            #expect((path.occupation.level ?? 0) > currentLevel)
        }
        let lead = try #require(diagnostic.upskill.first { $0.occupation.code == "ST0006" }, "lead adult care worker is the next step")
        #expect(lead.courses.contains { $0.title == "Level 3 Diploma in Adult Care" || $0.title == "Lead Adult Care Worker Apprenticeship" })
    }

    @Test("A welder gets engineering upskill paths and fabrication or machining courses")
    func welder() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Welder fabricator for 10 years: MIG and TIG welding, reading engineering drawings, grinding, working at height.",
            currentTitle: "Welder"))
        checkPathInvariants(diagnostic)
        #expect(heldSkillIDs(diagnostic).contains("welding"))
        #expect(diagnostic.upskill.allSatisfy { $0.occupation.route == Route.engineeringAndManufacturing.rawValue })
        #expect(!diagnostic.upskill.isEmpty)
        for path in diagnostic.reskill { #expect(path.occupation.route != Route.engineeringAndManufacturing.rawValue) }
    }

    @Test("An admin assistant aiming for digital work gets a digital path with digital courses")
    func adminIntoDigital() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: """
                Administrative assistant at a solicitors for 4 years: diary management, data entry, Excel spreadsheets, \
                minute taking, answering the phone and filing.
                """,
            currentTitle: "Admin assistant", aspiration: "software developer or data analyst"))
        checkPathInvariants(diagnostic)
        let digital = diagnostic.reskill.filter { $0.occupation.route == Route.digital.rawValue }
        #expect(!digital.isEmpty)
        let titles = Set(digital.flatMap(\.courses).map(\.title))
        #expect(!titles.isDisjoint(with: ["Software Development Skills Bootcamp", "Data Analysis Skills Bootcamp", "IT User Skills for the Workplace"]))
    }

    @Test("An explicit target route restricts reskill paths to that route")
    func targetRoute() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Barista and shift supervisor in a busy coffee shop; cash handling, customer service, food safety, training new staff.",
            targetRoute: .careServices))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.isEmpty)
        #expect(diagnostic.reskill.allSatisfy { $0.occupation.route == Route.careServices.rawValue })
    }

    @Test("A school leaver with little experience still gets skills and entry-level paths")
    func schoolLeaver() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: """
                I have just finished my GCSEs including maths and English. I volunteered at a charity shop on Saturdays, \
                serving customers and sorting stock. I like computers and helped set up the school's social media.
                """))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.skills.isEmpty)
        #expect(!diagnostic.reskill.isEmpty)
        for path in diagnostic.reskill { #expect((path.occupation.level ?? 9) <= 3, "\(path.occupation.title) is above an entry step") }
    }

    @Test("A returner's older experience still counts")
    func returner() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: """
                Returning to work after eight years at home caring for my children. Before that I was a receptionist at a GP \
                surgery: booking appointments, patient records, answering enquiries and using the practice computer system.
                """))
        checkPathInvariants(diagnostic)
        #expect(!heldSkillIDs(diagnostic).isEmpty)
        #expect(!diagnostic.paths.isEmpty)
    }

    @Test("Skills are grouped by kind and each carries the words that evidence it")
    func skillGroupsWithEvidence() async throws {
        let text = "Forklift driver, good with Excel, I always work safely, reliable and punctual, recycling and energy saving champion."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        #expect(diagnostic.skills.count >= 2)
        for group in diagnostic.skills {
            #expect(group.skills.allSatisfy { $0.kind == group.kind })
            for skill in group.skills {
                #expect(!skill.evidence.isEmpty)
                for words in skill.evidence where !words.hasSuffix("…") && skill.fromJob == nil {
                    #expect(text.lowercased().contains(words.lowercased()), "evidence \"\(words)\" is not in the profile")
                }
            }
        }
        let kinds = diagnostic.skills.map(\.kind)
        #expect(kinds == SkillKind.allCases.filter(kinds.contains), "groups follow the kind order")
    }
}
