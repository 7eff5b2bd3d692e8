import Foundation
import Testing

@testable import Matching

// MARK: - Literal search agrees with Foundation

/// `LiteralSearch`'s overloads answer plain `contains`, `range(of:)`, `range(of:range:)` and
/// `replacingOccurrences(of:with:)` from UTF-8 bytes; these tests hold them to Foundation's own answers
/// (the same calls with `options: []`) on learner and course texts, ASCII and not.
@Suite("Literal search")
struct LiteralSearchTests {
    /// Texts as learners and providers write them: plain ASCII, curly apostrophes and a pound sign,
    /// accented names precomposed and decomposed, Windows line ends, and a trailing combining mark.
    static let texts = [
        "I have worked as a care assistant in a residential home in Kidderminster for six years. I support residents with personal care, medication rounds and moving and handling.",
        "I’m 44 and I’ve run the café kitchen at Pershore for 9 years – £11.44 an hour, no progression. want to be a chef de partie or go into catering management?",
        "Cafe\u{301} supervisor in Malvern; the cafe closed. Zoë and Renée worked with me at the cafe\u{301}s on Church St.",
        "Forklift licence (counterbalance, reach)\r\nStock control on SAP\r\nHealth and safety rep\r\n",
        "NVQ level 3 in hairdressing, wigs and hair loss clients; fine knotting and cutting is getting impossible.",
        "",
    ]

    /// Needles drawn from each text (every word, word pairs, punctuation runs) and some that occur nowhere.
    static func needles(for text: String) -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r\n" }).map(String.init)
        var needles = words + zip(words, words.dropFirst()).map { "\($0) \($1)" }
        needles += [" ", ". ", "\n", "\r\n", "cafe", "café", "care", "a", "e", " and ", "chef", "zz top", "Kidderminster.", "rep\r\n", "x", "é"]
        return needles
    }

    @Test("contains and range(of:) give Foundation's answers", arguments: texts)
    func containsAndRange(text: String) {
        for needle in Self.needles(for: text) {
            let foundation = text.range(of: needle, options: [])
            #expect(text.range(of: needle) == foundation, "range of \(needle.debugDescription) in \(text.prefix(30).debugDescription)")
            #expect(text.contains(needle) == (foundation != nil), "contains \(needle.debugDescription) in \(text.prefix(30).debugDescription)")
            let sub = text.dropFirst(min(3, text.count))
            #expect(sub.range(of: needle) == sub.range(of: needle, options: []), "substring range of \(needle.debugDescription)")
        }
    }

    @Test("range(of:range:) searches only the range given, as Foundation does", arguments: texts)
    func rangeWithin(text: String) {
        let starts = [text.startIndex, text.index(text.startIndex, offsetBy: min(10, text.count)), text.index(text.startIndex, offsetBy: text.count / 2)]
        for needle in Self.needles(for: text) {
            for start in starts {
                let within = start..<text.endIndex
                #expect(text.range(of: needle, range: within) == text.range(of: needle, options: [], range: within), "\(needle.debugDescription) from \(text.distance(from: text.startIndex, to: start))")
            }
        }
    }

    @Test("replacingOccurrences(of:with:) gives Foundation's text", arguments: texts)
    func replacing(text: String) {
        for needle in Self.needles(for: text) {
            for replacement in ["", "_", " \u{1F} ", "—"] {
                #expect(
                    text.replacingOccurrences(of: needle, with: replacement) == text.replacingOccurrences(of: needle, with: replacement, options: []),
                    "replacing \(needle.debugDescription) with \(replacement.debugDescription)")
            }
        }
    }

    @Test("trimmingCharacters(in:) gives Foundation's text for every set the engine trims with", arguments: texts)
    func trimming(text: String) {
        let sets: [CharacterSet] = [
            .whitespaces, .whitespacesAndNewlines, .punctuationCharacters, .letters.inverted, CharacterSet(charactersIn: ",.;:!?"),
            CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters),
        ]
        let pieces = [text, " " + text + " ", "\t" + text + ".\n", "  ", " £5 ", " café ", "cafe\u{301} ", "…and so on… "]
            + text.split(separator: ",").map(String.init)
        for piece in pieces {
            for set in sets {
                #expect(piece.trimmingCharacters(in: set) == LiteralSearch.foundationTrimming(piece, set), "\(piece.prefix(30).debugDescription)")
                let sub = piece.dropFirst(min(1, piece.count))
                #expect(sub.trimmingCharacters(in: set) == LiteralSearch.foundationTrimming(sub, set), "substring of \(piece.prefix(30).debugDescription)")
            }
        }
    }

    @Test("the byte search finds each match where the text says and declines what it cannot settle")
    func byteSearch() {
        // A match followed by a combining mark ends inside a character: Foundation settles it.
        var text = "cafe\u{301} and cafe"
        var needle = "cafe"
        let outcome = text.withUTF8 { hay in needle.withUTF8 { LiteralSearch.first($0, in: hay, from: 0, to: hay.count) } }
        guard case .undecided = outcome else { Issue.record("expected undecided, got \(outcome)"); return }
        #expect(text.range(of: needle) == text.range(of: needle, options: []))
        text = "moving and handling"
        needle = "and"
        let found = text.withUTF8 { hay in needle.withUTF8 { LiteralSearch.first($0, in: hay, from: 0, to: hay.count) } }
        guard case .found(let start, let stop) = found else { Issue.record("expected a match, got \(found)"); return }
        #expect((start, stop) == (7, 10))
    }
}
