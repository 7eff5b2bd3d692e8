import Foundation
import Matching

// MARK: - Tokens with positions

/// A word of a text with where it is and the forms phrase matching compares.
struct TextToken: Sendable {
    /// The word as written.
    var original: Substring
    /// Lower-cased.
    var lower: String
    /// The stem of the lower-cased word.
    var stem: String
    /// Where the word is in the text.
    var range: Range<String.Index>
    /// True when punctuation that ends a clause or list item (`,;:.!?` or a line break) stands
    /// between this word and the one before it: no phrase reads across it ("deliveries, driver" is
    /// not a delivery driver).
    var clauseBreak = false
    /// True when a sentence ends between this word and the one before it (`.!?;` or a line break), or
    /// it is the first word: the bounds within which a contextual exclusion looks for its words.
    var sentenceStart = false
}

/// The tokens read so far and the breaks seen since the last one; both readings of `PhraseTokenizer` add
/// their words through it.
struct TokenList {
    var tokens: [TextToken] = []
    /// A clause break (`PhraseTokenizer.clauseBreaks`) since the last word.
    var pendingBreak = false
    /// A sentence break since the last word, or no word yet.
    var pendingSentence = true

    /// Adds a word with its lower-cased form, taking the breaks seen before it.
    mutating func add(_ word: Substring, lower: String, range: Range<String.Index>) {
        tokens.append(TextToken(
            original: word, lower: lower, stem: TermStemmer.stem(lower), range: range,
            clauseBreak: pendingBreak && !tokens.isEmpty && !PhraseTokenizer.continuing.contains(lower), sentenceStart: pendingSentence))
        pendingBreak = false
        pendingSentence = false
    }
}

/// Splits text into words: runs of letters and digits (an apostrophe inside a word is kept, so
/// "don't" is one word). Everything else separates words.
enum PhraseTokenizer {
    /// Characters that end a clause or list item for phrase matching (brackets do not: "Construction
    /// (Design and Management) Regulations" is one phrase).
    static let clauseBreaks: Set<Character> = [",", ";", ":", ".", "!", "?", "\n", "\r\n", "\u{2022}"]

    /// Words that carry a list on past a comma ("equality, diversity, and inclusion"): no break before them.
    static let continuing: Set<String> = ["and", "or", "&"]

    /// Characters that end a sentence for contextual exclusions.
    static let sentenceBreaks: Set<Character> = [";", ".", "!", "?", "\n", "\r\n"]

    static func tokens(_ text: String) -> [TextToken] {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiTokens(text) : characterTokens(text)
    }

    /// `tokens` read `Character` by `Character`, for any text.
    static func characterTokens(_ text: String) -> [TextToken] {
        var list = TokenList()
        var start: String.Index?
        var index = text.startIndex
        func close(at end: String.Index) {
            guard let begin = start else { return }
            var stop = end
            while stop > begin, text[text.index(before: stop)] == "'" || text[text.index(before: stop)] == "’" {
                stop = text.index(before: stop)
            }
            if begin < stop {
                let word = text[begin..<stop]
                // Only a word with a curly apostrophe needs (and gets) Foundation's replacement.
                var lower = word.lowercased()
                if lower.unicodeScalars.contains("\u{2019}") { lower = lower.replacingOccurrences(of: "’", with: "'") }
                list.add(word, lower: lower, range: begin..<stop)
            }
            start = nil
        }
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter || character.isNumber {
                if start == nil { start = index }
            } else if (character == "'" || character == "’"), start != nil {
                // kept inside a word; trimmed at the end of one
            } else {
                close(at: index)
                if Self.clauseBreaks.contains(character) { list.pendingBreak = true }
                if Self.sentenceBreaks.contains(character) { list.pendingSentence = true }
            }
            index = text.index(after: index)
        }
        close(at: text.endIndex)
        return list.tokens
    }

    // MARK: ASCII text

    /// `tokens` for text that is all ASCII (most profiles): the same words, breaks and ranges, read
    /// byte by byte instead of by `Character` (no grapheme breaking or Unicode property lookups).
    /// A line break written "\r\n" is one `Character` but two bytes here: the "\n" makes the break, and a
    /// "\r" alone makes none, as in `characterTokens`.
    static func asciiTokens(_ text: String) -> [TextToken] {
        let utf8 = text.utf8
        var list = TokenList()
        var start: String.Index?
        func close(at end: String.Index) {
            guard let begin = start else { return }
            var stop = end
            while stop > begin, utf8[utf8.index(before: stop)] == UInt8(ascii: "'") { stop = utf8.index(before: stop) }
            if begin < stop {
                let word = text[begin..<stop]
                let lower = word.lowercased()
                list.add(word, lower: lower, range: begin..<stop)
            }
            start = nil
        }
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if start == nil { start = index }
            case UInt8(ascii: "'") where start != nil:
                break  // kept inside a word; trimmed at the end of one
            default:
                close(at: index)
                switch byte {
                case UInt8(ascii: ","), UInt8(ascii: ":"): list.pendingBreak = true
                case UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\n"):
                    list.pendingBreak = true
                    list.pendingSentence = true
                default: break
                }
            }
            utf8.formIndex(after: &index)
        }
        close(at: utf8.endIndex)
        return list.tokens
    }
}
