import Foundation
import Taxonomy
import Testing

// MARK: - Senior and supervising titles

@Suite("Occupation seniority")
struct OccupationSeniorityTests {
    @Test("Titles and whole profiles are senior exactly when a word of them is a seniority word", arguments: [
        ("Customer service managers", true),
        ("Senior culinary chef", true),
        ("Team LEADER (nights)", true),
        ("Head of year, then deputy head", true),
        ("Kitchen porter", false),
        ("I was a shift lead-in trainer for 3 years", true),  // "lead-in" splits into "lead" and "in"
        ("Forewoman at a print works", true),
        ("Superintendents", false),  // only the listed forms count
        ("heading up the night team, leading by example", false),
        ("Café manager", true),  // not ASCII: read character by character
        ("Chef de partie à Paris", false),
        ("", false),
        ("2nd-line supervisor99", true),  // digits end a word
    ])
    func seniority(title: String, senior: Bool) {
        // The character-by-character reading, as the rule is stated.
        let stated = title.lowercased().split(whereSeparator: { !$0.isLetter }).contains { OccupationSeniority.words.contains(String($0)) }
        #expect(OccupationSeniority.isSenior(title) == stated, "\(title)")
        #expect(OccupationSeniority.isSenior(title) == senior, "\(title)")
    }
}
