import Careers
import Domain
import Taxonomy
import Testing

// MARK: - A wished job with no standard is answered, not dropped

/// A learner who names a real job ("driving instructor", "dispensing optician") that no apprenticeship
/// standard is for is told so, instead of the wish vanishing or turning into another job that shares a word.
@Suite("Wished job with no standard")
struct UnmatchedWishedJobTests {
    @Test("a wished job no standard is for is named in a notice", arguments: [
        ("taxi driver in worcester 11 years self employed, airport runs, school contracts. would like to become a driving instructor",
         "driving instructor", Optional<String>.none),
        ("I work at an opticians as an optical assistant, doing pre-tests and taking payments. My manager says I should train up.",
         "dispensing optician", Optional("dispensing optician")),
    ])
    func unmatchedJobIsNamed(_ text: String, _ job: String, _ aspiration: String?) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, aspiration: aspiration))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("\"\(job)\"") }, "\(diagnostic.notices)")
        // The wish is not read as a job that merely shares a word with it.
        #expect(!diagnostic.paths.contains { $0.occupation.title.lowercased().contains("drinks dispense") }, "\(diagnostic.paths.map(\.occupation.title))")
    }

    @Test("a wished job a standard is for gets no such notice")
    func matchedJobHasNoNotice() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Sales assistant in a garden centre for five years: till work, customer service, stock control. I want to be a data analyst."))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.notices.contains { $0.contains("no apprenticeship standard here is for that job") }, "\(diagnostic.notices)")
    }
}
