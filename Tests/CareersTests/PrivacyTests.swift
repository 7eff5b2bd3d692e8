import Careers
import Domain
import Foundation
import Testing

// MARK: - Personal details stay out of the diagnostic

@Suite("Diagnostic quotes only evidence words")
struct PrivacyTests {
    static let personal = ["Priya", "Okafor", "Lark Rise", "Bromsgrove", "07700", "900123", "Hadley"]

    static func jsonAndHTML(_ diagnostic: Diagnostic) throws -> (json: String, html: String) {
        let json = String(decoding: try JSONEncoder().encode(diagnostic), as: UTF8.self)
        return (json, try DiagnosticReport.html(diagnostic))
    }

    @Test("A name, address, phone number and employer in the text reach neither the JSON nor the HTML; skill evidence still quotes the skill words")
    func personalDetailsLeftOut() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "My name is Priya Okafor, 14 Lark Rise, Bromsgrove, phone 07700 900123. "
                + "I worked at Hadley Foods as a forklift driver doing stock control."))
        let (json, html) = try Self.jsonAndHTML(diagnostic)
        for detail in Self.personal {
            #expect(!json.contains(detail), "the JSON quotes \(detail)")
            #expect(!html.contains(detail), "the HTML quotes \(detail)")
        }
        let evidence = diagnostic.skills.flatMap(\.skills).flatMap(\.evidence)
        #expect(evidence.contains { $0.lowercased().contains("forklift") }, "evidence: \(evidence)")
        #expect(evidence.contains { $0.lowercased() == "stock control" }, "evidence: \(evidence)")
        // Each quoted piece of evidence is a few words, not a sentence.
        for words in evidence { #expect(words.split(separator: " ").count <= 6, "evidence quotes too much: \(words)") }
        #expect(!diagnostic.currentOccupations.isEmpty)
        for guess in diagnostic.currentOccupations { #expect(!guess.why.isEmpty) }
    }

    @Test("An occupation's why quotes the job-title words of the text, not the clause they sit in")
    func occupationWhyQuotesTitleWords() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Priya Okafor here. I worked at Hadley Foods as a forklift driver, loading lorries and doing stock control in the warehouse."))
        let whys = diagnostic.currentOccupations.map(\.why)
        #expect(whys.contains { $0.lowercased().contains("\"forklift") || $0.lowercased().contains("warehouse") }, "whys: \(whys)")
        for why in whys {
            #expect(!why.contains("Hadley") && !why.contains("Okafor") && !why.contains("worked at"), "why quotes the clause: \(why)")
        }
        let (json, html) = try Self.jsonAndHTML(diagnostic)
        for detail in Self.personal { #expect(!json.contains(detail) && !html.contains(detail), "output quotes \(detail)") }
    }

    @Test("A misspelt-looking name inside a sentence is not corrected, so the notice does not quote it")
    func namesAreNotTypoCorrected() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I worked for Stocke Brothers as a warehouse operative doing custmer service and stok control."))
        let notices = diagnostic.notices.joined(separator: " ")
        #expect(notices.contains("\"custmer\""), "notices: \(notices)")
        #expect(!notices.contains("Stocke"), "notices: \(notices)")
    }
}
