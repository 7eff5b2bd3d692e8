@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 14: the current job placed in its standard

/// Review 14's learners (development data): a job whose standard exists is placed in it, so an adult in
/// work is shown the next step up in their field.
@Suite("Review 14 placement: the current job found in its standard")
struct Review14PlacementTests {
    @Test("a standard's own title read as its first word and job noun places a highways operative in Highways maintenance skilled operative")
    func highwaysOperative() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "highways operative for the county council contractor 12 years, based at the depot in worcester. pothole patching, hot "
                + "and cold lay tarmac, kerbs, gully cleaning, i drive the gritter on nights in winter, NRSWA street works ticket, CSCS blue "
                + "card, class 2 licence. done a bit of running the gang when the ganger is off.",
            currentTitle: "Highways operative"))
        let codes = diagnostic.currentOccupations.map(\.occupation.code)
        #expect(codes.contains("ST0053"), "\(diagnostic.currentOccupations.map(\.occupation.title))")
        #expect(!diagnostic.upskill.isEmpty, "an adult placed in a level 2 job is shown a step up")
    }

    @Test("a job the text names plainly places the learner as a title does: a council tax officer's own standard agrees without a shared specific skill")
    func namedJobInText() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Benefits and council tax officer at the district council in Pershore for 8 yrs. Processing housing benefit and council "
                + "tax reduction claims, checking evidence, answering the phones, recovering overpayments. Its very stressful and all targets."))
        let codes = diagnostic.currentOccupations.map(\.occupation.code)
        #expect(codes.contains("ST0602"), "\(diagnostic.currentOccupations.map(\.occupation.title))")
    }

    /// Review 14's abattoir worker: a place of work said with "at" and where it is ("near evesham").
    static let abattoirWorker = "Ive worked at the abattoir near evesham 9 years, on the line then boning and trimming lamb, knife skills, "
        + "HACCP, level 2 food safety, temperature and traceability paperwork, I was union rep for the last 3 years. Im 35. I want to get "
        + "out of the blood and the cold. I got 5s in my science GCSEs"

    @Test("'worked at the abattoir near evesham' names a workplace as 'worked in the' does: its worker's job, where it is aside")
    func workedAtAPlace() async throws {
        let mention = try #require(try await TestCatalogue.shared.value.mentionedJob(Self.abattoirWorker))
        #expect(mention.title == "abattoir worker")
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: Self.abattoirWorker))
        #expect(diagnostic.currentOccupations.map(\.occupation.code).contains("ST0418"), "\(diagnostic.currentOccupations.map(\.occupation.title))")
    }

    @Test("a stated adult age settles the learner's stage: a 35-year-old who names their GCSE grades is not starting out")
    func statedAdultAge() async throws {
        #expect(!CareerDiagnostician.isEarlyCareer(Self.abattoirWorker))
        #expect(CareerDiagnostician.isEarlyCareer("Im 16 and doing my GCSEs, I work saturdays at a cattery"))
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: Self.abattoirWorker))
        #expect(!diagnostic.notices.contains { $0.hasPrefix("You look to be starting out") })
        #expect(!diagnostic.upskill.isEmpty, "an adult placed in their job is shown a step up")
    }

    @Test("an assistant's job is no higher technical post: a medical laboratory assistant is not placed as a level 5 Technician scientist")
    func assistantBelowHigherTechnical() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I worked in the pathology lab at the Alexandra hospital 2007 to 2016 as a medical laboratory assistant, specimen reception, "
                + "booking samples onto the LIMS, centrifuging, loading the analysers, some phlebotomy in clinic. My son was born with cerebral "
                + "palsy and Ive been his full time carer for 8 years. I want to go back to lab work part time"))
        let job = diagnostic.currentOccupations.first { $0.occupation.scheme == .ifate }
        #expect(job?.occupation.code != "ST0597", "\(diagnostic.currentOccupations.map(\.occupation.title))")
        #expect(!diagnostic.currentOccupations.contains { $0.occupation.code == "ST0597" })
        #expect(!(diagnostic.upskill + diagnostic.reskill).contains { $0.why.summary.contains("from Technician scientist") })
        let buyingAssistant = try #require(try await TestCatalogue.shared.value.model.targets.first { $0.standard.reference == "ST0683" })
        #expect(CareerDiagnostician.assistantMayHold(buyingAssistant.standard, job: "buying assistant"), "its own title is an assistant's")
    }

    @Test("a shopfitter placed among carpenters and joiners is in the carpentry and joinery standard, with its advanced level as a step up")
    func shopfitterCarpentry() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "before prison i was a shopfitter 10 years for a firm in droitwich travelling all over the country, stud walls, MDF units, "
                + "suspended ceilings, counters, reading drawings, nights in shopping centres. got my CSCS card again.",
            currentTitle: "Shopfitter"))
        #expect(diagnostic.currentOccupations.contains { $0.occupation.code == "ST0264" }, "\(diagnostic.currentOccupations.map(\.occupation.title))")
        #expect(diagnostic.upskill.contains { $0.occupation.code == "ST0263" }, "\(diagnostic.upskill.map(\.occupation.title))")
    }

    @Test("a job named in the text backs only standards whose titles share its work: a paintball marshal is no rail infrastructure operator")
    func namedJobSharesWork() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Im 19 and I work weekends as a marshal at a paintball site, doing the safety briefings for groups, fixing and cleaning the "
                + "markers and the air system, refilling the CO2 and HPA tanks."))
        #expect(!diagnostic.currentOccupations.contains { $0.occupation.code == "ST1378" }, "\(diagnostic.currentOccupations.map(\.occupation.title))")
    }
}
