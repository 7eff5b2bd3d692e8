import Foundation
import Taxonomy
import Testing

// MARK: - Marker phrase search

@Suite("Phrase search")
struct PhraseSearchTests {
    static let texts = [
        " i want to move into logistics, maybe hgv driving. ",
        " i'd like to work with animals ",
        " café manager and then barista trainer ",
        " left school with gcses, now a student ",
        " i’d like to retrain ",
        "",
        " want to",
        " 漢字 and then  want to ",
    ]
    static let phrases = [" want to ", " want to,", " i'd like ", " and then ", ", ", " gcses ", " student ", "café", " ", "want", "to ",
        // Leading spaces (the search jumps by the first other byte), all spaces, and a needle ending the text.
        "  want to ", "   ", "  ", " to", "ant to", " logistics, maybe hgv driving. ",
        // The search jumps by the phrase's rarest byte in the text: rare and repeated bytes, a byte the text lacks,
        // and a rare byte whose first place in the text is not the match.
        "hgv d", "ving", "g. ", "ea", "maybe", "zzz", "i'd like to work with animals", "d li", "nd then", "an", "s, "]

    @Test("Finds a phrase exactly when Foundation's contains does, for ASCII and other text")
    func sameAsFoundation() {
        var checked = 0
        for text in Self.texts {
            let search = PhraseSearch(text)
            for phrase in Self.phrases {
                #expect(search.contains(phrase) == text.contains(phrase), "\(phrase) in \(text)")
                checked += 1
            }
            #expect(search.containsAny(Self.phrases) == Self.phrases.contains { text.contains($0) })
            for phrase in Self.phrases {
                #expect(search.range(of: phrase) == text.range(of: phrase), "range of \(phrase) in \(text)")
            }
        }
        #expect(checked == Self.texts.count * Self.phrases.count)
        #expect(PhraseSearch(" i want to go ").isASCII && !PhraseSearch(" café ").isASCII)
        #expect(!PhraseSearch("abc").contains(""))
    }
}
