@testable import Careers
import Domain
import Testing

// MARK: - Fields and activities a wish names are read as jobs

/// A wish that names a field or an activity rather than a job title ("teach at the college", "AAT",
/// "something in IT", "a job in sport") is answered with the jobs it means at a first step
/// (`CareerDiagnostician.wishedFields`), listed or stepped towards like a job title the wish names.
@Suite("Wished fields")
struct WishedFieldTests {
    static func titles(_ diagnostic: Diagnostic) -> [String] { diagnostic.paths.map(\.occupation.title) }

    @Test("a tradesperson who wants to teach their trade at a college is offered further-education teaching or assessing", arguments: [
        "Gas engineer for 12 years, boiler servicing, central heating installs and landlord gas safety checks. I'd like to teach gas and plumbing at the local college.",
        "Electrician 18 years, domestic and commercial rewires, testing and inspection, consumer units. I want to pass on my skills training apprentices.",
    ])
    func teachingTheTrade(text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let teaching = ["Learning and skills teacher", "Assessor coach"]
        #expect(Self.titles(diagnostic).contains { title in teaching.contains { title.hasPrefix($0) } }, "\(Self.titles(diagnostic))")
    }

    @Test("a wish to teach children is not read as teaching a trade in further education")
    func teachingChildrenIsNotFurtherEducation() {
        #expect(CareerDiagnostician.wishedFields(in: "i'd like to teach children at a primary school").isEmpty)
        #expect(CareerDiagnostician.wishedFields(in: "i want to become a teaching assistant").isEmpty)
        #expect(!CareerDiagnostician.wishedFields(in: "i'd love to teach hairdressing at college").isEmpty)
        #expect(!CareerDiagnostician.wishedFields(in: "maybe teach at the college one day").isEmpty)
        #expect(CareerDiagnostician.wishedFields(in: "i'm thinking of teaching or nursing").isEmpty)
    }

    @Test("an accounts worker who wants to do their AAT is offered the accounting technician's job or the assistant accountant's")
    func aatIsAccountingTechnician() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I've done purchase ledger and credit control at a builders merchant for 6 years, matching invoices and chasing payments. \
            I want to do my AAT.
            """))
        checkPathInvariants(diagnostic)
        let wanted = ["Professional accounting / taxation technician", "Assistant accountant"]
        #expect(Self.titles(diagnostic).contains { title in wanted.contains { title.hasPrefix($0) } }, "\(Self.titles(diagnostic))")
    }

    @Test("a school leaver who wants to get into IT is offered the digital support technician's first step", arguments: [
        "I'm 17 and just left sixth form with a BTEC in business. I fix laptops for my family and I want to get into IT.",
        "Just finished my GCSEs, I build my own PCs and play games online. I want to do something with computers.",
    ])
    func itFirstStep(text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let path = try #require(diagnostic.paths.first { $0.occupation.title.hasPrefix("Digital support technician") }, "\(Self.titles(diagnostic))")
        #expect((path.occupation.level ?? 9) <= 3)
        #expect(path.why.summary.contains("your wish names"), "\(path.why.summary)")
    }

    @Test("office work with computers is office work, not an IT technician's job")
    func officeComputersIsNotIT() {
        #expect(CareerDiagnostician.wishedFields(in: "maybe office work with computers").isEmpty)
        #expect(CareerDiagnostician.wishedFields(in: "i'd like to do it in a hospital").isEmpty)
    }

    @Test("a school leaver who wants a job in sport is offered a first step in community sport or leisure")
    func sportFirstStep() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I'm 16 and just finished my GCSEs. I play rugby for the town and help run the under 10s on Saturdays. I'd like a job in sport.
            """))
        checkPathInvariants(diagnostic)
        let firstSteps = ["Community activator coach", "Leisure team member", "Personal trainer"]
        #expect(Self.titles(diagnostic).contains { title in firstSteps.contains { title.hasPrefix($0) } }, "\(Self.titles(diagnostic))")
    }
}

// MARK: - The job a wish names leads the moves

/// A job the wish names (or a first step towards it) that the path search already listed among other
/// moves leads them and says it is the wish (`servingNamedWishes`): a plumber who wants to teach at a
/// college sees teaching or assessing first, not engineering jobs sharing a skill.
@Suite("Wished job first")
struct WishedJobFirstTests {
    @Test("a plumber who wants to teach at a college sees teaching or assessing first")
    func teachingLeads() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Plumbing and heating engineer for 15 years, boilers, bathrooms, unvented cylinders and central heating, gas safe. \
            I've mentored a few apprentices. I'd like to teach plumbing at the college.
            """))
        checkPathInvariants(diagnostic)
        // The first path shown (steps up come before moves): teaching may be a step up from the trade or a move.
        let first = try #require(diagnostic.upskill.first ?? diagnostic.reskill.first, "no path")
        #expect(["Learning and skills teacher", "Assessor coach"].contains { first.occupation.title.hasPrefix($0) },
                "\(diagnostic.paths.map(\.occupation.title))")
        #expect(first.why.summary.contains("your wish names"), "\(first.why.summary)")
        // Teaching lies in another route than plumbing, and the reason says so.
        #expect(!first.why.summary.contains("in the same route"), "\(first.why.summary)")
    }
}

// MARK: - A first step the wish names is shown even where the text placed the learner

/// A bookkeeper returner's words also place them near the accounting jobs; the accounting technician's
/// job they want, or the assistant accountant's as a first step towards it, is shown as a path saying it
/// is the wish, not hidden as their own job (`presented`).
@Suite("Wished first step shown")
struct WishedFirstStepShownTests {
    @Test("a bookkeeper returner who wants their AAT is shown the assistant accountant's job as the first step")
    func assistantAccountantShown() async throws {
        let engine = try await TestCatalogue.shared.value
        let diagnostic = try engine.diagnoseForLearner(LearnerProfile(
            // Review 5's p14, as the adviser read it.
            text: "Used to work as a bookkeeper - Sage 50, payroll, VAT returns, purchase and sales ledger, bank reconciliations. "
                + "Took 5 yrs out to raise my kids, want to get back into accounts.",
            aspiration: "AAT accounting technician"), today: TestCatalogue.today)
        let wished = ["Assistant accountant", "Professional accounting / taxation technician"]
        let step = try #require(diagnostic.paths.first { path in wished.contains { path.occupation.title.hasPrefix($0) } },
                                "\(diagnostic.paths.map(\.occupation.title)) / \(diagnostic.currentOccupations.map(\.occupation.title))")
        #expect(step.why.summary.contains("your wish names"), "\(step.why.summary)")
    }
}
