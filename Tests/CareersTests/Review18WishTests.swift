import Careers
import Domain
import Foundation
import Testing

// MARK: - The learner's wish read as the right job (review 18, G1)

/// Everyday names of jobs an apprenticeship standard trains for (an on-call firefighter, a tax technician, flood work for the
/// Environment Agency, a forensic lab, trading standards, network design, a learning disability nurse, furniture restoration,
/// office management) are answered with that standard or a first step that keeps its work, not with a job read from a stray
/// word, and never dropped or called a job no standard is for.
@Suite("Review 18 wishes")
struct Review18WishTests {
    static func diagnose(_ text: String, title: String? = nil, aspiration: String? = nil) async throws -> Diagnostic {
        try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: title, aspiration: aspiration))
    }

    static func describe(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.paths.map { "\($0.occupation.code) \($0.occupation.title)" }) \(diagnostic.notices)"
    }

    /// Principle: joining the fire service, on call or wholetime, is the operational firefighter's apprenticeship.
    @Test("a steeplejack who wants to join the fire service on call is offered operational firefighter as the job wished for")
    func fireService() async throws {
        let diagnostic = try await Self.diagnose("""
            Steeplejack 11 years for a firm in Kidderminster, church spires, factory chimneys, lightning protection installing and \
            testing, rope access IRATA level 2, ladder and roof work, rescue training. Im 36, fit, I run and play 5 a side. I want to \
            join the fire service, on call first then wholetime with Hereford and Worcester. Is 36 too old?
            """, title: "Steeplejack")
        checkPathInvariants(diagnostic)
        let firefighter = try #require(diagnostic.paths.first { $0.occupation.code == "ST0486" }, "\(Self.describe(diagnostic))")
        #expect(firefighter.why.summary.contains("your wish names"), "\(firefighter.why.summary)")
    }

    @Test("a scaffolder who wants to be a retained firefighter is offered operational firefighter")
    func retainedFirefighter() async throws {
        let diagnostic = try await Self.diagnose("""
            Scaffolder for 8 years round Worcester, tube and fitting, system scaff, CISRS part 1 and 2, working at height every day. \
            I'm 29. I'd like to become a retained firefighter at my local station and go full time later.
            """, title: "Scaffolder")
        checkPathInvariants(diagnostic)
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0486" }, "\(Self.describe(diagnostic))")
    }

    /// Principle: a tax technician (the ATT qualification) is the taxation technician's apprenticeship, which exists: no "no
    /// standard" note, and no unrelated job offered as a first step towards it.
    @Test("a furniture showroom salesman who wants to be a tax technician is offered the taxation technician, with no false note")
    func taxTechnician() async throws {
        let diagnostic = try await Self.diagnose("""
            Sales adviser at a sofa and furniture showroom on the retail park in Worcester, 7 years. Commission on top of a low basic, \
            setting up the interest free finance on the system, sorting delivery problems and complaints. I'm 34. I love numbers and I \
            do my own self assessment tax return. I'd like to train in tax, maybe a tax technician at an accountants or at HMRC. Is the \
            ATT qualification something I can do at night?
            """)
        checkPathInvariants(diagnostic)
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0003" }, "\(Self.describe(diagnostic))")
        #expect(!diagnostic.notices.contains { $0.contains("\"tax technician\"") }, "\(diagnostic.notices)")
        #expect(!diagnostic.paths.contains { $0.why.summary.hasPrefix("A first step towards") && $0.occupation.code == "ST0474" }, "\(Self.describe(diagnostic))")
        #expect(diagnostic.demandSignal.aspired)
    }

    /// Principle: outdoor river and flood work for the Environment Agency is the water environment worker's job.
    @Test("a transport planner who wants outdoor flood work with the Environment Agency is offered water environment worker")
    func floodWork() async throws {
        let diagnostic = try await Self.diagnose("""
            Transport planner for a haulage firm near Evesham for 10 years, planning routes for 40 trucks, tachographs and working \
            time, Microlise tracking. Im 41. I volunteer as a flood warden in our village. I want to work outdoors for the Environment \
            Agency, river levels and flood work. Would they take someone without a science degree?
            """)
        checkPathInvariants(diagnostic)
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0767" }, "\(Self.describe(diagnostic))")
    }

    /// Principle: a forensic lab's technicians are laboratory technicians.
    @Test("a sixth former who wants to work in a forensic lab is offered laboratory technician")
    func forensicLab() async throws {
        let diagnostic = try await Self.diagnose("""
            18, A levels in chemistry, biology and psychology at a sixth form in kidderminster, expecting BCC. I work weekends as a \
            ride operator at the safari park. I want to be a crime scene investigator or work in a forensic lab. Do I have to go to uni?
            """)
        checkPathInvariants(diagnostic)
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0248" }, "\(Self.describe(diagnostic))")
        #expect(!diagnostic.paths.contains { $0.occupation.code == "ST0250" && $0.why.summary.contains("your wish") }, "\(Self.describe(diagnostic))")
    }

    /// Principle: trading standards' first step is regulatory compliance work, and police staff are no constables.
    @Test("a returning RSPCA inspector who wants trading standards or police staff work is not told of a constable's wish")
    func tradingStandards() async throws {
        let diagnostic = try await Self.diagnose("""
            I was an RSPCA inspector covering Worcestershire and Herefordshire from 2010 to 2019. Investigating cruelty and neglect \
            complaints, interviews under caution, prosecution files. I stopped when I had my third child. I'm 42. I'd like to use the \
            investigation side, maybe animal licensing at the council, trading standards or a police staff investigator, part time.
            """)
        checkPathInvariants(diagnostic)
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0430" }, "\(Self.describe(diagnostic))")
        #expect(!diagnostic.notices.contains { $0.hasPrefix("Police constable") && $0.contains("your wish names") }, "\(diagnostic.notices)")
        #expect(!diagnostic.paths.contains { $0.occupation.code == "ST0304" }, "\(Self.describe(diagnostic))")
        #expect(!diagnostic.notices.contains { $0.contains("Quality practitioner") && $0.contains("first step") }, "\(diagnostic.notices)")
    }

    /// Principle: electricity network design and planning is the power networks engineer's job, not a craft first step.
    @Test("a linesman who can no longer climb and wants network design in the office is offered power networks engineer")
    func networkDesign() async throws {
        let diagnostic = try await Self.diagnose("""
            Overhead linesman for the electricity network 17 years, 11kV and LV, climbing poles, stringing conductors, fault finding \
            after storms. Last year I had bowel cancer and I have a stoma now. I can't climb poles or lift heavy. I'm 44. I'd like to \
            move into network design or planning in the office, or train the apprentices at the training centre.
            """, title: "Overhead linesman")
        checkPathInvariants(diagnostic)
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0475" }, "\(Self.describe(diagnostic))")
        #expect(!diagnostic.notices.contains { $0.contains("Boatbuilder") }, "\(diagnostic.notices)")
    }

    /// Principle: a learning disability nurse is a registered nurse (degree apprenticeship), not an enhanced clinical practitioner.
    @Test("a car auction driver who wants to be a learning disability nurse is offered registered nursing")
    func learningDisabilityNurse() async throws {
        let diagnostic = try await Self.diagnose("""
            I drive for the car auction near Bromsgrove, 6 years, moving cars round the yard, trade plate deliveries all over the \
            Midlands. My sister has Down's syndrome and I volunteer at a Mencap club on Tuesday nights. I'm 30. I want to be a learning \
            disability nurse. I have GCSEs but maths was a 3. Can I do a nursing apprenticeship while working?
            """, aspiration: "learning disability nurse")
        checkPathInvariants(diagnostic)
        #expect(diagnostic.paths.contains { ["ST0781", "ST0827"].contains($0.occupation.code) }, "\(Self.describe(diagnostic))")
        #expect(!diagnostic.paths.contains { $0.occupation.code == "ST0895" }, "\(Self.describe(diagnostic))")
        #expect(!diagnostic.notices.contains { $0.contains("Enhanced clinical practitioner") }, "\(diagnostic.notices)")
        #expect(diagnostic.demandSignal.aspired)
        // The apprenticeship question is not answered with a driving apprenticeship under another path.
        #expect(!diagnostic.notices.contains { $0.hasPrefix("You asked") && $0.contains("LGV") }, "\(diagnostic.notices)")
    }

    /// Principle: what the learner thinks they would be good at is a wish; office management and operations are office jobs.
    @Test("a restaurant manager who thinks she'd be good at office management or operations is read as wishing for office work")
    func officeManagement() async throws {
        let diagnostic = try await Self.diagnose("""
            restaurant general manager at a chain italian in bromsgrove, 8 years, running a team of 30, rotas, P&L, stock and GP, food \
            safety, interviewing and training, 50+ hours a week on my feet. I have hypermobile EDS and I need to sit down for work. \
            I'm 35, no degree. I think I'd be good at office management or operations or training in a head office. What office job \
            would take my experience?
            """, title: "Restaurant manager")
        checkPathInvariants(diagnostic)
        #expect(diagnostic.demandSignal.aspired)
        #expect(!diagnostic.notices.contains { $0.contains("Say what you would like to do") }, "\(diagnostic.notices)")
        #expect(diagnostic.paths.contains { ["ST0385", "ST0070"].contains($0.occupation.code) }, "\(Self.describe(diagnostic))")
        #expect(!diagnostic.paths.contains { $0.occupation.code == "ST0645" }, "\(Self.describe(diagnostic))")
    }

    /// Principle: a wish to learn a craft ("learn furniture restoration") names that craft's work.
    @Test("a reablement worker who wants to learn furniture restoration is read as wishing for furniture work")
    func furnitureRestoration() async throws {
        let diagnostic = try await Self.diagnose("""
            I'm a reablement support worker for the council, 6 years, going into people's homes after they come out of hospital, \
            personal care, meds prompts. I'm 45. At weekends I do up old furniture, stripping, re-caning chairs, patching veneer. I'd \
            like to learn furniture restoration and french polishing and have my own workshop one day. Where can I learn that?
            """, title: "Reablement support worker")
        checkPathInvariants(diagnostic)
        #expect(diagnostic.demandSignal.aspired)
        #expect(diagnostic.paths.contains { ["ST0639", "ST0611"].contains($0.occupation.code) }, "\(Self.describe(diagnostic))")
    }

    /// Principle: a degree apprenticeship the wish names is open to an adult holding A levels: no "more than a level above" gate.
    @Test("a 26-year-old with A levels who wants to be a solicitor is not gated behind a paralegal's job")
    func solicitorWithALevels() async throws {
        let diagnostic = try await Self.diagnose("""
            Assistant manager at a vape shop in Worcester, 4 years, selling and advising, age checks and challenge 25, stock orders, \
            cashing up. I'm 26. I got A levels (law A, history B, English B) but didn't go to uni because of money. I want to be a \
            solicitor. Can I do that at 26 without a degree?
            """, aspiration: "solicitor")
        checkPathInvariants(diagnostic)
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0246" }, "\(Self.describe(diagnostic))")
        #expect(!diagnostic.notices.contains { $0.hasPrefix("Solicitor (level 7), which your wish names, is more than a level above") }, "\(diagnostic.notices)")
        #expect(diagnostic.notices.contains { $0.hasPrefix("Solicitor (level 7), which your wish names, is a degree apprenticeship") }, "\(diagnostic.notices)")
    }

    @Test("an adult with a level 3 who wants to be a solicitor hears of the apprenticeship, not only a paralegal's first step")
    func solicitorWithLevelThree() async throws {
        let diagnostic = try await Self.diagnose("""
            Receptionist at a car dealership in Redditch for 5 years, booking services, answering the phones, taking payments. I did \
            a BTEC level 3 extended diploma in business at college. I'm 24. I'd like to become a solicitor, I read a lot about law.
            """)
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.notices.contains { $0.hasPrefix("Solicitor (level 7), which your wish names, is more than a level above") }, "\(diagnostic.notices)")
    }

    /// Principle: an airline pilot is the first officer pilot's apprenticeship, open from 18 to one with A levels.
    @Test("a sixth former who wants to be an airline pilot is not told no standard is for it")
    func airlinePilot() async throws {
        let diagnostic = try await Self.diagnose("""
            17, doing A levels in maths, geography and business at a sixth form in worcester, predicted BBB. I work weekends as a \
            marshal at the go karting track. I've had 3 flying lessons. I want to be an airline pilot but the training is about £100k. \
            Is there an apprenticeship to become a pilot?
            """)
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.notices.contains { $0.contains("\"airline pilot\"") }, "\(diagnostic.notices)")
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0523" }, "\(Self.describe(diagnostic))")
        #expect(!diagnostic.notices.contains { $0.hasPrefix("First officer pilot (level 6), which your wish names, is more than a level above") }, "\(diagnostic.notices)")
    }

    /// Principle: phlebotomy is trained for through the healthcare science assistant's apprenticeship.
    @Test("a makeup artist who wants to be a phlebotomist is not told no standard is for it")
    func phlebotomist() async throws {
        let diagnostic = try await Self.diagnose("""
            I'm a self employed bridal and prom makeup artist, 8 years round Malvern and Worcester, skin prep, airbrush, lashes. I did \
            a level 3 in makeup at college. I'm 29. I'm good at keeping nervous people calm. I'd like to be a phlebotomist in the NHS. \
            Do I need a course first or do they train you?
            """, aspiration: "phlebotomist")
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.notices.contains { $0.contains("\"phlebotomist\"") }, "\(diagnostic.notices)")
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0218" }, "\(Self.describe(diagnostic))")
    }
}
