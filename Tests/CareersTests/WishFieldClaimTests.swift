import Careers
import Domain
import Testing

// MARK: - A job of the wished field claims the wish only when it is what the wish says

/// Principle: "It matches what you said you would like to do" is said of a path only when the path is the
/// work the wish describes (the wish names it, or its titles or core skills hold the wish's words), whatever
/// skills it shares with the learner. Any other job of the field the wish names is said to lie in that field,
/// no more: "work with animals" is no wish for forestry, and a wish to be a navy engineering technician is
/// none for knitted-product manufacturing (review 14 p08, p10).
@Suite("Wish field claims")
struct WishFieldClaimTests {
    static let claim = "matches what you said"

    @Test("a wish for work with animals claims only animal jobs, though forestry lies in its field")
    func animalWishClaimsOnlyAnimalWork() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            im 16, leaving school in june. i work saturdays at a cattery near evesham, feeding, cleaning the pens, giving tablets to the old cats, \
            doing the check in book when owners drop off. ive got a pony on loan and 3 ferrets. want to work with animals, maybe the RSPCA one day. \
            not very good at exams
            """))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.isEmpty)
        for path in diagnostic.paths where path.why.summary.contains(Self.claim) {
            #expect(!path.occupation.title.lowercased().contains("forest"), "\(path.occupation.title): \(path.why.summary)")
        }
        // A job of the wished field that is not animal work says where it lies instead.
        for path in diagnostic.paths where path.occupation.title.lowercased().contains("forest") {
            #expect(path.why.summary.contains("It lies in Agriculture, environmental and animal care, the field your wish names."), "\(path.why.summary)")
        }
    }

    @Test("a wish for a navy engineering technician's job claims no manufacturing technician's job")
    func namedTradeClaimsNoOtherTechnician() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: """
                Im 17 doing a BTEC in engineering at college in bromsgrove. I work weekends as a marshal at a paintball site, doing the safety \
                briefings for groups, fixing and cleaning the markers and the air system, refilling the CO2 and HPA tanks. ive been in the sea \
                cadets since i was 12. I want to join the navy as an engineering technician on ships or subs
                """,
            aspiration: "Royal Navy engineering technician"))
        checkPathInvariants(diagnostic)
        for path in diagnostic.paths where path.why.summary.contains(Self.claim) {
            let title = path.occupation.title.lowercased()
            #expect(!title.contains("knitted") && !title.contains("print") && !title.contains("water"), "\(path.occupation.title): \(path.why.summary)")
        }
    }

    /// Principle: a one-word job naming the person who does it is a job the wish names, whatever its ending: an
    /// osteopath, like a pharmacist, gets the plain "no apprenticeship standard" line when none is for it (review 14 p19).
    @Test("a wish to be an osteopath hears that no standard is for it")
    func osteopathWishHeard() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: """
                ice cream van driver, its my own van, 7 summers round malvern and the villages, temp work in winter. food hygiene level 2,                 running the business, accounts, insurance, council street trading consent. I'm 31.
                """,
            aspiration: "osteopath"))
        #expect(diagnostic.notices.contains { $0.contains("You name \"osteopath\"") }, "\(diagnostic.notices)")
    }

    /// Principle: what the learner has to pay for names no job: "I have a mortgage" beside a wish is no wish to be a
    /// mortgage or financial adviser (review 14 p06).
    @Test("a mortgage the learner pays is no wish for financial advice")
    func mortgageIsNoWish() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: """
                press operator at a springs and pressings factory in Redditch 11 years, setting the power presses, changing the tools, first off \
                checks with verniers and micrometer, reading drawings a bit, 5S. 34. The toolroom lads are retiring and I want to be a toolmaker, \
                is it too late for an apprenticeship, I have a mortgage
                """,
            currentTitle: "Press operator"))
        let said = diagnostic.notices + diagnostic.paths.map(\.why.summary)
        #expect(!said.contains { $0.contains("Financial adviser") && $0.contains("your wish names") }, "\(said)")
        #expect(!diagnostic.paths.contains { $0.occupation.title.hasPrefix("Financial adviser") }, "\(diagnostic.paths.map(\.occupation.title))")
    }
}
