// MARK: - Lower-cased words of a text, quickly

/// The words of a text, lower-cased, as the engine's start-up reads the taxonomy (every standard's
/// duties and statements, every skill form and SOC description).
///
/// `lowercased().split(whereSeparator:)` on `Character`s looks up Unicode properties for every
/// character; nearly all the taxonomy's text is ASCII, where a letter is `A`–`Z` or `a`–`z` and a
/// number `0`–`9`, so ASCII text is split on its bytes instead, giving the same words. Any other text
/// goes through the `Character` path, exactly as before.
enum LowercasedWords {
    /// The runs of letters (and, with `digits`, of letters and digits) of `text`, lower-cased:
    /// `text.lowercased().split(whereSeparator: { !$0.isLetter && (!digits || !$0.isNumber) })`.
    static func words(_ text: String, digits: Bool) -> [String] {
        guard isASCII(text) else {
            return text.lowercased().split(whereSeparator: { !$0.isLetter && (!digits || !$0.isNumber) }).map(String.init)
        }
        var words: [String] = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        for byte in text.utf8 {
            if let letter = wordByte(byte, digits: digits) {
                word.append(letter)
            } else if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// The words of `text` (letters and digits), lower-cased and joined by single spaces:
    /// `words(text, digits: true).joined(separator: " ")`, built in one pass for ASCII text.
    static func joined(_ text: String) -> String {
        guard isASCII(text) else { return words(text, digits: true).joined(separator: " ") }
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
