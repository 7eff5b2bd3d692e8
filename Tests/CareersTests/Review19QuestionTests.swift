@testable import Careers
import Domain
import Foundation
import Testing

// MARK: - Questions answered with what serves them, or plainly (review 19, T6)

/// An answer uses only paths that serve the question's subject: "what should I do" is not answered with a path that neither
/// answers the learner's wish nor shares a skill of theirs; "how long does it take … at 33" asks about time, not age; training
/// while still earning asks about an apprenticeship; "would my experience count" is answered from the skills they already have.
@Suite("Review 19 questions")
struct Review19QuestionTests {
    static func kinds(_ text: String) -> [[LearnerQuestion.Kind]] { LearnerQuestion.questions(in: text).map(\.kinds) }

    static func answers(_ diagnostic: Diagnostic) -> [String] {
        diagnostic.notices.filter { $0.hasPrefix("You asked") || $0.hasPrefix("You say you worry") }
    }

    static func diagnose(_ text: String, title: String? = nil, aspiration: String? = nil, band: AgeBand? = nil) async throws -> Diagnostic {
        try await TestCatalogue.diagnose(LearnerProfile(
            text: text, currentTitle: title, aspiration: aspiration, constraints: LearnerConstraints(ageBand: band)))
    }

    @Test("how long a qualification takes is no question about age, though the learner gives their age")
    func howLongIsNoAgeQuestion() {
        #expect(!Self.kinds("how long does it take to get gas safe if im starting at 33?").joined().contains(.age))
        #expect(!Self.kinds("How many years would it take me to qualify as an electrician at 45?").joined().contains(.age))
        // An age worry in the same question still asks about age.
        #expect(Self.kinds("How long would it take at 50, am I too old?").joined().contains(.age))
        #expect(Self.kinds("Can I do a plumbing apprenticeship at 44?") == [[.age, .apprenticeship]])
    }

    @Test("training while still earning, or a salaried route, asks about an apprenticeship")
    func salariedRoute() {
        #expect(Self.kinds("Can I train while I'm still earning, is there a salaried route?") == [[.apprenticeship]])
        #expect(Self.kinds("is there a salaried route into it?") == [[.apprenticeship]])
    }

    @Test("whether what they have done counts, or they start again, is its own question")
    func experienceCounts() {
        #expect(Self.kinds("Would my CSCS and 16 years count for anything or do I start from nothing?") == [[.experience]])
        #expect(Self.kinds("My care certificate was years ago. Do I need to do everything again?").joined().contains(.experience))
        #expect(Self.kinds("Does my experience count or do I have to start from scratch?").joined().contains(.experience))
    }

    @Test("a floor finisher asking whether his years count is told the skills he already has")
    func floorFinisherExperience() async throws {
        let diagnostic = try await Self.diagnose(Review19WishTests.floorFinisher, title: "Concrete floor finisher")
        let answer = try #require(Self.answers(diagnostic).first { $0.hasPrefix("You asked whether what you have done counts") }, "\(diagnostic.notices)")
        #expect(answer.contains("You already have"), "\(answer)")
        let named = try #require(diagnostic.paths.first { answer.contains(OccupationRef.displayTitle($0.occupation.title) + " needs") }, "\(answer)")
        #expect(!named.sharedSkills.isEmpty)
    }

    /// Principle: a would-be paramedic of 16 asking what to do is pointed at the note on paramedic work, not at a leisure job.
    @Test("a school leaver who wants to be a paramedic asking what to do at 16 is not told to start as a leisure team member")
    func paramedicAtSixteen() async throws {
        let diagnostic = try await Self.diagnose("""
            im 16, year 11 at a school in kidderminster, should get 5s and 6s and a 7 in biology. saturday job at a farm park near bewdley, \
            feeding the goats and lambs, cleaning out, helping kids hold the guinea pigs, telling people the rules. i play rugby and i did the \
            first aid course at the club and i was the one who helped when a lad broke his leg. i want to be a paramedic. do i have to go to \
            uni or can i do it as an apprenticeship, and what should i do at 16?
            """, aspiration: "paramedic", band: .youth)
        let answers = Self.answers(diagnostic)
        for path in diagnostic.paths where !CareerDiagnostician.answersWish(path) {
            let title = OccupationRef.displayTitle(path.occupation.title)
            #expect(!answers.contains { $0.hasPrefix("You asked what to do now") && $0.contains(title) }, "\(answers)")
        }
    }

    /// Principle: with no wish, "what could I do instead" is answered with a path that builds on the learner's skills, or plainly.
    @Test("a vineyard worker asking what he could do instead is not pointed at a fresh start sharing none of his skills")
    func vineyardWorkerInstead() async throws {
        let diagnostic = try await Self.diagnose("""
            vineyard worker 8 years at a vineyard near malvern, pruning and tying in, canopy work, spraying, the harvest, helping in the \
            winery with pressing and bottling, doing the tours at weekends. last year i was diagnosed with a heart condition, cardiomyopathy, \
            and i have an ICD fitted now. the cardiologist says no heavy lifting and nothing too strenuous, so the vines are done for me. im \
            45. i know the wine side well and i love talking to the visitors. what could i do instead, would i need to retrain?
            """)
        let answer = Self.answers(diagnostic).first { $0.hasPrefix("You asked what you could do") }
        for path in diagnostic.paths where path.sharedSkills.isEmpty {
            #expect(!(answer ?? "").contains(OccupationRef.displayTitle(path.occupation.title)), "\(answer ?? "")")
        }
    }

    @Test("a learner with no wish asking what they could do is pointed at a path sharing their skills")
    func noWishOptionsShareSkills() async throws {
        let diagnostic = try await Self.diagnose("""
            Warehouse picker for 7 years at a distribution centre in Redditch, reach truck and counterbalance licences, stock counts, \
            loading the trailers and checking the paperwork. I'm 39. What could I do next?
            """)
        let answer = try #require(Self.answers(diagnostic).first { $0.hasPrefix("You asked what you could do") }, "\(diagnostic.notices)")
        let named = try #require(diagnostic.paths.first { answer.contains(OccupationRef.displayTitle($0.occupation.title)) }, "\(answer)")
        #expect(!named.sharedSkills.isEmpty, "\(answer)")
    }
}
