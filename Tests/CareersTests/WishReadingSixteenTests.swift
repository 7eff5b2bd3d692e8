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
        // The notice says only what the data shows: an older standard here, not that the training has ended
        // (colleges may still run it, as the default catalogue's FdSc Nursing Associate apprenticeship does).
        if let notice = diagnostic.notices.first(where: { $0.hasPrefix("Nursing associate") }) {
            #expect(!notice.contains("no longer be offered"), "\(notice)")
            #expect(notice.contains("course lists"), "\(notice)")
        }
    }
}

// MARK: - Leaving care work

/// A learner who says they cannot go back to care work is offered no care job, as a move or as a step up;
/// health jobs stay open.
@Suite("Leaving care work is a limit")
struct CareWorkLimitTests {
    @Test("'I dont think I can do care again' closes care work; 'I want to work in care' does not", arguments: [
        ("care assistant 10 years, personal care, dementia. I dont think I can do care again but I liked the medical side", true),
        ("I want to work in care, I love looking after people", false),
    ])
    func readsCareLimit(_ text: String, _ limited: Bool) {
        #expect(WorkLimit.stated(in: text, wishes: "").contains(WorkLimit.careWork) == limited)
    }

    @Test("a care assistant who cannot do care again is not stepped up to lead adult care worker")
    func noCareStepUp() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "care assistant in a nursing home in Bromsgrove 10 years, personal care, meds rounds, end of life care, dementia. "
                + "stopped 5 years ago to care for my husband who has MS, hes in a home now. I dont think I can do care again after "
                + "looking after him but I liked the medical side, maybe taking bloods as a phlebotomist?"))
        let titles = (diagnostic.upskill + diagnostic.reskill).map(\.occupation.title)
        #expect(!titles.contains { $0.lowercased().contains("adult care") }, "\(titles)")
        #expect(diagnostic.notices.contains { $0.contains("care work") })
    }
}

// MARK: - Words read in their sense: a pet groomer, a running cost

/// Grooming words in a sentence about animals are the animal's grooming, not hairdressing or nails; insurance
/// named with fuel or rent is a running cost, not a skill.
@Suite("Grooming words and running costs are read in their sense")
struct GroomingAndCostWordsTests {
    @Test("a dog groomer's blow dry and nails, and her van's insurance, are no hairdressing, beauty or insurance skill")
    func dogGroomer() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I run a mobile dog grooming van, been self employed 7 years. Bath, blow dry, clipping, hand stripping, nails and "
                + "ears, doodles and spaniels mostly. The van needed a new gearbox this year, fuel and insurance have gone mad.",
            currentTitle: "Dog groomer"))
        let labels = diagnostic.skills.flatMap(\.skills).map(\.label)
        #expect(!labels.contains("Hairdressing") && !labels.contains("Beauty therapy") && !labels.contains("Insurance"), "\(labels)")
    }

    @Test("a hairdresser's blow dry and a claims handler's insurance are still read")
    func stillRead() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Hairdresser 8 years, cut and colour, blow dry, nails. Then 3 years handling insurance claims."))
        let labels = diagnostic.skills.flatMap(\.skills).map(\.label)
        #expect(labels.contains("Hairdressing") && labels.contains("Insurance"), "\(labels)")
    }
}
