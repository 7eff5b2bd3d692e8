@testable import Careers
import Domain
import Testing

// MARK: - Answering the learner's direct questions (review 17, theme G6)

/// Most learners end with a direct question ("Can I do an adult electrical apprenticeship at my age?", "do I need a
/// qualification for that?", "what do I do now?"), and an adviser answers it. The diagnostic finds the questions (with a
/// question mark, or worded as one without), sorts them by kind, and answers the common kinds in one short notice each
/// from what it already holds: the apprenticeships the paths list with provider, district and cost line; which paths need
/// no degree; the level of the standard the wish names and its courses; the first path and its first course. A question
/// of no known kind, a comparison ("as good as a degree?") and a text without a question get no answer.
@Suite("Learner questions: found, sorted and answered")
struct LearnerQuestionTests {
    // MARK: Finding and sorting questions

    /// The kinds of each question `text` asks, in text order.
    static func kinds(_ text: String) -> [[LearnerQuestion.Kind]] { LearnerQuestion.questions(in: text).map(\.kinds) }

    @Test("questions ending in a question mark are sorted by what they ask")
    func markedQuestions() {
        #expect(Self.kinds("Forklift driver 14 years at a cold store. Im 52 now. Can I still do an apprenticeship at my age?") == [[.age, .apprenticeship]])
        #expect(Self.kinds("I only have gcses (english 4, maths 4). is there a way in without doing 3 years full time at uni?") == [[.degree]])
        #expect(Self.kinds("I know the grape varieties and how the press works. do I need a qualification for that?") == [[.qualification]])
        #expect(Self.kinds("leaving school in june, gcses should be 5s. what do I do now?") == [[.options]])
        #expect(Self.kinds("I can't do nights any more. What are my options?") == [[.options]])
        #expect(Self.kinds("I'd like to get back in as a tester, but would anyone hire me? Free courses?") == [[.prospects], [.cost]])
        #expect(Self.kinds("Can I train on the job and get paid or do I have to do a PGCE?") == [[.apprenticeship]])
        #expect(Self.kinds("I want to be a dietitian, can I do it through an apprenticeship or is it uni only?") == [[.apprenticeship, .degree]])
        #expect(Self.kinds("Is there an apprenticeship or do I have to go to uni at my age?") == [[.age, .apprenticeship, .degree]])
        #expect(Self.kinds("Can I join the fire service without a degree?") == [[.degree]])
    }

    @Test("question wordings without a question mark, and a worry about age, are questions too")
    func unmarkedQuestions() {
        #expect(Self.kinds("i work in a chip shop 3 days a week. can i do an apprenticeship in a garage") == [[.apprenticeship]])
        #expect(Self.kinds("I want an office job again but everything is on teams now and I worry I'm too old.") == [[.age]])
        #expect(Self.kinds("im 16 and dont know what to do next after my gcses.") == [[.options]])
        // "I can" reports what they can do: no question.
        #expect(Self.kinds("I can drive a forklift and I can use Excel. I can start straight away.").isEmpty)
    }

    @Test("a comparison, a question of no known kind, or a text without a question is not answered")
    func unansweredQuestions() {
        #expect(Self.kinds("Is an apprenticeship as good as a degree?").isEmpty)
        #expect(Self.kinds("Is it shift work? What's the pay like for a trainee?").isEmpty)
        #expect(Self.kinds("Would something like estimating work for me?").isEmpty)
        #expect(Self.kinds("Care assistant for 6 years, personal care and medication. I would like to move into nursing.").isEmpty)
        // A start date that has passed is not an age.
        #expect(Self.kinds("Is it too late to apply for september?").isEmpty)
    }

    @Test("an age the question names is kept; the question's words are never quoted back")
    func statedAgeInQuestion() throws {
        let question = try #require(LearnerQuestion.questions(in: "Can I do a plumbing apprenticeship at 44?").first)
        #expect(question.statedAge == 44)
        #expect(question.kinds == [.age, .apprenticeship])
    }

    // MARK: Answers on the diagnostic

    /// The notices that answer a question.
    static func answers(_ diagnostic: Diagnostic) -> [String] {
        diagnostic.notices.filter { $0.hasPrefix("You asked") || $0.hasPrefix("You say you worry") }
    }

    static func diagnose(_ text: String, aspiration: String? = nil, band: AgeBand = .adult) async throws -> Diagnostic {
        try await TestCatalogue.diagnose(LearnerProfile(text: text, aspiration: aspiration, constraints: LearnerConstraints(ageBand: band)))
    }

    static let carer = "Care assistant in a residential home in Kidderminster for 9 years: personal care, medication rounds, moving and handling, "
        + "care plans and training new starters. I'm 52. I'd like to step up to senior carer."

    @Test("an apprenticeship at my age: no upper age limit, adult funding, and the apprenticeship listed with its cost line")
    func apprenticeshipAtMyAge() async throws {
        let diagnostic = try await Self.diagnose(Self.carer + " Can I still do an apprenticeship at my age?")
        let answers = Self.answers(diagnostic)
        #expect(answers.count == 1, "\(diagnostic.notices)")
        let answer = try #require(answers.first)
        #expect(answer.hasPrefix("You asked whether you can do an apprenticeship at 52: apprenticeships in England have no upper age limit"), "\(answer)")
        #expect(answer.contains("adults (19 and over) may be funded differently"), "\(answer)")
        let apprenticeships = diagnostic.paths.flatMap(\.courses).filter { $0.title.lowercased().contains("apprenticeship") }
        let named = try #require(apprenticeships.first { answer.contains($0.title) }, "\(answer) names one of \(apprenticeships.map(\.title))")
        #expect(answer.contains(named.provider.name) && answer.contains("says: \(named.costSummary)."), "\(answer)")
        // The same text without the question gets no answer, and its other notices are the same.
        let plain = try await Self.diagnose(Self.carer)
        #expect(Self.answers(plain).isEmpty)
        #expect(diagnostic.notices.filter { !answers.contains($0) } == plain.notices)
    }

    @Test("can I do an apprenticeship: the apprenticeships the paths list, with provider and district")
    func canIDoAnApprenticeship() async throws {
        let diagnostic = try await Self.diagnose(
            "im 19, i work in a warehouse picking and packing orders and loading the vans, i have my forklift licence. i like the stock side "
                + "and planning the loads. can i do an apprenticeship")
        let answer = try #require(Self.answers(diagnostic).first, "\(diagnostic.notices)")
        #expect(answer.hasPrefix("You asked about an apprenticeship: "), "\(answer)")
        let apprenticeships = diagnostic.paths.flatMap(\.courses).filter { $0.title.lowercased().contains("apprenticeship") }
        if let first = apprenticeships.first(where: { answer.contains($0.title) }) {
            #expect(answer.contains("with \(first.provider.name)"), "\(answer)")
            if let district = first.district { #expect(answer.contains(district.name), "\(answer)") }
        } else {
            #expect(apprenticeships.isEmpty && answer.contains("no apprenticeship is listed"), "\(answer)")
        }
    }

    @Test("a learner with a wish hears only of courses on the paths towards it, not an apprenticeship under another path")
    func answersKeepToTheWish() async throws {
        let diagnostic = try await Self.diagnose(
            "Bus driver for Diamond in Redditch 8 years, PCV licence, CPC, dealing with passengers and wheelchair ramps. I looked after my "
                + "dad through his cancer and I want to be a nurse now. Can I do a nursing apprenticeship at 41?")
        checkPathInvariants(diagnostic)
        let answers = Self.answers(diagnostic)
        #expect(!answers.isEmpty, "\(diagnostic.notices)")
        for course in diagnostic.paths.filter({ !CareerDiagnostician.isWished($0) && !CareerDiagnostician.answersWish($0) }).flatMap(\.courses) {
            let onWishPath = diagnostic.paths.contains { (CareerDiagnostician.isWished($0) || CareerDiagnostician.answersWish($0)) && $0.courses.contains { $0.id == course.id } }
            #expect(onWishPath || !answers.contains { $0.contains(course.title) }, "\(course.title) named in \(answers)")
        }
    }

    @Test("what do I do now: the first path and its first course")
    func whatDoIDoNow() async throws {
        let diagnostic = try await Self.diagnose(
            "Warehouse operative 6 years, forklift (counterbalance and reach), stock control and picking, loading the lorries. The site is closing "
                + "in march. what do I do now?")
        let answer = try #require(Self.answers(diagnostic).first, "\(diagnostic.notices)")
        let path = try #require(diagnostic.paths.first(where: CareerDiagnostician.isWished) ?? diagnostic.paths.first(where: CareerDiagnostician.answersWish)
            ?? diagnostic.paths.first)
        #expect(answer.hasPrefix("You asked what to do now: start with "), "\(answer)")
        #expect(answer.contains(OccupationRef.displayTitle(path.occupation.title)), "\(answer)")
        if let course = path.courses.first {
            #expect(answer.contains("its first course, the \(course.title)"), "\(answer)")
        } else {
            #expect(answer.contains("no course for it is listed here"), "\(answer)")
        }
    }

    @Test("a way in without a degree: the degree-level job the wish names is a degree apprenticeship; the paths towards it need none")
    func withoutADegree() async throws {
        let diagnostic = try await Self.diagnose(
            "Healthcare assistant on a hospital ward for 5 years, observations, personal care, taking bloods and helping the nurses with "
                + "wound care. I want to be a nurse. Is there a way in without doing 3 years full time at uni?", aspiration: "registered nurse")
        let answer = try #require(Self.answers(diagnostic).first, "\(diagnostic.notices) \(diagnostic.paths.map { ($0.occupation.title, $0.why.summary) })")
        #expect(answer.hasPrefix("You asked whether there is a way in without full-time university: "), "\(answer)")
        #expect(answer.contains("degree apprenticeship standard") || answer.contains("need no degree") || answer.contains("needs no degree"), "\(answer)")
        // A path said to need no degree is below degree level.
        for path in diagnostic.paths where answer.contains(OccupationRef.displayTitle(path.occupation.title) + " (level") {
            if answer.contains("no degree"), let level = path.occupation.level, !path.occupation.title.lowercased().contains("degree") {
                #expect(level < CareerDiagnostician.degreeLevel, "\(path.occupation.title) in \(answer)")
            }
        }
    }

    @Test("a text without a question, or with questions of no known kind, gets no answer")
    func noQuestionNoAnswer() async throws {
        #expect(Self.answers(try await Self.diagnose(Self.carer)).isEmpty)
        #expect(Self.answers(try await Self.diagnose(Self.carer + " Is it shift work? What's the pay like?")).isEmpty)
        #expect(Self.answers(try await Self.diagnose(Self.carer + " Is an apprenticeship as good as a degree?")).isEmpty)
    }

    @Test("would anyone hire me, and free courses: the skills already held, and the free courses listed")
    func prospectsAndCost() async throws {
        let diagnostic = try await Self.diagnose(
            "Warehouse team leader 2009-2017, forklift (counterbalance and reach), stock control, picking and despatch, rotas for a team of 8. "
                + "Then I stayed home with my kids. I'd like to get back into a warehouse or logistics, but would anyone hire me? Free courses?")
        let answers = Self.answers(diagnostic)
        let prospects = try #require(answers.first { $0.hasPrefix("You asked whether anyone would take you on: you already have ") }, "\(answers)")
        let path = try #require(diagnostic.paths.first { prospects.contains(OccupationRef.displayTitle($0.occupation.title) + " needs") })
        #expect(prospects.contains("you already have \(path.sharedSkills.count) of the skills"), "\(prospects)")
        let courses = diagnostic.paths.flatMap(\.courses)
        try #require(!courses.isEmpty)
        let cost = try #require(answers.first { $0.hasPrefix("You asked about free courses: ") }, "\(answers)")
        let free = courses.filter { $0.costToLearner == .free || $0.costToLearner == .ifEligible }
        if free.isEmpty {
            #expect(cost.contains("none of the courses listed below is free for you"), "\(cost)")
        } else {
            #expect(free.contains { cost.contains("the \($0.title) with") }, "\(cost)")
            // A course the learner pays for is not called free.
            for paid in courses where paid.costToLearner == .charged { #expect(!cost.contains(paid.title), "\(cost)") }
        }
    }

    @Test("do I need a qualification: the level of the wished job's standard and the courses listed under it")
    func needAQualification() async throws {
        let diagnostic = try await Self.diagnose(
            "Warehouse operative 4 years, picking, packing, loading the vans and stock counts. I want to be an HGV driver. do I need a qualification for that?",
            aspiration: "HGV driver")
        let answer = try #require(Self.answers(diagnostic).first, "\(diagnostic.notices)")
        #expect(answer.hasPrefix("You asked whether you need a qualification: "), "\(answer)")
        let wished = try #require(diagnostic.paths.first { answer.contains(": " + OccupationRef.displayTitle($0.occupation.title) + " is a level") }, "\(answer)")
        #expect(CareerDiagnostician.answersWish(wished), "\(wished.why.summary)")
        #expect(answer.contains("is a level \(wished.occupation.level!) apprenticeship standard"), "\(answer)")
        if let course = wished.courses.first {
            #expect(answer.contains("the \(course.title) with \(course.provider.name)"), "\(answer)")
        }
    }
}
