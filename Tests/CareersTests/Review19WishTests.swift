import Careers
import Domain
import Foundation
import Testing

// MARK: - The learner's wish read as the right job (review 19, T1)

/// A wish is read as the job it names, not as a job a stray word of it fits: a way of training ("an adult apprenticeship",
/// "a night course", "is there a course") names no job; a one-word job any field has ("a planner") is that of the field the
/// wish names; everyday names of game art, UX design and school teaching are their standards; a graduate's degree opens the
/// degree-level apprenticeship they name; and a returner's own job stays first.
@Suite("Review 19 wishes")
struct Review19WishTests {
    static func diagnose(_ text: String, title: String? = nil, aspiration: String? = nil) async throws -> Diagnostic {
        try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: title, aspiration: aspiration))
    }

    static func describe(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.paths.map { "\($0.occupation.code) \($0.occupation.title)" }) \(diagnostic.notices)"
    }

    static let cellarTechnician = """
        cellar service technician 9 years for a drinks company covering pubs and clubs round kidderminster, stourport and bewdley. \
        installing and cleaning beer lines, python cooling units, remote coolers, gas cylinders and regulators, fault finding when the \
        pints come out fobbing, temperature logs. I already hold my F-gas category 1 from a course the firm paid for. Im 38. The brewery \
        work is drying up as pubs close. I want to be a proper refrigeration and air conditioning engineer, heat pumps as well. Is there \
        an adult apprenticeship or a night course near kidderminster?
        """

    /// Principle: "adult" before "apprenticeship" is who the training is for, not adult care.
    @Test("a cellar technician asking for an adult apprenticeship in refrigeration is offered refrigeration first, and no adult care")
    func adultApprenticeship() async throws {
        let diagnostic = try await Self.diagnose(Self.cellarTechnician, title: "Cellar service technician")
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.contains { $0.occupation.code == "ST0005" }, "\(Self.describe(diagnostic))")
        #expect(!diagnostic.notices.contains { $0.contains("Adult Care") }, "\(diagnostic.notices)")
        let first = try #require(diagnostic.reskill.first, "\(Self.describe(diagnostic))")
        #expect(first.occupation.code == "ST0322", "\(Self.describe(diagnostic))")
        #expect(first.why.summary.hasPrefix("The job your wish names"), "\(first.why.summary)")
    }

    @Test("a kitchen porter asking for an adult apprenticeship or an evening course to be an electrician is offered electrical work, no care")
    func adultApprenticeshipOwnWording() async throws {
        let diagnostic = try await Self.diagnose("""
            Kitchen porter at a hotel in Worcester for 5 years, washing up, deep cleaning, taking deliveries and rotating stock. I'm 41. \
            I've always done my own wiring at home and I want to be an electrician. Is there an adult apprenticeship or an evening course \
            in Worcester?
            """)
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.contains { $0.occupation.title.lowercased().contains("care") }, "\(Self.describe(diagnostic))")
        #expect(diagnostic.reskill.first?.occupation.code == "ST0152", "\(Self.describe(diagnostic))")
    }

    /// Principle: "is there a course … that would get me in" asks for a way in; "course" is no golf course.
    @Test("a would-be game artist asking for a course or apprenticeship is offered the junior VFX artist, not golf course management")
    func gameArtistCourse() async throws {
        let diagnostic = try await Self.diagnose("""
            self storage site manager in kidderminster, 4 years, on my own most days. lettings, padlocks and the access system, chasing \
            arrears, cleaning units, sales targets on the phone. im 24. i draw every night, character designs and environments in procreate \
            and photoshop, ive started learning blender and made a couple of low poly models, 2k followers on instagram. i want to be a game \
            artist or a 3D artist for games. theres no games companies round here. is there a course or apprenticeship that would get me in \
            without doing a 3 year degree?
            """, aspiration: "game artist")
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.contains { $0.occupation.title.lowercased().contains("golf") }, "\(Self.describe(diagnostic))")
        let first = try #require(diagnostic.reskill.first, "\(Self.describe(diagnostic))")
        #expect(["ST0903", "ST0347"].contains(first.occupation.code), "\(Self.describe(diagnostic))")
        #expect(first.why.summary.hasPrefix("The job your wish names"), "\(first.why.summary)")
        #expect(diagnostic.demandSignal.aspired)
    }

    /// Principle: a one-word job many fields have ("planner") is read within the field the wish names (transport).
    @Test("a fleet coordinator who wants transport admin or a planner is offered transport planning, not town planning or events")
    func transportPlanner() async throws {
        let diagnostic = try await Self.diagnose("""
            fleet coordinator for a van hire and leasing firm in evesham, 2012 to 2020. booking in services and MOTs, tyres, damage and \
            recharges, the O licence paperwork, driver licence checks, tracking and the fleet software, dealing with the garages and lease \
            companies. i had my second baby and my eldest has ADHD so i stayed home. im 39 now. id like to get back into transport or \
            logistics, part time in an office, maybe transport admin or a planner. should i do the transport manager CPC to make myself stand out?
            """)
        checkPathInvariants(diagnostic)
        #expect(diagnostic.reskill.first?.occupation.code == "ST0336", "\(Self.describe(diagnostic))")
        #expect(!diagnostic.paths.contains { $0.occupation.code == "ST0168" }, "\(Self.describe(diagnostic))")
        #expect(!diagnostic.notices.contains { $0.contains("town planner") }, "\(diagnostic.notices)")
    }

    @Test("a supermarket worker who wants logistics, maybe a planner, is offered transport planning")
    func logisticsPlannerOwnWording() async throws {
        let diagnostic = try await Self.diagnose("""
            I work on the tills at a supermarket in Redditch, 6 years, cash office, stock and training new starters. I'm 30. I'd like to get \
            into logistics, maybe a planner or transport office work. Should I do a course?
            """)
        checkPathInvariants(diagnostic)
        #expect(diagnostic.reskill.first?.occupation.code == "ST0336", "\(Self.describe(diagnostic))")
        #expect(!diagnostic.paths.contains { $0.occupation.title.lowercased().contains("town planner") }, "\(Self.describe(diagnostic))")
    }

    /// Principle: "primary school teacher" is the teacher's standard, and a graduate may apply for it directly.
    @Test("a graduate paraplanner who wants to be a primary school teacher is offered Teacher, with no 'no standard' note")
    func primaryTeacher() async throws {
        let diagnostic = try await Self.diagnose("""
            paraplanner at an IFA firm in Redditch, 8 years. I write the suitability reports, research pensions and platforms, cashflow \
            models on Voyant, chase providers for valuations, keep the CRM up to date. Diploma in Regulated Financial Planning. I'm 35. I \
            coach the under 9s at the football club on saturdays and I help with reading at my daughters school one morning a week, and \
            that's when I feel most like myself. I want to be a primary school teacher. I have a degree in economics from Birmingham. Can I \
            train while I'm still earning, is there a salaried route?
            """, title: "Paraplanner")
        checkPathInvariants(diagnostic)
        let first = try #require(diagnostic.reskill.first, "\(Self.describe(diagnostic))")
        #expect(first.occupation.code == "ST0490", "\(Self.describe(diagnostic))")
        #expect(!diagnostic.notices.contains { $0.contains("no apprenticeship standard here is for that job") }, "\(diagnostic.notices)")
        #expect(diagnostic.notices.contains { $0.hasPrefix("Teacher (level 6), which your wish names") && $0.contains("degree you mention") })
    }

    @Test("a graduate shop manager who wants to teach in a primary school is offered Teacher first")
    func primaryTeacherOwnWording() async throws {
        let diagnostic = try await Self.diagnose("""
            Store manager at a card and gift shop in Worcester for 6 years, rotas, banking, visual merchandising and training the Saturday \
            staff. I have a degree in history. I'm 31. I'd love to be a primary teacher, I run the reading club at my son's school.
            """)
        checkPathInvariants(diagnostic)
        #expect(diagnostic.reskill.first?.occupation.code == "ST0490", "\(Self.describe(diagnostic))")
    }

    /// Principle: "UX design" is the digital user experience professional's work; a graduate potter is offered it.
    @Test("a potter with a BA who wants to move into UX design is offered the UX professional first")
    func uxDesign() async throws {
        let diagnostic = try await Self.diagnose("""
            I've run my own pottery studio near Bromsgrove for 10 years, throwing and hand building, glazes, kiln firing, selling at craft \
            fairs and on Etsy and teaching evening classes to adults. I did a BA in 3D design at Wolverhampton. Money is up and down and the \
            kiln electric has gone mad. I'm 40. I do all my own product photos, the website on Squarespace and the Instagram, and I've started \
            doing Figma tutorials because I love working out how people use things. I'd like to move into UX design. Is a bootcamp worth it \
            or is there a cheaper way?
            """, title: "Potter")
        checkPathInvariants(diagnostic)
        let first = try #require(diagnostic.reskill.first, "\(Self.describe(diagnostic))")
        #expect(first.occupation.code == "ST0470", "\(Self.describe(diagnostic))")
        #expect(!diagnostic.paths.contains { $0.why.summary.contains("the field your wish names") && $0.occupation.route != "digital" },
            "\(Self.describe(diagnostic))")
    }

    /// Principle: an estimator is trained by the construction support technician's apprenticeship (estimating technician).
    @Test("a floor finisher who wants to be an estimator is offered construction support technician as the job wished for, with no 'no standard' note")
    func estimator() async throws {
        let diagnostic = try await Self.diagnose(Review19WishTests.floorFinisher, title: "Concrete floor finisher")
        checkPathInvariants(diagnostic)
        let support = try #require(diagnostic.paths.first { $0.occupation.code == "ST0960" }, "\(Self.describe(diagnostic))")
        #expect(support.why.summary.contains("your wish names"), "\(support.why.summary)")
        #expect(!diagnostic.notices.contains { $0.contains("\"estimator\"") }, "\(diagnostic.notices)")
    }

    /// Principle: a therapy assistant in the NHS is a (senior) healthcare support worker's job, not a lead in adult care.
    @Test("an ambulance care assistant who wants to be a healthcare assistant or therapy assistant is offered healthcare support work, no lead in adult care")
    func therapyAssistant() async throws {
        let diagnostic = try await Self.diagnose("""
            Ambulance care assistant on patient transport for 6 years, taking people to dialysis and outpatients at Kidderminster and \
            Worcester, wheelchairs, stretchers, carry chair, manual handling, observations, dementia patients, first aid at work. In March I \
            had my first seizures and was diagnosed with epilepsy, so the DVLA took my licence and I'm off driving for at least a year. I'm \
            34. I love the patient side. I'd like to stay in the NHS with patients without driving, maybe a healthcare assistant or a therapy \
            assistant. Can I move into that and what training is there?
            """)
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.contains { $0.occupation.code == "ST0007" }, "\(Self.describe(diagnostic))")
        let first = try #require(diagnostic.reskill.first, "\(Self.describe(diagnostic))")
        #expect(["ST0216", "ST0217"].contains(first.occupation.code), "\(Self.describe(diagnostic))")
    }

    @Test("a care home worker who wants to be a physio assistant at the hospital is offered healthcare support work")
    func physioAssistantOwnWording() async throws {
        let diagnostic = try await Self.diagnose("""
            Care worker in a nursing home in Bromsgrove for 4 years, personal care, hoisting, helping residents walk with their frames and \
            doing their exercises. I'm 27. I want to be a physio assistant at the Alex hospital.
            """)
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.contains { $0.occupation.code == "ST0007" }, "\(Self.describe(diagnostic))")
        #expect(diagnostic.paths.contains { ["ST0216", "ST0217"].contains($0.occupation.code) && $0.why.summary.contains("your wish names") },
            "\(Self.describe(diagnostic))")
    }

    /// Principle: a returner who asks to go back to their own field is not offered a lower job of it as the job wished for.
    @Test("a pre-school leader coming back to early years is not offered early years practitioner (level 2) as the job wished for")
    func preSchoolLeaderNoStepDown() async throws {
        let diagnostic = try await Self.diagnose("""
            I ran a village pre-school near Worcester as the pre-school leader from 2010 to 2019, level 3 early years and a foundation \
            degree, 24 children, Ofsted good twice, the SENCo as well, planning, learning journeys, safeguarding lead. I stopped to look \
            after my dad who had dementia, he died in the spring. I'm 49. My paediatric first aid and safeguarding are out of date and I \
            hear the EYFS has changed. I'd like to go back into early years, maybe a room leader or deputy. What do I need to refresh \
            before I apply?
            """)
        checkPathInvariants(diagnostic)
        #expect(diagnostic.upskill.first?.occupation.code == "ST0551", "\(Self.describe(diagnostic))")
        #expect(!diagnostic.paths.contains { $0.occupation.code == "ST0888" && $0.why.summary.contains("your wish names") }, "\(Self.describe(diagnostic))")
    }

    /// Principle: a returner who asks to go back to the work they did before sees it first, before a job their wish also names.
    @Test("a school business manager coming back from abroad sees school business professional first")
    func returnerFirst() async throws {
        let diagnostic = try await Self.diagnose("""
            I was school business manager at a primary school in Malvern from 2009 to 2017. Budgets and the SFA, payroll queries, HR and \
            contracts, premises, health and safety, lettings, the MIS (SIMS), governors meetings, the school fund audit. I stopped when my \
            husband's job took us to Dubai and we've just come back. I'm 52. I'd like to go back to school business management or office \
            management, maybe part time. SIMS has all gone to Arbor now and academies do everything differently. Is there a course to update \
            me, like the school business professional qualifications?
            """)
        checkPathInvariants(diagnostic)
        let first = try #require(diagnostic.upskill.first, "\(Self.describe(diagnostic))")
        #expect(first.occupation.code == "ST0575", "\(Self.describe(diagnostic))")
        #expect(first.why.summary.hasPrefix("Back into the work you did before"), "\(first.why.summary)")
    }
}

// MARK: - Learners shared by the review 19 suites

extension Review19WishTests {
    /// Review 19's p16 in his own words: a concrete floor finisher off the tools after back surgery who names estimating
    /// and asks whether his years count.
    static let floorFinisher = """
        concrete floor finisher 16 years, warehouse slabs and house floors all over the midlands, laser screed, power floating, curing, \
        joint cutting, setting out the levels, running a gang of 4. I herniated two discs in my lower back last year and had surgery, the \
        surgeon says no more heavy lifting or bending all day. I'm 41. I can read drawings and I price jobs for the boss. I'd like \
        something like estimator, quantity surveyor or site manager, off the tools. Would my CSCS and 16 years count for anything or do I \
        start from nothing?
        """
}
