import Careers
import Domain
import Taxonomy
import Testing

// MARK: - The learner's current job, placed as an adviser would (review 18)

@Suite("Review 18 placements")
struct Review18PlacementTests {
    static func groups(_ diagnostic: Diagnostic) -> [String] {
        diagnostic.currentOccupations.filter { $0.occupation.scheme == .soc2020 }.map(\.occupation.code)
    }

    /// Principle: a title the coding index gives one unit group plainly and others only for an industry ("Sales adviser
    /// (vehicles)") is the plain group's when the learner's words name none of those industries.
    @Test("a sales adviser in a furniture showroom is placed among sales assistants, not vehicle salespeople")
    func showroomSalesAdviser() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Sales adviser in a bed and sofa showroom for five years, on commission, weekends, setting up the finance for customers, \
            chasing deliveries and dealing with complaints. I'm good with numbers and I'd like an office job in finance.
            """))
        checkPathInvariants(diagnostic)
        let groups = Self.groups(diagnostic)
        #expect(groups.first == "7111", "\(groups)")
        #expect(!groups.contains("7115"), "\(groups)")
    }

    /// Principle: "self employed" says on what terms the learner works, and "bridal and prom" qualify the job title after them.
    @Test("a self employed bridal and prom makeup artist is placed among beauticians, not textile operatives")
    func makeupArtist() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I'm a self employed bridal and prom makeup artist, 6 years, travelling to the brides house, airbrush, lashes, skin prep, \
            bookings through Instagram. I'd like steadier work in the NHS.
            """))
        checkPathInvariants(diagnostic)
        let groups = Self.groups(diagnostic)
        #expect(groups.first == "6222", "\(groups)")
        #expect(!groups.contains("8112"), "\(groups)")
    }

    /// Principle: "personal injury" names the law a legal executive practises, not a harm to them: the clause naming
    /// their job is read, and their own diagnosis in another sentence does not hide it.
    @Test("a chartered legal executive in personal injury with Parkinson's is placed among legal professionals")
    func personalInjuryLaw() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Chartered legal executive in personal injury at a high street firm, 12 years, my own caseload of road traffic claims, \
            negotiating settlements. I was diagnosed with MS last year and I'm tired by the afternoon. I'd like part time legal work.
            """))
        checkPathInvariants(diagnostic)
        let groups = Self.groups(diagnostic)
        #expect(groups.first == "2419", "\(groups)")
        #expect(!groups.contains("4129"), "\(groups)")
    }

    /// Principle: a two-letter word may name the place a shared title is done in ("GP surgery": a GP practice manager).
    @Test("a practice manager at a GP surgery is placed among health care practice managers")
    func gpPracticeManager() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Practice manager at a GP surgery from 2009 to 2019, 9,000 patients, payroll, rotas, CQC inspections, EMIS. I stopped \
            to look after my mum. I'd like to get back into practice management or NHS admin.
            """))
        let groups = Self.groups(diagnostic)
        #expect(groups.first == "1231", "\(groups)")
    }

    /// Principle: a given title's grade word of one field is read in that field (review 17 leftovers).
    @Test("a semi-senior accountant is not a plant operative, and a live sound engineer is not a biological scientist")
    func gradeWordTitles() async throws {
        let accountant = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Trainee then semi-senior accountant at a small practice, year end accounts, VAT returns, Xero and Sage, payroll.",
            currentTitle: "Semi-senior accountant"))
        let accountantGroups = Self.groups(accountant)
        #expect(accountantGroups.first.map { ["3533", "2421", "4122"].contains($0) } == true, "\(accountantGroups)")
        #expect(!accountantGroups.contains("8139"), "\(accountantGroups)")
        let sound = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Live sound engineer for 10 years, front of house and monitors at gigs and festivals, mixing desks, setting up PA systems.",
            currentTitle: "Live sound engineer"))
        let soundGroups = Self.groups(sound)
        #expect(soundGroups.first == "3417", "\(soundGroups)")
        #expect(!soundGroups.contains("2112"), "\(soundGroups)")
    }
}
