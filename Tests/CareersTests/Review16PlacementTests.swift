import Careers
import Domain
import Foundation
import Taxonomy
import Testing

// MARK: - The learner's job placed by the unit group that lists it (review 16)

/// A job title the SOC 2020 coding index gives to two unit groups alike ("Referee": a doctor's medical referee and a
/// sports official) places the learner in the group that lists it among its own related job titles.
@Suite("Review 16 placements")
struct Review16PlacementTests {
    /// Principle: of title matches scoring the same, the unit group listing the title itself comes first.
    @Test("a sixth former who referees football at weekends is placed among sports officials, not doctors")
    func refereeIsASportsOfficial() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Im 17 and in year 13 doing A levels in PE and biology. Im a qualified FA referee and do under 12s and 14s games every \
            sunday. I want to work in sport, maybe as a PE teacher or a coach.
            """))
        checkPathInvariants(diagnostic)
        let groups = diagnostic.currentOccupations.filter { $0.occupation.scheme == .soc2020 }.map(\.occupation.code)
        #expect(groups.first == "3432", "\(groups)")
    }

    /// Principle: the same tie-break on the title alone.
    @Test("the title 'FA referee' matches sports coaches, instructors and officials first")
    func refereeTitle() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I referee grassroots football on Saturdays and Sundays and run the line in the county league.", currentTitle: "FA referee"))
        let groups = diagnostic.currentOccupations.filter { $0.occupation.scheme == .soc2020 }.map(\.occupation.code)
        #expect(groups.first == "3432", "\(groups)")
    }
}

// MARK: - A returner's old job is the work their wish names only by what the work is (review 16)

@Suite("Review 16 returner's wish")
struct Review16ReturnerWishTests {
    /// Principle: a grade word any field has ("officer") shared by the wish and the old job's titles does not make the wish
    /// one for the old job: a bus driver standard's "revenue officer" is no education officer at a museum.
    @Test("a returning tour guide who wants a museum education officer's job is not told the bus driver's job is what her wish names")
    func gradeWordIsNoReturn() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: """
                Tour guide on the city walking tours and the castle from 2010 to 2017, school parties, cash handling, the shop. I stayed \
                home when my son was born and he has just started school. I'd like to get back into heritage, maybe an education \
                officer at a museum.
                """,
            currentTitle: "Tour guide"))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.contains { $0.why.summary.hasPrefix("Back into the work you did before") },
                "\(diagnostic.paths.map { $0.occupation.title + ": " + $0.why.summary })")
    }
}
