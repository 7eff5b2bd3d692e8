@testable import Careers
import Domain
import Foundation
import Testing

// MARK: - Questions answered with what serves them, or plainly (review 20, T6)

/// A question is answered with what serves its subject, or plainly: whether an Access course comes first, which employers take
/// people on, how to get back on a professional register, whether they can train part time, what they could move into, whether
/// they would need to retrain. An answer names only courses that train for the path they are listed under: a dental nursing
/// diploma listed under a prosthetics path is no place to start.
@Suite("Review 20 questions")
struct Review20QuestionTests {
    static func kinds(_ text: String) -> [[LearnerQuestion.Kind]] { LearnerQuestion.questions(in: text).map(\.kinds) }

    static func answers(_ diagnostic: Diagnostic) -> [String] {
        diagnostic.notices.filter { $0.hasPrefix("You asked") || $0.hasPrefix("You say you worry") }
    }

    static func diagnose(_ text: String, title: String? = nil, aspiration: String? = nil) async throws -> Diagnostic {
        try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: title, aspiration: aspiration))
    }

    @Test("the new kinds of question are read in the learner's words")
    func kindsRead() {
        #expect(Self.kinds("Can I do it as an apprenticeship, and do I need an access course first?").joined().contains(.access))
        #expect(Self.kinds("should i do an Access to HE diploma before applying?").joined().contains(.access))
        #expect(Self.kinds("Can you really qualify through an apprenticeship without a degree and which firms near Worcester do them?")
            .joined().contains(.employers))
        #expect(Self.kinds("How do I get back on the HCPC register, is there a return to practice route and do I have to pay for it?")
            .joined().contains(.register))
        #expect(Self.kinds("Could I train part time without giving up the walling straight away?").joined().contains(.partTime))
        #expect(Self.kinds("What could I move into now that isn't patrol?").joined().contains(.options))
        #expect(Self.kinds("What would bring me up to date?").joined().contains(.options))
        #expect(Self.kinds("What work could I realistically do with my eyes going, and would I need to retrain?").joined().contains(.experience))
        // Working part time is no question about training part time.
        #expect(!Self.kinds("Could I work part time as a receptionist?").joined().contains(.partTime))
    }

    /// Principle: getting back on a register is the regulator's way back, and paying for it is its fee, not the courses listed.
    @Test("a lapsed biomedical scientist asking how to get back on the HCPC register hears of its updating period, not of free courses")
    func hcpcReturn() async throws {
        let diagnostic = try await Self.diagnose("""
            Biomedical scientist in the blood sciences lab at Worcestershire Royal from 2007 to 2016, HCPC registered then. Haematology and \
            transfusion, running the analysers, blood films, crossmatching, quality control, and on-call nights on my own. BSc in biomedical \
            science and the IBMS registration portfolio. We moved to Evesham, I had three children close together and let my registration \
            lapse. I'm 45 now and the youngest has started school. I'd like to go back into a pathology lab, days if possible. How do I get \
            back on the HCPC register, is there a return to practice route and do I have to pay for it?
            """)
        checkPathInvariants(diagnostic)
        let answer = try #require(Self.answers(diagnostic).first { $0.hasPrefix("You asked how to get back on your professional register") },
            "\(diagnostic.notices)")
        #expect(answer.contains("HCPC") && answer.contains("updating"), "\(answer)")
        #expect(!Self.answers(diagnostic).contains { $0.hasPrefix("You asked what courses cost") }, "\(diagnostic.notices)")
        // Her own profession, not an assistant's job, is the job her wish names.
        #expect(!diagnostic.paths.contains { $0.occupation.code == "ST0218" && $0.why.summary.hasPrefix("The job your wish names") },
            "\(diagnostic.paths.map(\.occupation.title))")
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0413" }, "\(diagnostic.paths.map(\.occupation.title))")
    }

    @Test("a lapsed nurse asking about return to practice hears of the NMC's programme")
    func nmcReturn() async throws {
        let diagnostic = try await Self.diagnose("""
            I was a staff nurse on a medical ward at the Alex in Redditch until 2015, then I had my twins and my PIN lapsed. I'm 44. I'd \
            like to go back into nursing, maybe days on a ward. Is there a return to practice course near me?
            """)
        let answer = try #require(Self.answers(diagnostic).first { $0.hasPrefix("You asked how to get back on your professional register") },
            "\(diagnostic.notices)")
        #expect(answer.contains("NMC"), "\(answer)")
    }

    /// Principle: which firms take people on is answered plainly with where vacancies are listed.
    @Test("a sixth former asking which firms do solicitor apprenticeships is told where vacancies are listed")
    func whichFirms() async throws {
        let diagnostic = try await Self.diagnose("""
            Im 18, just finished A levels at a sixth form in Worcester, expecting English lit B, history B and psychology C. I work \
            Saturdays and Sundays at a sports shop in Crowngate, fitting running shoes, the tills, stock deliveries and the school uniform \
            rush in August. I did work experience at a family law firm in year 12 and sat in on a client meeting, I loved it. I dont want \
            to go to uni and end up in loads of debt. I want to be a solicitor. Can you really qualify through an apprenticeship without a \
            degree and which firms near Worcester do them?
            """, aspiration: "solicitor")
        let answer = try #require(Self.answers(diagnostic).first { $0.hasPrefix("You asked which employers") }, "\(diagnostic.notices)")
        #expect(answer.contains("Find an apprenticeship"), "\(answer)")
    }

    /// Principle: a degree-level job's way in for an adult without a level 3 is an Access to HE Diploma.
    @Test("a driver with five GCSEs asking whether he needs an access course for ODP is told it is degree-level and what an Access course is for")
    func accessCourse() async throws {
        let diagnostic = try await Self.diagnose(Review20WishTests.odpDriver, aspiration: "operating department practitioner")
        let answer = try #require(Self.answers(diagnostic).first { $0.hasPrefix("You asked whether you need an Access course first") },
            "\(diagnostic.notices)")
        #expect(answer.contains("degree-level") && answer.contains("Access to Higher Education Diploma"), "\(answer)")
        #expect(!Self.answers(diagnostic).contains { $0.contains("Adult Care Worker Apprenticeship") }, "\(diagnostic.notices)")
    }

    /// Principle: "where do I start?" names a course only when it trains for the path's own work.
    @Test("a saddler asking where to start towards prosthetics is not told to start with a dental nursing diploma")
    func whereToStart() async throws {
        let diagnostic = try await Self.diagnose("""
            Saddler for 11 years at a saddlery workshop near Bromsgrove. Cutting and stitching leather by hand and machine, making \
            bridles and headcollars, repairing and restuffing saddles, fitting saddles to horses at yards, measuring and templating backs. \
            Society of Master Saddlers qualified. Im 35. My sister lost her leg below the knee after sepsis and I went to the limb centre \
            with her loads of times, the technicians there do the sockets and straps and a lot of it is leather and fitting, and I thought \
            I could do that. I want to be a prosthetics technician or a prosthetist. Where do I start?
            """, title: "Saddler", aspiration: "prosthetist")
        let answer = try #require(Self.answers(diagnostic).first { $0.hasPrefix("You asked what to do now") }, "\(diagnostic.notices)")
        #expect(!answer.contains("Dental Nursing"), "\(answer)")
    }
}
