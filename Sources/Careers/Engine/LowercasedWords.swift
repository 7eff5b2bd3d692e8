import Foundation
import Matching

// MARK: - Lower-cased words of a text, quickly

/// The words of a text, lower-cased, as the engine's start-up reads the taxonomy (every standard's
/// duties and statements, every skill form and SOC description).
///
/// `lowercased().split(whereSeparator:)` on `Character`s looks up Unicode properties for every
/// character; nearly all the taxonomy's text is ASCII, where a letter is `A`–`Z` or `a`–`z` and a
/// number `0`–`9`, with at most some typographic punctuation (`separators`: curly quotes, dashes,
/// bullets), so such text is split on its bytes instead, giving the same words. Any other text goes
/// through the `Character` path, exactly as before.
enum LowercasedWords {
    /// The runs of letters (and, with `digits`, of letters and digits) of `text`, lower-cased:
    /// `text.lowercased().split(whereSeparator: { !$0.isLetter && (!digits || !$0.isNumber) })`.
    static func words(_ text: String, digits: Bool) -> [String] {
        guard isSimple(text) else {
            return text.lowercased().split(whereSeparator: { !$0.isLetter && (!digits || !$0.isNumber) }).map(String.init)
        }
        // Word bytes lower-cased in place, every other byte made 0; then each run becomes a word.
        var bytes = Array(text.utf8)
        var words: [String] = []
        bytes.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices { buffer[index] = wordByte(buffer[index], digits: digits) ?? 0 }
            var start = -1
            for index in buffer.indices {
                if buffer[index] != 0 {
                    if start < 0 { start = index }
                } else if start >= 0 {
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self))
                    start = -1
                }
            }
            if start >= 0 { words.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)) }
        }
        return words
    }

    /// The words of `text` (letters and digits), lower-cased and joined by single spaces:
    /// `words(text, digits: true).joined(separator: " ")`, built in one pass for ASCII text.
    static func joined(_ text: String) -> String {
        guard isSimple(text) else { return words(text, digits: true).joined(separator: " ") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if let letter = wordByte(byte, digits: true) {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(letter)
            } else if !bytes.isEmpty {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether every byte of `text` is ASCII.
    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Punctuation outside ASCII that the taxonomy's text uses: ‘ ’ “ ” ‐ – — • … and the no-break
    /// space. Each is a character of its own (no mark joins it, and it joins nothing), neither a letter
    /// nor a number, and unchanged by lower-casing: a word separator, like ASCII punctuation.
    static let separators: Set<UInt32> = [0x2018, 0x2019, 0x201C, 0x201D, 0x2010, 0x2013, 0x2014, 0x2022, 0x2026, 0x00A0]

    /// Whether `text` is ASCII but for `separators`, and so split on its bytes (a byte of 0x80 or
    /// more then belongs to a separator).
    static func isSimple(_ text: String) -> Bool {
        isASCII(text) || text.unicodeScalars.allSatisfy { $0.isASCII || separators.contains($0.value) }
    }

    /// An ASCII byte lower-cased when it is a letter (or a digit, with `digits`), else nil.
    @inline(__always)
    private static func wordByte(_ byte: UInt8, digits: Bool) -> UInt8? {
        switch byte {
        case 0x61...0x7A: byte
        case 0x41...0x5A: byte + 0x20
        case 0x30...0x39: digits ? byte : nil
        default: nil
        }
    }
}

// MARK: - Plain apostrophes

extension String {
    /// The text with its curly apostrophes (’) made plain ('): the same as
    /// `replacingOccurrences(of: "\u{2019}", with: "'")`, without Foundation's copy when there are none (most texts).
    var plainApostrophes: String {
        unicodeScalars.contains("\u{2019}") ? replacingOccurrences(of: "\u{2019}", with: "'") : self
    }
}
