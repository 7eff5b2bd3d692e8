import Careers
import Domain
import Foundation
import Testing

// MARK: - Wishes answered with the standard for the job the learner names (review 17, G1)

/// Everyday names of jobs an apprenticeship standard is for ("trainee brewer", "police dog handler", "fire risk assessor",
/// "aircraft engineer", "family support worker", "ACCA", "occupational therapist") are answered with that standard, or a
/// first step that keeps its work, not with a job read from a stray word of the wish ("degree", "assessor", "technician").
@Suite("Review 17 wished paths")
struct Review17PathsTests {
    /// Principle: a job named as a trainee ("a trainee brewer") is trained for by its own apprenticeship, a level beyond where
    /// the learner could start; a job sharing only a broad pathway (a boatbuilder, a foundry technician) is no first step to it.
    @Test("a hop yard worker who wants to be a trainee brewer is offered the brewer's apprenticeship, and the demand is wished for")
    func traineeBrewer() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            hop yard worker on a farm near suckley 9 years. stringing and training the bines in spring, spraying (PA1 PA2), running \
            the picking machine in september, loading the kilns and drying, tractor work. im 33. I want to go into brewing, maybe a \
            brewery in malvern or worcester as a trainee brewer. do I need a qualification for that?
            """, currentTitle: "Hop farm worker"))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        let brewer = try #require(diagnostic.paths.first { $0.occupation.code == "ST0580" }, "\(titles) \(diagnostic.notices)")
        #expect(brewer.why.summary.contains("your wish names"), "\(brewer.why.summary)")
        #expect(diagnostic.demandSignal.aspired)
        #expect(!(titles + diagnostic.notices).contains { $0.contains("Boatbuilder") || $0.contains("Metal casting") }, "\(titles)")
    }

    /// Principle: every police role starts as a constable; "without a degree" says how the learner would like to get there,
    /// not a degree-level job they want.
    @Test("a dog walker who wants to be a police dog handler sees the police constable apprenticeship, not design and construction")
    func policeDogHandler() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            self employed dog walker and pet sitter in malvern 6 years, up to 6 dogs at a time on the hills, home boarding, giving meds, \
            dealing with reactive dogs, canine first aid cert. im 27. I really want to be a police dog handler, I know you have to be \
            a PC first for 2 years. Can I join West Mercia without a degree?
            """))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0304" }, "\(titles) \(diagnostic.notices)")
        #expect(!(titles + diagnostic.notices).contains { $0.contains("Design and construction management") }, "\(diagnostic.notices)")
        #expect(!diagnostic.notices.contains { $0.contains("\"police dog handler\"") }, "\(diagnostic.notices)")
    }

    /// Principle: a fire risk assessor is a fire safety inspector's work; "assessor" inside it is no trade assessor's, and
    /// "the audits" they would do are that job's work.
    @Test("an extinguisher engineer who wants to be a fire risk assessor is offered fire safety inspection, not teaching")
    func fireRiskAssessor() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Fire extinguisher service engineer 6 yrs, BAFE registered company, covering schools, care homes and offices. Annual \
            services, discharge tests, commissioning new units, emergency light testing, fire door checks, writing up the certificates \
            on the tablet. im 29. I want to be a fire risk assessor or a fire safety inspecting officer with the fire service, doing \
            the audits instead of carrying extinguishers up stairs
            """, currentTitle: "Fire extinguisher engineer"))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        let inspector = try #require(diagnostic.paths.first { $0.occupation.code == "ST0746" }, "\(titles) \(diagnostic.notices)")
        #expect(inspector.why.summary.contains("your wish names"), "\(inspector.why.summary)")
        #expect(!(titles + diagnostic.notices).contains { $0.contains("Learning and skills teacher") }, "\(titles) \(diagnostic.notices)")
        // "the audits" are the fire safety auditor's work, not an internal auditor's.
        #expect(!(titles + diagnostic.notices).contains { $0.contains("Internal audit") }, "\(titles) \(diagnostic.notices)")
        #expect(!diagnostic.notices.contains { $0.contains("\"fire risk assessor\"") }, "\(diagnostic.notices)")
    }

    /// Principle: "an aircraft engineer or technician" is one job at two grades: the bare "technician" is no railway design job.
    @Test("a sixth former who wants to be an aircraft engineer or technician is offered aircraft maintenance, not railway design")
    func aircraftEngineer() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Im 17, doing A levels in maths, physics and chemistry at a sixth form in worcester. I work part time at wetherspoons \
            collecting glasses. Im in the air cadets and did a gliding course. I want to be an aircraft engineer or technician, \
            either the RAF or an apprenticeship with an airline.
            """))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(diagnostic.paths.first?.occupation.code == "ST0019", "\(titles)")
        #expect(!titles.contains { $0.contains("Railway engineering design") }, "\(titles)")
    }

    /// Principle: a family support worker does early intervention with families, not healthcare support.
    @Test("a school leaver who wants to be a family support worker is offered early intervention, not healthcare support")
    func familySupportWorker() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            18, just finished A levels in english, history and sociology. I work in the cafe at a supermarket at weekends. I volunteer \
            at the youth club on friday nights. I want to be a family support worker.
            """))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0868" }, "\(titles) \(diagnostic.notices)")
        #expect(!diagnostic.paths.contains { $0.occupation.title.hasPrefix("Healthcare support worker") && $0.why.summary.contains("your wish names") }, "\(titles)")
    }

    /// Principle: finishing ACCA is a professional accountant's training; its first step keeps the accountancy work.
    @Test("a returning trainee accountant who wants to finish ACCA is offered the accountancy path, not only digital support")
    func acca() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Trainee accountant at a small firm of chartered accountants in worcester 2011-2018. Year end accounts for sole traders, \
            tax returns, VAT, bookkeeping on Xero and Sage. I passed 9 of the 13 ACCA exams before I had my first baby and stayed \
            home. Im 38. Id like to go back part time in practice and finish ACCA.
            """))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0001" }, "\(titles) \(diagnostic.notices)")
    }

    /// Principle: a learner whose wish names the profession itself sees it beside its first step, whatever their current job.
    @Test("a bathroom fitter who wants to be an occupational therapist sees the OT degree apprenticeship beside the first step")
    func occupationalTherapist() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Self employed bathroom fitter 18 years round worcester. Full bathroom refits, wet rooms, tiling, plumbing in, lots of \
            adaptations for the council, level access showers, grab rails. 47 and my back is telling me. I want to be an occupational \
            therapist. Is there an apprenticeship or do I have to go to uni at my age?
            """))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        let therapist = try #require(diagnostic.paths.first { $0.occupation.code == "ST0517" }, "\(titles) \(diagnostic.notices)")
        #expect(therapist.why.summary.contains("your wish names"), "\(therapist.why.summary)")
    }
}
