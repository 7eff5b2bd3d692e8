import Careers
import Domain
import Foundation
import Testing

// MARK: - Named wishes read as the job the learner means (review 16)

/// Everyday names of jobs that the title matcher reads as another job ("planning officer", "housing officer",
/// "licensing officer", "theatre support worker", "animator") are answered with the standard for that work, and what the
/// learner says about themselves or the field after the wish ("on the computer im ok but slow", "but I know it's all
/// social media now") wishes nothing.
@Suite("Review 16 named wishes")
struct Review16WishTests {
    /// Principle: "planning" in "planning officer" names the work, not a plan ("planning to"): the job is a town planner's.
    @Test("an architects' admin assistant who wants to be a planning officer is answered with town planning, not probation")
    func planningOfficer() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Admin assistant at an architects practice in Evesham for 6 years, drawing registers, answering the phones, filing and booking \
            meetings, some CAD tidying. I'd like to become a planning officer at the council.
            """))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        // The town planner's standard, or (for an admin assistant placed at level 3, two and more levels below it) a first step towards it.
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0536" || $0.why.summary.contains("first step towards Chartered town planner") },
                "\(titles)")
        #expect(!(titles + diagnostic.notices).contains { $0.contains("Probation officer") }, "\(titles) \(diagnostic.notices)")
    }

    /// Principle: a job listed among another standard's typical titles ("Housing officer" for an environmental health
    /// practitioner) is not that standard's job when the field's own standard is for it.
    @Test("a caretaker of council flats who wants to be a housing officer is offered housing management, not environmental health")
    func housingOfficer() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Caretaker for a block of council flats for 12 years, cleaning the communal areas, reporting repairs, checking the fire doors, \
            dealing with the residents and their complaints. I'd like to be a housing officer.
            """))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        let housing = try #require(diagnostic.paths.first { ["ST0234", "ST0235"].contains($0.occupation.code) }, "\(titles)")
        #expect(housing.why.summary.contains("your wish names"), "\(housing.why.summary)")
        #expect(!(titles + diagnostic.notices).contains { $0.contains("Environmental health") }, "\(titles) \(diagnostic.notices)")
    }

    /// Principle: a job tied to a wish by its role word alone ("officer") is not the job the wish names.
    @Test("a bar manager who wants to be a council licensing officer is pointed to regulatory compliance, not revenues and benefits")
    func licensingOfficer() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Bar manager at a hotel for 9 years, personal licence, stock and cellar, rotas, cashing up, dealing with door staff and the \
            police on busy nights. I want to be a licensing officer for the council.
            """))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0430" }, "\(titles)")
        #expect(!(titles + diagnostic.notices).contains { $0.contains("Revenues and welfare benefits") }, "\(titles) \(diagnostic.notices)")
    }

    /// Principle: a theatre support worker is a healthcare support worker in theatres, and an ODP the operating department
    /// practitioner's degree apprenticeship: neither wish is dropped.
    @Test("a hospital porter who wants theatre support work, then ODP training, is offered senior healthcare support work towards it")
    func theatreSupportWorker() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Hospital porter at the county hospital for 5 years, moving patients to x-ray and theatres, collecting samples, oxygen cylinders, \
            manual handling and infection control training. I want to be a theatre support worker and later train as an ODP.
            """))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        let step = try #require(diagnostic.paths.first { $0.occupation.code == "ST0217" }, "\(titles)")
        #expect(step.why.summary.contains("Operating department practitioner"), "\(step.why.summary)")
        #expect(!diagnostic.notices.contains { $0.contains("\"theatre support worker\"") }, "\(diagnostic.notices)")
    }

    /// Principle: a one-word job that is also a kind of work ("animator") still names its job.
    @Test("a college art student who wants to be an animator hears of the junior animator's job")
    func animator() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            im 17 and at college doing a level 3 in art and design, i work saturdays in a card shop. i draw characters all the time \
            and do flipbooks. i really want to be an animator.
            """))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect((titles + diagnostic.notices).contains { $0.contains("Junior animator") }, "\(titles) \(diagnostic.notices)")
        let first = try #require(diagnostic.reskill.first, "\(titles)")
        #expect(first.occupation.route == "creative-and-design", "\(titles)")
    }

    /// Principle: how the learner rates themselves at something after the wish is where they stand, not work wished for.
    @Test("a groundsman who says he is ok but slow on the computer is not offered IT as the job his wish names")
    func selfRatingIsNoWish() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Groundsman at a golf club for 18 years, mowing greens, strimming, servicing the mowers. my back is bad now. maybe I could be \
            a caretaker or a site officer at a school, on the computer im ok but slow.
            """))
        checkPathInvariants(diagnostic)
        let digital = diagnostic.paths.filter { $0.occupation.route == "digital" }
        #expect(!digital.contains { $0.why.summary.contains("your wish names") || $0.why.summary.contains("matches what you said") },
                "\(digital.map(\.why.summary))")
    }

    /// Principle: "tech" after the work it is short for ("lash tech", "nail tech") is a technician of that work, not IT.
    @Test("a school leaver who wants to be a lash tech is not offered IT as what she said she would like")
    func lashTechIsNoTech() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            im 17 and work weekends in a cafe, serving, the coffee machine and cleaning down. i do my sisters lashes and brows. \
            i want to be a lash tech.
            """))
        checkPathInvariants(diagnostic)
        let digital = diagnostic.paths.filter { $0.occupation.route == "digital" }
        #expect(!digital.contains { $0.why.summary.contains("matches what you said") || $0.why.summary.contains("your wish names") },
                "\(digital.map(\.why.summary))")
        #expect(diagnostic.reskill.contains { $0.occupation.route == "hair-and-beauty" }, "\(diagnostic.reskill.map(\.occupation.title))")
    }

    /// Principle: a first step towards a job named in several words of work ("air traffic") holds them all, not one.
    @Test("a warehouse worker who wants to be an air traffic controller is not sent to rail traffic control first")
    func airTrafficFirstStep() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Warehouse operative at a parcel hub near the airport for 5 years, forklift and reach truck licences, loading the trailers, \
            scanning. I have A levels in maths and physics. I'd love to be an air traffic controller.
            """))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(!diagnostic.paths.contains { $0.occupation.code == "ST1378" && ($0.why.summary.contains("Air traffic controller")) }, "\(titles)")
        #expect(!diagnostic.notices.contains { $0.contains("Air traffic controller") && $0.contains("Rail infrastructure") }, "\(diagnostic.notices)")
    }

    /// Principle: a remark after "but" on what the field is like now ("it's all social media now") wishes nothing.
    @Test("a sign writer who wants graphic design but knows it is all social media now is not offered digital marketing for it")
    func remarkAfterButIsNoWish() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Sign writer for 20 years, hand lettering, vinyl cutting, vehicle graphics and shop fronts, some Illustrator. \
            I'd like to move into graphic design but I know it's all web and social media now.
            """))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(!diagnostic.paths.contains { $0.occupation.title.hasPrefix("Digital marketer") }, "\(titles)")
        #expect(!diagnostic.notices.contains { $0.contains("Digital marketer") }, "\(diagnostic.notices)")
    }
}

// MARK: - Skills likely from the learner's job only when the job is named (review 16)

/// The skills a job likely involves are offered only when the learner's words name that job: not from a word that
/// qualifies it ("harvest" in "Harvest supervisor") nor from a grade any field has ("technician" alone).
@Suite("Review 16 skills likely from the job")
struct Review16JobSkillTests {
    /// Principle: the job's own word (its last) must be among the words that name the unit group.
    @Test("a harvest supervisor on a salad farm is not given herd management from his job")
    func harvestSupervisor() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: """
                Harvest supervisor on a salad farm near Evesham for 5 years, running the lettuce cutting crews, rotas, quality checks on \
                the rig, training new starters, the temperature logs. I'd like to move into quality assurance in a food factory.
                """,
            currentTitle: "Harvest supervisor"))
        checkPathInvariants(diagnostic)
        let fromJob = diagnostic.skills.flatMap(\.skills).filter { $0.fromJob != nil }.map(\.label)
        #expect(!fromJob.contains("Herd management") && !fromJob.contains("Animal care"), "\(fromJob)")
    }

    /// Principle: a grade word alone ("technician") names no job to read skills from.
    @Test("a returning planning technician is not given procurement and circular economy from her job")
    func planningTechnician() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I was a planning technician for a housing developer from 2010 to 2016, checking drawings, planning applications, site notices \
            and GIS. Then I stayed home with my kids. I'd like to go back to work in planning.
            """))
        checkPathInvariants(diagnostic)
        let fromJob = diagnostic.skills.flatMap(\.skills).filter { $0.fromJob != nil }.map(\.label)
        #expect(!fromJob.contains("Procurement") && !fromJob.contains("Circular economy"), "\(fromJob)")
    }
}
