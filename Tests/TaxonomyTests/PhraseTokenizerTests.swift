import Foundation
@testable import Taxonomy
import Testing

// MARK: - Byte-wise tokens for ASCII text

@Suite("Phrase tokenizer")
struct PhraseTokenizerTests {
    /// Realistic profile text with every kind of break, apostrophes inside and at the ends of words,
    /// Windows and old Mac line endings, digits and brackets.
    static let texts = [
        "I've worked as a care assistant for 6 years, moving and handling; medication rounds. Now I'd like nursing!",
        "Skills:\r\n- forklift (counterbalance & reach)\r\n- SAP stock control\rHealth and safety rep",
        "'quoted' words, the drivers' depot and don't-stop; level 3 NVQ? yes... equality, diversity, and inclusion",
        "",
        "   ",
        "abc",
        "C++ and C# at college: 2019-2021 (BTEC L3)",
    ]

    @Test("ASCII text reads to the same words, ranges and breaks byte by byte as character by character")
    func asciiMatchesCharacters() {
        var compared = 0
        for text in Self.texts {
            let bytes = PhraseTokenizer.asciiTokens(text), characters = PhraseTokenizer.characterTokens(text)
            #expect(bytes.map(\.original) == characters.map(\.original), "\(text)")
            #expect(bytes.map(\.lower) == characters.map(\.lower))
            #expect(bytes.map(\.stem) == characters.map(\.stem))
            #expect(bytes.map(\.range) == characters.map(\.range))
            #expect(bytes.map(\.clauseBreak) == characters.map(\.clauseBreak), "\(text)")
            #expect(bytes.map(\.sentenceStart) == characters.map(\.sentenceStart), "\(text)")
            compared += bytes.count
        }
        #expect(compared > 40)
        // The first text: "I've" stays one word; "years," breaks before "moving"; "rounds." starts a sentence at "Now".
        let first = PhraseTokenizer.tokens(Self.texts[0])
        #expect(first.first?.lower == "i've")
        #expect(first.first { $0.lower == "moving" }?.clauseBreak == true)
        #expect(first.first { $0.lower == "now" }?.sentenceStart == true)
    }

    @Test("Text with any non-ASCII character is read character by character")
    func otherTextByCharacters() {
        let text = "Café manager • barista trainer, I’d like to retrain"
        let tokens = PhraseTokenizer.tokens(text)
        #expect(tokens.map(\.lower) == ["café", "manager", "barista", "trainer", "i'd", "like", "to", "retrain"])
        #expect(tokens.first { $0.lower == "barista" }?.clauseBreak == true)
    }
}
