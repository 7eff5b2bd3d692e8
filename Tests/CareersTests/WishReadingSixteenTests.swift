@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Work named by its verb and what it works on

/// A wish that names a job by what is done and to what ("build boats") names the job of the one who does it
/// ("Boatbuilder"): any learner naming work this way names that job.
@Suite("Wishes named by the work: the doer's job")
struct WorkNamedByVerbTests {
    @Test("a doer's '-er' forms come from the verb or its '-ing' form", arguments: [
        ("build", "builder"), ("building", "builder"), ("fit", "fitter"), ("fitting", "fitter"), ("make", "maker"), ("making", "maker"),
    ])
    func doerForms(_ verb: String, _ doer: String) {
        #expect(CareerDiagnostician.doerForms(of: verb).contains(doer), "\(CareerDiagnostician.doerForms(of: verb))")
    }

    @Test("a school leaver who wants to build boats is offered the boatbuilder's job, in engineering")
    func buildBoats() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "im 16 at Stourport high, doing my gcses now. my grandad has a narrowboat and ive helped him with everything on it, "
                + "blacking the hull, servicing the engine, fixing the wiring. i want to build boats or fix them, theres a boatyard by "
                + "the canal and i want to get on an apprenticeship there."))
        #expect(diagnostic.reskill.contains { $0.occupation.title == "Boatbuilder" }, "\(diagnostic.reskill.map(\.occupation.title))")
    }
}

// MARK: - A typed wish is never dropped in silence

/// A job the learner types as their wish is answered, or the diagnostic says why not, however rich their text is:
/// one whose only standard here is an older version beyond a first step gets a plain notice.
@Suite("A wish typed in full is never dropped in silence")
struct TypedWishNoticeTests {
    @Test("a housekeeping supervisor who types 'nursing associate' hears about it")
    func nursingAssociate() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "room attendant / hotel housekeeper at a spa hotel in droitwich, 4 years, now housekeeping supervisor, checking rooms, "
                + "training new girls, linen orders, rotas. I looked after my nan when she was poorly and I think I want to work in the "
                + "hospital, health care assistant first then nursing associate",
            aspiration: "nursing associate"))
        let named = diagnostic.upskill.contains { $0.occupation.title.hasPrefix("Nursing associate") }
            || diagnostic.reskill.contains { $0.occupation.title.hasPrefix("Nursing associate") }
            || diagnostic.notices.contains { $0.hasPrefix("Nursing associate") }
        #expect(named, "\(diagnostic.notices)")
    }
}
