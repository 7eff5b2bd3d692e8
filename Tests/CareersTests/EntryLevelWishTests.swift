import Careers
import Domain
import Testing

// MARK: - Fields wished for but barely reached are entered at entry level

@Suite("Entry level for a wished-for field")
struct EntryLevelWishTests {
    @Test("A chef wishing for office work with computers is offered that field at level 3 at most")
    func wishedFieldAtEntryLevel() async throws {
        let chef = "I have worked as a chef for ten years, running a busy kitchen, food hygiene level 3, ordering stock. "
            + "I would like something with more regular hours, maybe office work with computers."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: chef))
        checkPathInvariants(diagnostic)
        let wished = diagnostic.reskill.filter { ["digital", "business-and-administration"].contains($0.occupation.route) }
        #expect(!wished.isEmpty, "the wish names office and computer work: \(diagnostic.reskill.map(\.occupation.title))")
        for path in wished {
            #expect((path.occupation.level ?? 0) <= 3, "\(path.occupation.title) at level \(path.occupation.level)")
        }
    }
}
