import Careers
import Domain
import Testing

// MARK: - The job a wish names is offered when the data has it; no padding paths

/// A job the learner names that has an apprenticeship standard is found and offered (or led to by a first step in
/// its own pathway): a wish word that opens a job's name ("train driver") is kept, a wish a standard's own title
/// holds whole ("cyber security") names it whatever field one word suggests, and a wish ending in a grade word
/// ("conveyancing assistant") names the same work at another grade. A school leaver with A levels who names a degree
/// apprenticeship is offered it with its entry requirements. A fresh start (no shared skill) is offered for a wished
/// field, and claims the wish, only when it holds what the learner said where some job of the field does, and a SOC
/// unit group alone makes no step up.
@Suite("Wished standard offers")
struct WishedStandardOfferTests {
    @Test("a warehouse worker who wants to be a train driver is offered the train driver standard")
    func trainDriver() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Warehouse picker at a distribution centre near Redditch for 6 years, reach truck licence, loading bays, stock counts. \
            Im reliable and safety minded. I want to be a train driver.
            """))
        checkPathInvariants(diagnostic)
        let driver = try #require(diagnostic.paths.first { $0.occupation.code == "ST0645" }, "\(diagnostic.paths.map(\.occupation.title))")
        #expect(driver.why.summary.contains("your wish names"), "\(driver.why.summary)")
    }

    @Test("a shop supervisor who wants to get into cyber security is offered a cyber security standard")
    func cyberSecurity() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Supervisor at a phone shop in Worcester for 4 years, setting up phones and laptops for customers, sorting their wifi. \
            I do online courses on networking in my own time. I want to get into cyber security.
            """))
        checkPathInvariants(diagnostic)
        let codes = diagnostic.paths.map(\.occupation.code)
        #expect(codes.contains("ST0865") || codes.contains("ST1021"), "\(diagnostic.paths.map(\.occupation.title))")
    }

    @Test("a receptionist who wants to be a conveyancing assistant is told about the conveyancing technician standard")
    func conveyancingAssistant() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Receptionist at a car dealership for 3 years, answering phones, booking services, filing. \
            I'd like to be a conveyancing assistant.
            """))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.notices.contains { $0.contains("no apprenticeship standard here is for that job") }, "\(diagnostic.notices)")
        let named = diagnostic.paths.contains { $0.occupation.code == "ST0100" }
            || diagnostic.notices.contains { $0.hasPrefix("Conveyancing technician (level 4), which your wish names") }
        #expect(named, "\(diagnostic.notices) \(diagnostic.paths.map(\.occupation.title))")
    }

    @Test("a plasterer who wants site management steps up first to construction site supervisor, the same pathway")
    func siteSupervisorFirstStep() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Plasterer for 14 years, skimming, rendering, dry lining, pricing work and ordering materials, running a small gang. \
            I would like to move into site management.
            """, currentTitle: "Plasterer"))
        checkPathInvariants(diagnostic)
        let step = try #require(diagnostic.paths.first { $0.why.summary.hasPrefix("A first step towards Construction site management") },
            "\(diagnostic.paths.map(\.occupation.title))")
        #expect(step.occupation.code == "ST0048", "\(step.occupation.title)")
    }

    @Test("a year-13 student with A levels who wants the solicitor apprenticeship is offered it with its entry requirements")
    func degreeApprenticeshipForALevelStudent() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I'm 18 and in year 13 doing A levels in English, sociology and history, predicted ABB. I volunteer at Citizens Advice on Saturdays. \
            I want to become a solicitor, but I'd rather do an apprenticeship than go to university.
            """))
        checkPathInvariants(diagnostic)
        let solicitor = try #require(diagnostic.reskill.first { $0.occupation.code == "ST0246" }, "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(solicitor.why.summary.contains("Degree apprenticeships are open from 18"), "\(solicitor.why.summary)")
        #expect(!diagnostic.notices.contains { $0.contains("Solicitor (level 7), which your wish names, is more than a level above") }, "\(diagnostic.notices)")
        #expect(diagnostic.notices.contains { $0.contains("is a degree apprenticeship you can apply for from 18") }, "\(diagnostic.notices)")
    }

    @Test("a moulding setter placed as an engineering operative is not stepped up to lift and escalator work on fault finding alone")
    func noUnitGroupPaddingStep() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Injection moulding setter at a plastics factory in Droitwich for 10 years. Tool changes, setting Engel and Arburg machines, \
            process fault finding, first off checks, 12 hour shifts 4 on 4 off. Im methodical, good at concentrating for long periods, \
            safety is second nature. Always wanted to drive trains
            """, aspiration: "train driver"))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.upskill.contains { $0.occupation.code == "ST0252" }, "\(diagnostic.upskill.map(\.occupation.title))")
        #expect(diagnostic.reskill.contains { $0.occupation.code == "ST0645" }, "\(diagnostic.reskill.map(\.occupation.title))")
    }

    @Test("a refuse loader with Crohn's who wants a depot office or a warehouse gets no fresh start that holds neither")
    func noPaddingFreshStart() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Refuse loader on the bins for the council 8 yrs. I have Crohns disease and I need to be near a toilet, on the rounds its a nightmare \
            and ive had a lot of time off. Got my CPC modules done but never drove. I want an indoor job with a toilet nearby, maybe in a depot \
            office, or something in a warehouse
            """, constraints: LearnerConstraints(districts: [.redditch])))
        checkPathInvariants(diagnostic)
        let codes = diagnostic.reskill.map(\.occupation.code)
        #expect(!codes.contains("ST0193") && !codes.contains("ST0037"), "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(!diagnostic.reskill.isEmpty)
    }
}
