@testable import Careers
import Domain
import Testing

// MARK: - How the learner would like to work becomes a constraint

/// Part time, from home, regular hours and fewer people are read from what the learner asks for
/// (`Circumstances`) and applied: preferred course modes first, moves the circumstance rules out left
/// out, and a notice saying so. A fact ("I work part time at Greggs") is no such wish.
@Suite("Circumstance constraints")
struct CircumstanceConstraintTests {
    @Test("circumstances are read from what the learner asks for, not from what they report")
    func reading() {
        let partTime = Circumstances.read(wishes: "", text: "Legal secretary for 9 years. Want to go back part time.")
        #expect(partTime.partTime)
        let home = Circumstances.read(wishes: "", text: "I was a supermarket supervisor. Looking for work I can do from home.")
        #expect(home.fromHome)
        let hours = Circumstances.read(wishes: "want something more stable with regular hours", text: "")
        #expect(hours.regularHours)
        let quiet = Circumstances.read(wishes: "I need something quieter with fewer people", text: "")
        #expect(quiet.fewerPeople)
        #expect(Circumstances.read(wishes: "", text: "I coach football on Sundays and work part time at Greggs serving customers.").isEmpty)
        #expect(Circumstances.read(wishes: "", text: "I worked from home for two years doing data entry.").isEmpty)
        #expect(!Circumstances.read(wishes: "I don't want part time, I need full hours", text: "").partTime)
    }

    @Test("a returner who wants part-time work is told so and shown part-time or flexible courses first")
    func partTimeCoursesFirst() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I was a dental receptionist for 7 years, booking appointments, taking payments and keeping patient records. \
            I've been at home with my two little ones and want to go back part time.
            """))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("part-time") }, "\(diagnostic.notices)")
        for path in diagnostic.paths {
            let preferred = path.courses.map { $0.studyMode == .partTime || $0.studyMode == .flexible }
            #expect(preferred == preferred.sorted { $0 && !$1 }, "\(path.occupation.title): \(path.courses.map { ($0.title, $0.studyMode) })")
        }
    }

    @Test("a learner who wants to work from home is offered desk-based moves and online courses first")
    func fromHomeOnlineFirst() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I've got fibromyalgia and I can't stand at a till any more. I was a shop supervisor doing rotas, ordering stock and cashing up. \
            Looking for work I can do from home.
            """))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("from home") }, "\(diagnostic.notices)")
        for path in diagnostic.paths {
            let online = path.courses.map { $0.deliveryMode == .online }
            #expect(online == online.sorted { $0 && !$1 }, "\(path.occupation.title): \(path.courses.map { ($0.title, $0.deliveryMode) })")
        }
    }

    @Test("a wish for regular hours rules out jobs worked in shifts")
    func regularHoursNoShifts() async throws {
        let text = "Security officer at a distribution centre for 5 years, CCTV monitoring, patrols, access control and incident reports. "
            + "I want something with regular hours."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("shifts") }, "\(diagnostic.notices)")
        let engine = try await TestCatalogue.shared.value
        for path in diagnostic.paths {
            let position = try #require(engine.model.targetPosition[path.occupation.code])
            let shifts = engine.model.isRuledOut(position, by: [WorkLimit.nights])
            #expect(!shifts, "\(path.occupation.title) is worked in shifts")
        }
    }

    @Test("a wish for quieter work with fewer people rules out jobs built on serving the public")
    func fewerPeopleNoFrontLine() async throws {
        let text = "Been off with anxiety after 8 years on the tills and the customer service desk at a supermarket, handling complaints and refunds. "
            + "I need something quieter with fewer people."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let engine = try await TestCatalogue.shared.value
        #expect(diagnostic.notices.contains { $0.contains("fewer people") }, "\(diagnostic.notices)")
        // A desk-based move (an office job) is offered for the wish itself; no other path serves the public.
        for path in diagnostic.paths where !path.why.summary.contains("desk-based move") {
            let position = try #require(engine.model.targetPosition[path.occupation.code])
            let frontLine = engine.model.isRuledOut(position, by: [WorkLimit.customers])
            #expect(!frontLine, "\(path.occupation.title) is built on serving customers")
        }
    }
}
