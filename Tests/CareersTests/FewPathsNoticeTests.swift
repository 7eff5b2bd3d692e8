import Careers
import Domain
import Testing

// MARK: - Saying when few moves are shown

@Suite("Few reskill paths")
struct FewPathsNoticeTests {
    @Test("When only one or two moves into another field are shown, a notice says so, and only then", arguments: [
        "Bookkeeper for a small building firm for nine years: sales ledger, purchase ledger, payroll, VAT returns, Sage.",
        "Care assistant in a nursing home: personal care, moving and handling, medication rounds, safeguarding, care plans.",
        "Welder fabricator for ten years: MIG and TIG welding, reading engineering drawings, metal fabrication, precision measurement.",
    ])
    func noticeMatchesCount(_ text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let notice = diagnostic.notices.first { $0.contains("into another field") }
        if (1...2).contains(diagnostic.reskill.count) {
            let expected = diagnostic.reskill.count == 1 ? "Only one move" : "Only two moves"
            #expect(notice?.hasPrefix(expected) == true, "notices: \(diagnostic.notices)")
        } else {
            #expect(notice == nil, "\(diagnostic.reskill.count) paths, notices: \(diagnostic.notices)")
        }
    }
}
