@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Words read in the sense the learner meant (review 10, G3)

/// A word that names a skill in one sentence may mean something else in another: "some perm" at a
/// recruitment agency is permanent placements, "till he passed" is a conjunction, "rotas and holidays"
/// are staff leave, "garden walls" are brickwork, and a son's autism is his condition, not the
/// learner's skill.
@Suite("Review 10: words read in their sense")
struct ReviewTenWordSenseTests {
    static func labels(_ diagnostic: Diagnostic) -> [String] {
        diagnostic.skills.flatMap(\.skills).map(\.label)
    }

    @Test("'some perm' at a recruitment agency is permanent placements, not hairdressing")
    func permIsPermanent() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Recruitment consultant for 8 years at an agency in Worcester, mostly industrial and driving temps, some perm. 40+ calls a day, "
                + "interviewing candidates, client visits, billing targets, Bullhorn CRM."))
        #expect(!Self.labels(diagnostic).contains("Hairdressing"), "\(Self.labels(diagnostic))")
    }

    @Test("'till he passed' and 'rotas and holidays' are no till work and no tourism")
    func tillAndHolidays() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "was office manager at a builders merchants in stourport for 12 yrs, accounts queries, invoicing, credit accounts, ordering, "
                + "looking after the yard staff rotas and holidays, health and safety paperwork. got made redundant 3 years ago when it closed "
                + "and then looked after my dad till he passed."))
        let labels = Self.labels(diagnostic)
        #expect(!labels.contains("Cash handling"), "\(labels)")
        #expect(!labels.contains("Tourism and travel"), "\(labels)")
    }

    @Test("building garden walls is brickwork, not horticulture")
    func gardenWalls() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "im 16 from evesham leaving school in july. my grandad was a brickie and ive been helping him build garden walls and a bbq. "
                + "I like being outside and working with my hands. want to be a bricklayer"))
        #expect(!Self.labels(diagnostic).contains("Horticulture"), "\(Self.labels(diagnostic))")
    }

    @Test("an injection moulding setter's plastics lead to no plastering (a plasterer's mouldings are plaster)")
    func mouldingSetterNoPlasterer() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Injection moulding setter at a plastics factory in Droitwich for 10 years. Tool changes, setting Engel and Arburg machines, "
                + "process fault finding, first off checks, 12 hour shifts 4 on 4 off. Im methodical, good at concentrating for long periods."))
        let paths = diagnostic.paths.map(\.occupation.title)
        #expect(!paths.contains("Plasterer"), "\(paths)")
    }

    @Test("a son's autism, given as the reason for a career break, is not the learner's skill")
    func sonsAutism() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I was the cook at a primary school in Redditch for 7 years, cooking lunches for 200 kids, special diets and allergies. "
                + "I gave up work 6 years ago as my son has autism and needed me at home, he's at a special school now.",
            currentTitle: "School cook"))
        #expect(!Self.labels(diagnostic).contains("Autism awareness"), "\(Self.labels(diagnostic))")
    }
}

// MARK: - Age band, circumstances and limits (review 10, G5 and G6)

@Suite("Review 10: age band, circumstances and limits")
struct ReviewTenCircumstanceTests {
    @Test("a level 2 evening class makes no one a sixth former")
    func levelTwoCourseIsNoALevel() {
        let profile = LearnerProfile(
            text: "Recruitment consultant for 8 years at an agency in Worcester. Ive done a level 2 counselling skills course at evening class "
                + "and loved it. I want to train as a counsellor").resolvingAgeBand()
        #expect(profile.constraints.ageBand == .adult)
    }

    @Test("term time, asked for, is read as part-time work")
    func termTime() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I was the cook at a primary school in Redditch for 7 years, cooking lunches for 200 kids, food hygiene level 3. "
                + "want to get back to work in term time if I can",
            currentTitle: "School cook"))
        #expect(diagnostic.notices.contains { $0.contains("part-time") }, "\(diagnostic.notices)")
    }

    @Test("a CV line's 'part-time preferred' is read")
    func partTimePreferred() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Commercial insurance underwriter 2006-2019, Worcester office of a national insurer. Risk assessment, quoting, renewals. "
                + "Career break since 2019 (children). Looking to return to insurance or a related office role, part-time preferred."))
        #expect(diagnostic.notices.contains { $0.contains("part-time") }, "\(diagnostic.notices)")
    }

    @Test("a learner who can no longer kneel is told kneeling work is left out")
    func kneelingNamed() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Carpet and vinyl fitter 22 years. Had both knees done, surgeon says no more kneeling ever. I know flooring inside out, "
                + "measuring up, estimating, customers trust me.",
            currentTitle: "Carpet fitter"))
        #expect(diagnostic.notices.contains { $0.contains("physical limit") && $0.contains("kneeling") }, "\(diagnostic.notices)")
    }

    @Test("'I could do estimating' names estimating work, not the project controls profession an estimating lead heads")
    func estimatingIsNoProjectControls() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Carpet and vinyl fitter 22 years. Had both knees done, surgeon says no more kneeling ever. I know flooring inside out, "
                + "measuring up, estimating, customers trust me. I could do sales maybe in a flooring shop or estimating",
            currentTitle: "Carpet fitter"))
        #expect(!diagnostic.notices.contains { $0.contains("Project controls professional") }, "\(diagnostic.notices)")
    }

    /// The standards (titles) a limit rules out, from the engine's precomputed table.
    static func ruledOut(by limit: Int) async throws -> Set<String> {
        let engine = try await TestCatalogue.shared.value
        return Set(engine.model.targets.indices.filter { engine.model.isRuledOut($0, by: [limit]) }.map { engine.model.targets[$0].standard.title })
    }

    @Test("the physical limit closes funeral team work (bearing), so no wheelchair user is offered it")
    func physicalClosesFuneralTeam() async throws {
        let closed = try await Self.ruledOut(by: WorkLimit.physical)
        #expect(closed.contains("Funeral team member"))
    }

    @Test("leaving outdoor work closes airside ground handling, not the airport's desk jobs")
    func outdoorsClosesAirside() async throws {
        let closed = try await Self.ruledOut(by: WorkLimit.outdoors)
        #expect(closed.contains("Aviation ground operative"))
        #expect(!closed.contains { $0.lowercased().contains("customer service") })
    }
}
