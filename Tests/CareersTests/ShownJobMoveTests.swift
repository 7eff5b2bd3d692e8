import Careers
import Domain
import Taxonomy
import Testing

// MARK: - The standard shown as the learner's job is no move that keeps the fallback moves away

@Suite("Shown job is no move")
struct ShownJobMoveTests {
    /// The first standard guessed is shown as what the learner does now, and the diagnostic drops a path to it
    /// (`CareerDiagnostician.presented`). Counted as a move, it kept the desk and customer-service moves away and
    /// left a returner with no path at all.
    @Test("A duty manager at a bowling alley, placed among catering managers, still gets moves besides the guessed standard")
    func dutyManagerReturner() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text:
            "I was duty manager at a bowling alley for six years, cashing up, opening and closing, staff rotas, dealing with complaints. "
                + "Been at home with my son for three years."))
        checkPathInvariants(diagnostic)
        let shown = diagnostic.currentOccupations.first { $0.occupation.scheme == .ifate }?.occupation.id
        let moves = diagnostic.reskill.filter { $0.occupation.id != shown }
        #expect(!moves.isEmpty, "paths: \(diagnostic.reskill.map(\.occupation.title)), shown job: \(shown ?? "none")")
        #expect(moves.contains { $0.occupation.title.hasPrefix("Customer service") }, "paths: \(moves.map(\.occupation.title))")
    }
}

// MARK: - A job title standards of different routes share is placed by the words around it

@Suite("Shared job title placed by context")
struct SharedTitleContextTests {
    /// "Housekeeper" is a typical job title of Healthcare cleaning operative and of Hospitality team member: the
    /// hotel the sentence names places it in hospitality, whose overview names hotels.
    @Test("A hotel housekeeper is not placed as a healthcare cleaning operative")
    func hotelHousekeeper() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text:
            "Room attendant / housekeeper at a golf hotel in Evesham for six years, making up rooms, linen orders, rotas and training new starters."))
        checkPathInvariants(diagnostic)
        let standards = diagnostic.currentOccupations.filter { $0.occupation.scheme == .ifate }.map(\.occupation.title)
        #expect(!standards.contains("Healthcare cleaning operative"), "guessed: \(standards)")
        #expect(standards.first == "Hospitality team member", "guessed: \(standards)")
    }
}
