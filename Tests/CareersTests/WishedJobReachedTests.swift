@testable import Careers
import Foundation
import Domain
import Taxonomy
import Testing

// MARK: - The standard a wished job's everyday names stand for is reached

/// Principle: a learner who names a job in everyday words reaches the standard whose typical job titles are that job
/// ("train conductor": a passenger transport operative, whose titles include guard), and is not told no standard is for
/// it. A job trained for by a degree (pharmacist) is led to by the apprenticeship that is its usual way in, at the
/// learner's level (pharmacy services assistant), marked as a first step towards it. One who wants to teach their trade
/// at a college but could not yet start at the teacher's level is offered a first step that supports such learners
/// (learning mentor), not one of the pathway's jobs with young children.
@Suite("Wished job reached")
struct WishedJobReachedTests {
    @Test("a train conductor wish reaches the passenger transport operative, and is not said to have no standard")
    func trainConductor() async throws {
        let text = "Delivery driver and loader for a parcel firm in Kidderminster, 5 years, 3.5 tonne van, loading, dealing with customers "
            + "at the door. I would love to work on the trains, helping passengers"
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, aspiration: "train conductor"))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        let path = try #require(diagnostic.paths.first { $0.occupation.code == "ST0339" }, "\(titles)")
        #expect(path.why.summary.hasPrefix("The job your wish names"), "\(path.why.summary)")
        #expect(!diagnostic.notices.contains { $0.contains("no apprenticeship standard here is for that job") }, "\(diagnostic.notices)")
    }

    @Test("a pharmacist wish is led to by the pharmacy services assistant as a first step")
    func pharmacist() async throws {
        let text = "Warehouse picker at a distribution centre in Worcester for 4 years, picking and packing orders with a scanner, "
            + "loading cages. I did chemistry at college and I want to be a pharmacist"
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, aspiration: "pharmacist"))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        let path = try #require(diagnostic.reskill.first { $0.occupation.code == "ST0299" }, "\(titles)")
        #expect(path.why.summary.hasPrefix("A first step towards pharmacist"), "\(path.why.summary)")
        #expect(!diagnostic.notices.contains { $0.contains("the paths below build on what you do now") }, "\(diagnostic.notices)")
    }

    @Test("a coachbuilder who wants to lecture is offered a first step in teaching or assessing a trade, not early years work")
    func lecturerFirstStep() async throws {
        let text = "Coachbuilder at a car maker in Malvern, 2006 to now. Building the ash frames, fitting and hand forming the aluminium panels, "
            + "some wiring looms, final fettling and road test checks. Trained the last 3 apprentices that came through the shop. I would like "
            + "to teach at the college, lecturer in motor vehicle, I have no teaching quals"
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Coachbuilder"))
        checkPathInvariants(diagnostic)
        let steps = diagnostic.paths.filter { $0.why.summary.hasPrefix("A first step towards Learning and skills teacher") }
        #expect(!steps.contains { $0.occupation.title.localizedCaseInsensitiveContains("early years") }, "\(steps.map(\.occupation.title))")
        // Learning mentor (level 3) or Assessor coach (level 4), whichever is within a level of the job he is placed in (read as
        // accident repair, level 3, once "Coachbuilder" reads as "coach builder").
        #expect(steps.contains { ["ST0148", "ST0146"].contains($0.occupation.code) }, "\(steps.map(\.occupation.title))")
    }
}

// MARK: - A returner's own job, a school leaver's named job, a job said to have no standard

/// Principles: a learner coming back after time away whose wish names the work they did before sees that job as a path,
/// with what to bring up to date; a school leaver who may apply for the level-4 job they name from 18 is offered it, not a
/// first step sharing none of their skills; a path is never called "the job your wish names" right after the learner is
/// told no standard is for the job they named.
@Suite("Wish answered in the learner's terms")
struct WishAnsweredTests {
    @Test("a returner who wants her old library and archive work back sees it as a path")
    func returnerSeesOwnJob() async throws {
        let text = "I worked as a library and archive assistant at the county record office from 2010 to 2018, helping visitors with "
            + "local history, fetching and handling documents, cataloguing and scanning. Left when my son was born and have been at home "
            + "since. Id love to get back into archives or libraries, part time"
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Archive assistant"))
        checkPathInvariants(diagnostic)
        let path = try #require(diagnostic.paths.first { $0.occupation.code == "ST0664" }, "\(diagnostic.paths.map(\.occupation.title))")
        #expect(path.why.summary.hasPrefix("Back into the work you did before"), "\(path.why.summary)")
    }

    @Test("a sixth former naming a level-4 job is offered it, not a first step sharing none of their skills")
    func sixthFormerLevelFour() async throws {
        let text = "Im 17, doing A levels in geography, history and maths in Evesham, predicted ABB. Saturday job at Tesco on the checkouts. "
            + "I love maps and how towns and villages grow. Dont want to go to uni and pay fees, want a town planning apprenticeship or "
            + "something like that with the district council"
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(diagnostic.reskill.contains { $0.occupation.code == "ST0936" }, "\(titles)")
        #expect(!diagnostic.paths.contains { $0.why.summary.hasPrefix("A first step towards Town planning") && $0.sharedSkills.isEmpty }, "\(titles)")
    }

    @Test("a path is not called the job the wish names after the wish's job is said to have no standard")
    func notTheNamedJob() throws {
        let path = CareerPath(
            kind: .reskill, occupation: OccupationRef(id: "ifate:ST0315", scheme: .ifate, code: "ST0315", title: "Railway engineering design technician", route: nil,
                routeName: nil, pathway: nil, level: 3),
            score: 0.03, sharedSkills: [], missingSkills: [], courses: [], uncoveredSkills: [],
            why: Explanation(
                summary: "The job your wish names, in Engineering and manufacturing: it needs skills you have not mentioned yet.", matchedTerms: [],
                shared: [], missing: []))
        let said = CareerDiagnostician.notTheNamedJob(path, job: "train conductor")
        #expect(!said.why.summary.hasPrefix("The job your wish names"), "\(said.why.summary)")
        #expect(said.why.summary.hasPrefix("Not the train conductor you name"), "\(said.why.summary)")
        #expect(CareerDiagnostician.notTheNamedJob(path, job: nil).why.summary == path.why.summary)
    }
}
