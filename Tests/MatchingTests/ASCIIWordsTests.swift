import Testing

@testable import Matching

// MARK: - ASCII words agree with the Character-based split

@Suite("ASCII words")
struct ASCIIWordsTests {
    /// Titles and learner sentences as the matchers split them, with digits, apostrophes, hyphens and plurals.
    static let texts = [
        "Teaching Assistants", "Picker-packer (warehouse)", "HGV Class 1 driver, 12 years", "nurse's aide; bus/coach drivers",
        "I've been a care assistant for 6 yrs at Boots & Co.\r\nNow: glass, grass, gas, bus, buses, 3Ds", "", "   ", "Ss sss ssss Kisses",
    ]

    /// The split the matchers made before: by `Character` properties.
    static func reference(_ text: String, digits: Bool, apostrophes: Bool) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !(digits && $0.isNumber) && !(apostrophes && $0 == "'") }).map { piece in
            let word = String(piece)
            return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
        }
    }

    @Test("the same words as the Character-based split, for each way of splitting", arguments: texts)
    func sameWords(text: String) {
        for (digits, apostrophes) in [(true, true), (false, false), (true, false)] {
            #expect(ASCIIWords.singular(text, digits: digits, apostrophes: apostrophes) == Self.reference(text, digits: digits, apostrophes: apostrophes))
        }
    }

    @Test("text that is not all ASCII is left to the Character-based split")
    func notASCII() {
        #expect(ASCIIWords.singular("café assistants", digits: true, apostrophes: true) == nil)
        #expect(ASCIIWords.singular("I’m a nurse", digits: false, apostrophes: false) == nil)
        #expect(ASCIIWords.singular("Butchers", digits: false, apostrophes: false) == ["butcher"])
    }
}
