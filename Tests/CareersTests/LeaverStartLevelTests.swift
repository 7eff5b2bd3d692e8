import Careers
import Domain
import Testing

// MARK: - A school leaver starts at the level their schooling leads to

/// Principle: someone starting out is offered jobs at the level they could start at. A 16-year-old finishing
/// GCSEs starts at level 2 or 3; one holding or finishing A levels or another level 3 (or an adult) may start
/// at level 4, since level-4 apprenticeships are open to them and a second level 3 is no step (review 11 p09,
/// G6). A school leaver of 17 or more may apply for a level-4 job their wish names from 18, a retired version
/// of its standard too, and that job is what they want, not what they do, even when their words also placed
/// them there (review 11 p08: sports coach).
@Suite("School leaver's starting level")
struct LeaverStartLevelTests {
    static let animator =
        "18, worcester, doing A levels in art, media and english, should get BBC. I draw all the time and do 2d animation in procreate and blender, "
        + "i post them on tiktok. everyone says go to uni but i dont want the debt. want to be an animator or work on games"

    @Test("an A-level student who animates is offered Junior animator (level 4), and told paths go up to level 4")
    func aLevelStudentStartsAtLevelFour() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: Self.animator))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.reskill.contains { $0.occupation.title == "Junior animator" }, "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(diagnostic.notices.contains { $0.contains("up to level 4") }, "\(diagnostic.notices)")
    }

    @Test("an adult (age band 19+) starting out is offered level 4 too")
    func adultStartsAtLevelFour() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I left school a while ago and do 2d animation in blender and draw all the time. want to be an animator",
            constraints: LearnerConstraints(ageBand: .adult)))
        #expect(diagnostic.notices.allSatisfy { !$0.contains("up to level 3") }, "\(diagnostic.notices)")
    }

    @Test("an A-level student who names an entry-level job (paralegal) is answered at that level, not a level above it")
    func namedEntryJobKeepsLevelThree() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I'm 18 and just got my A level results, law D, history D and sociology E. I did a weeks work experience at a solicitors "
                + "with the conveyancing and wills team and really liked it. Id rather get a job in a law firm and work my way up",
            aspiration: "Paralegal or legal admin at a solicitors"))
        #expect(diagnostic.reskill.allSatisfy { ($0.occupation.level ?? 0) <= 3 }, "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(diagnostic.notices.contains { $0.contains("up to level 3") }, "\(diagnostic.notices)")
    }

    @Test("a 16-year-old in year 11 stays at entry levels (up to level 3)")
    func gcseStudentStaysAtLevelThree() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "im 16 and in year 11, I draw all the time and do 2d animation in blender. want to be an animator"))
        #expect(diagnostic.notices.contains { $0.contains("up to level 3") }, "\(diagnostic.notices)")
        #expect(diagnostic.reskill.allSatisfy { ($0.occupation.level ?? 0) <= 3 || $0.why.summary.contains("your wish names") },
            "\(diagnostic.reskill.map(\.occupation.title))")
    }

    @Test("a 17-year-old who coaches and wants to be a sports coach is offered Sports coach (level 4, a retired version)")
    func sportsCoachWish() async throws {
        let engine = try await TestCatalogue.shared.value
        let diagnostic = try engine.diagnoseForLearner(LearnerProfile(
            text: "I'm 17 from Redditch, just finished my first year of a BTEC in sport. I'm a lifeguard at the swimming pool on saturdays (NPLQ) "
                + "and I help coach the under 10s at my football club, got my FA playmaker. I want to be a sports coach or work in a school doing PE",
            aspiration: "sports coach"), today: TestCatalogue.today)
        let coach = try #require(diagnostic.reskill.first { $0.occupation.title == "Sports coach" }, "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(coach.why.summary.hasPrefix("The job your wish names"), "\(coach.why.summary)")
        #expect(!diagnostic.currentOccupations.contains { $0.occupation.title == "Sports coach" })
    }
}
