// MARK: - Words of ASCII text, read from its bytes

/// Splits ASCII text into lower-case singular words from its UTF-8 bytes, as the title matchers'
/// `singularWords` split any text by `Character` properties: in ASCII a letter is A–Z or a–z and a number
/// 0–9, so the bytes give the same words without a Unicode property lookup per character.
public enum ASCIIWords {
    /// The words of `text`, lower-cased, each made singular the simple way (a final "s" dropped from a word of
    /// more than three letters that does not end in "ss"). A word runs while characters are letters, digits
    /// when `digits`, apostrophes when `apostrophes`. `nil` when the text is not all ASCII.
    public static func singular(_ text: String, digits: Bool, apostrophes: Bool) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var word: [UInt8] = []
            word.reserveCapacity(24)
            func flush() {
                guard !word.isEmpty else { return }
                let count = word.count
                let plural = count > 3 && word[count - 1] == 0x73 && word[count - 2] != 0x73
                words.append(String(decoding: plural ? word[..<(count - 1)] : word[...], as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                let lower = byte | 0x20
                if lower >= 0x61 && lower <= 0x7A {
                    word.append(lower)
                } else if (digits && byte >= 0x30 && byte <= 0x39) || (apostrophes && byte == 0x27) {
                    word.append(byte)
                } else {
                    flush()
                }
            }
            flush()
            return words
        }
    }
}
