import Foundation
import Testing

@testable import Taxonomy

// MARK: - Clause splitting: the ASCII byte path reads as Foundation's replacement does

/// `OccupationMatcher.clauses` cuts ASCII sentences byte by byte (a speed path); every sentence must
/// split exactly as Foundation's case-insensitive replacement and trimming split it.
@Suite struct ClauseSplittingTests {
    static let sentences = [
        "I worked in a warehouse, picking and packing orders, and then drove a forklift for two years.",
        "Before that I was a carer AND THEN a support worker; after that I did cleaning.",
        "Then I went back to college, then into retail, Then bar work",
        "Kitchen porter , , then chef de partie (two years) , then head chef!",
        "  \"Shop assistant\", then supervisor -- then manager [3 years] _ {temp} @home #team ",
        "Worked as a nursery nurse\tthen a teaching assistant\r\nthen a cover supervisor.",
        "and then and then , , ,",
        "I did admin before THAT I was a receptionist after That a PA",
        "x, y, z",
        "",
        "Café work, then barista, then supervisor",
    ]

    @Test("ASCII sentences split into the same clauses as Foundation's replacement splits them", arguments: sentences)
    func asciiPathMatchesFoundation(sentence: String) {
        #expect(OccupationMatcher.clauses(sentence) == OccupationMatcher.foundationClauses(sentence))
    }

    @Test("A sentence with any non-ASCII letter is left to Foundation")
    func nonASCIIFallsBack() {
        #expect(OccupationMatcher.asciiClauses("Café work, then barista") == nil)
    }
}
