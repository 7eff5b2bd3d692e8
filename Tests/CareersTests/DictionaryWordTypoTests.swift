import Careers
import Domain
import Testing

// MARK: - Real words are not misspellings

/// The typo corrector leaves alone every word of a real English dictionary, known to the taxonomy or
/// not, and still corrects real misspellings towards the vocabulary.
@Suite("Dictionary words are not typos")
struct DictionaryWordTypoTests {
    @Test("beard, lots and drove are real words, not board, logs and drive")
    func realWordsStay() async throws {
        let barber = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Barber for six years: skin fades, beard trims and hot towel shaves. Lots of regulars. I drove to the shop every day."))
        let read = barber.notices.filter { $0.hasPrefix("Read ") }
        #expect(read.isEmpty, "\(read)")
        #expect(heldSkillIDs(barber).contains("barbering"))
    }

    @Test("real misspellings are still corrected beside real words")
    func misspellingsStillCorrected() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Lots of warehouse work: forklfit licence, stok control, custmer servise and safegaurding training, data in exel."))
        let notice = try #require(diagnostic.notices.first { $0.hasPrefix("Read ") })
        for (typo, word) in [("forklfit", "forklift"), ("stok", "stock"), ("custmer", "customer"), ("servise", "service"), ("safegaurding", "safeguarding")] {
            #expect(notice.contains("\"\(typo)\" as \"\(word)\""), "\(notice)")
        }
        #expect(!notice.contains("\"Lots\""), "\(notice)")
        #expect(heldSkillIDs(diagnostic).isSuperset(of: ["forklift-operation", "stock-control", "customer-service", "safeguarding"]))
    }
}
